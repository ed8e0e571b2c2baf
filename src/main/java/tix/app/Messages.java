package tix.app;

import java.util.List;
import java.util.Optional;
import tix.domain.Message;

public interface Messages {
    Message insert(Message message);

    List<Message> forTicket(long ticketId);

    Optional<Message> find(long messageId);

    Optional<Message> findByMessageId(String rfcMessageId);

    void move(long messageId, long toTicket);

    /** Moves every message of {@code fromTicket} to {@code toTicket}; returns how many moved. */
    int moveAll(long fromTicket, long toTicket);

    /** Records the To and Cc a message was sent with (an answer's recipients are known once it is queued). */
    void setAddresses(long messageId, List<String> to, List<String> cc);
}
