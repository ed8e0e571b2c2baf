package tix.app;

import java.util.List;
import java.util.Optional;
import tix.domain.Ticket;

public interface Tickets {
    Optional<Ticket> find(long id);

    /** Stores a draft; returns it with its id and version 1. */
    Ticket insert(Ticket draft);

    /**
     * Writes {@code after} over {@code before} if nobody changed the ticket since {@code before} was read;
     * returns the stored ticket (version + 1). Throws a conflict otherwise.
     */
    Ticket update(Ticket before, Ticket after);

    List<Ticket> list(TicketFilter filter);

    /**
     * Ticket ids matching the words of {@code text}, best first: titles that hold every word, then the rest, each by
     * relevance, then oldest first; when more tickets match than the store ranks (10,000), the newest of them only.
     */
    List<Long> search(String text, int limit);

    /** The requester's latest tickets other than {@code exceptId}, newest first. */
    List<Ticket> byRequester(long contactId, long exceptId, int limit);

    void delete(long id);

    /** Ids of every ticket (any status) whose {@code field} (queue, team or tier) is {@code value}, ascending. */
    List<Long> idsWhere(String field, String value);

    /** How many tickets (any status) each value of {@code field} (queue, team or tier) has. */
    java.util.Map<String, Long> countBy(String field);
}
