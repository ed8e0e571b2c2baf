package tix.app;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import tix.domain.Event;
import tix.domain.Message;
import tix.domain.Ticket;

/**
 * Reads tickets out in bulk and writes them back exactly as they were: ids, versions, times and history kept
 * (`tix export`, `tix import`, `tix demo --tickets`).
 */
public interface Archive {
    /** Calls {@code sink} with each ticket of {@code filter} in its order, one at a time (nothing is collected). */
    void forEachTicket(TicketFilter filter, java.util.function.Consumer<Ticket> sink);

    /**
     * What an export writes beside each ticket of {@code ticketIds} (at most 256), read in one query each:
     * {@code messages} in the order of {@link Messages#forTickets}, {@code events} by id (none unless asked),
     * {@code toAddresses} the desk address each was first mailed to (tickets without one absent), {@code withSides}
     * the tickets that have side conversations.
     */
    Extras extras(java.util.List<Long> ticketIds, boolean events);

    record Extras(java.util.Map<Long, List<Message>> messages, java.util.Map<Long, List<Event>> events,
                  java.util.Map<Long, String> toAddresses, java.util.Set<Long> withSides) {
    }

    /**
     * Starts a bulk load in this transaction: statements prepared once, and the search index written once per ticket
     * (by {@link Loader#searchRow}) instead of by the per-message triggers. Call {@link Loader#finish} before the
     * transaction commits (it puts the triggers back); a transaction that rolls back puts them back itself.
     * {@code cacheMiB}: SQLite's page cache for the load (more is faster for big loads, and costs that much memory).
     */
    Loader load(int cacheMiB);

    /** The sweep's bookkeeping a loaded ticket is stored with (see {@link Timekeeper}). */
    record Schedule(Instant nextDueAt, Instant slaBreachAt, Instant remindedAt, Instant grownAt) {
    }

    /** Writes rows with their own ids. An id (or Message-ID) that is taken throws {@link Taken}. */
    interface Loader extends AutoCloseable {
        /**
         * The row of the file the next rows come from: a loader that writes in batches names it in the {@link Taken}
         * it throws later, when the batch is written.
         */
        default void at(long row) {
        }

        /** Inserts the ticket with its own id, version, times, links, tags and schedule. */
        void ticket(Ticket t, Schedule schedule);

        void message(Message m);

        void event(Event e);

        /** The ticket's search row: its title and its message bodies, oldest first, one per line. */
        void searchRow(long ticketId, String title, String bodies);

        /**
         * Runs {@code work} once every row given so far is in the database: at once for a loader that writes each row
         * as it comes, after the batch is sent for one that writes in batches. For writes of other repositories that
         * refer to the loaded rows (a ticket's side conversations, the address it was sent to).
         */
        default void after(Runnable work) {
            work.run();
        }

        /**
         * Clears links (split_from, merged_into, follow_up_of) of tickets with ids in [from, to] that point to no
         * ticket; returns how many were cleared. Links are checked when the transaction ends, so a ticket may point
         * to one loaded after it.
         */
        int dropDanglingLinks(long from, long to);

        /** Puts the search triggers back; the load is done. */
        void finish();

        /** Releases the statements. */
        @Override
        void close();
    }

    /** A row could not be written because its id is taken: {@code what} is ticket, message, event or Message-ID. */
    final class Taken extends RuntimeException {
        private final String what;
        private final String id;
        private final long row;

        public Taken(String what, String id) {
            this(what, id, 0);
        }

        /** {@code row}: the file's row it came from ({@link Loader#at}), 0 for the row being loaded now. */
        public Taken(String what, String id, long row) {
            super(what + " " + id + " is taken", null, false, false);
            this.what = what;
            this.id = id;
            this.row = row;
        }

        public long row() {
            return row;
        }

        public String what() {
            return what;
        }

        public String id() {
            return id;
        }
    }

    /** Which of these ticket ids are taken. */
    List<Long> takenTicketIds(Collection<Long> ids);

    /** Which of these message ids are taken. */
    List<Long> takenMessageIds(Collection<Long> ids);

    /** Which of these event ids are taken. */
    List<Long> takenEventIds(Collection<Long> ids);

    /** Which of these RFC 5322 Message-IDs are stored already. */
    List<String> takenMailIds(Collection<String> messageIds);
}
