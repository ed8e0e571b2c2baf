package tix.app;

import java.util.HashMap;
import java.util.Map;
import tix.domain.Actor;

/**
 * Whether a reader may see a ticket named only by its id (reports, the outbox): members-only queues the reader is
 * not in are left out. Each ticket is looked up once; a desk without members-only queues looks up nothing.
 */
final class TicketVisibility {
    private final Tx tx;
    private final Actor reader;
    private final Map<Long, Boolean> seen = new HashMap<>();

    TicketVisibility(Tx tx, Actor reader) {
        this.tx = tx;
        this.reader = reader;
    }

    /** False for a ticket the reader may not see or that does not exist. */
    boolean test(long ticketId) {
        if (reader.hiddenQueues().isEmpty()) return true;
        return seen.computeIfAbsent(ticketId, id -> tx.tickets().find(id).map(t -> reader.sees(t.queue())).orElse(false));
    }
}
