package tix.app;

import java.util.Collection;
import java.util.List;
import tix.domain.Event;
import tix.domain.Message;
import tix.domain.Ticket;

/** Writes archived tickets back exactly as they were: ids, versions, times and history kept (`tix import`). */
public interface Archive {
    /** Inserts the ticket with its own id, version, times and tags; links (split_from ...) are left null. */
    void restoreTicket(Ticket t);

    /** Sets the link columns of a restored ticket, touching nothing else (no version bump). */
    void restoreLinks(long id, Long splitFrom, Long mergedInto, Long followUpOf);

    /** Inserts the message with its own id. */
    void restoreMessage(Message m);

    /** Inserts the event with its own id. */
    void restoreEvent(Event e);

    /** Which of these ticket ids are taken. */
    List<Long> takenTicketIds(Collection<Long> ids);

    /** Which of these message ids are taken. */
    List<Long> takenMessageIds(Collection<Long> ids);

    /** Which of these event ids are taken. */
    List<Long> takenEventIds(Collection<Long> ids);

    /** Which of these RFC 5322 Message-IDs are stored already. */
    List<String> takenMailIds(Collection<String> messageIds);
}
