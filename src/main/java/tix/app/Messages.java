package tix.app;

import java.util.List;
import java.util.Optional;
import tix.domain.Message;

public interface Messages {
    Message insert(Message message);

    List<Message> forTicket(long ticketId);

    /**
     * The messages of each ticket, in the order {@link #forTicket} gives them, read in a few set-based queries (an
     * export reads them a chunk of tickets at a time). A ticket without messages maps to an empty list.
     */
    default java.util.Map<Long, List<Message>> forTickets(java.util.Collection<Long> ticketIds) {
        java.util.Map<Long, List<Message>> out = new java.util.LinkedHashMap<>();
        for (long id : ticketIds) out.put(id, forTicket(id));
        return out;
    }

    Optional<Message> find(long messageId);

    Optional<Message> findByMessageId(String rfcMessageId);

    void move(long messageId, long toTicket);

    /** Moves every message of {@code fromTicket} to {@code toTicket}; returns how many moved. */
    int moveAll(long fromTicket, long toTicket);

    /** Records the To and Cc a message was sent with (an answer's recipients are known once it is queued). */
    void setAddresses(long messageId, List<String> to, List<String> cc);
}
