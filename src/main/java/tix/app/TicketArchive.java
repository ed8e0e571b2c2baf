package tix.app;

import java.util.ArrayList;
import java.util.List;
import tix.domain.Contact;
import tix.domain.Event;
import tix.domain.Message;
import tix.domain.Ticket;

/**
 * What `export` writes and `import` reads back: every stored field of a ticket, its requester, its messages and its
 * history. The CSV columns are those of `list --csv` followed by the state the sweep needs (status_changed_at,
 * tier_entered_at, last_reply_at, last_customer_at), two JSON cells, messages and events, and the custom fields as a
 * JSON object of name to value (in files older than custom fields the column is missing: no values), then the desk
 * address the first mail was sent to and the side conversations as a JSON array (both missing in older files).
 */
public final class TicketArchive {
    /** `list --csv`'s columns, then what a lossless round trip needs. */
    public static final List<String> COLUMNS;

    static {
        List<String> c = new ArrayList<>(List.of("id", "title", "status", "priority", "channel", "queue", "tier",
                "team", "assignee", "sticky", "requester", "requester_name", "account", "tags", "due_at", "status_until",
                "sla", "created_at", "updated_at", "version", "split_from", "merged_into", "follow_up_of", "known_issue"));
        c.addAll(List.of("status_changed_at", "tier_entered_at", "last_reply_at", "last_customer_at",
                "requester_undeliverable", "messages", "events", "fields", "to_address", "sides"));
        COLUMNS = List.copyOf(c);
    }

    private TicketArchive() {
        throw new AssertionError();
    }

    /** Records read one at a time, in file order; close it when done. Reading may throw (exit 7 for bad data). */
    public interface Cursor extends java.util.Iterator<Record>, AutoCloseable {
        @Override
        void close();
    }

    /** Where an import reads from: a name for messages, and a way to read it (again, when {@link #rereadable}). */
    public interface Source {
        String name();

        Cursor open();

        /** A file can be read a second time (to name both rows of a duplicate); standard input cannot. */
        boolean rereadable();
    }

    /**
     * One archived ticket. {@code requester} carries email, name and account name (its id is not used);
     * {@code row} is where it was read (0 when exported); {@code toAddress} the desk address its first mail was sent
     * to (or null); {@code sides} its side conversations (their messages are among {@code messages}).
     */
    public record Record(long row, Ticket ticket, Contact requester, List<Message> messages, List<Event> events,
                         String toAddress, List<Conversations.Side> sides) {
        public Record {
            messages = List.copyOf(messages);
            events = List.copyOf(events);
            sides = sides == null ? List.of() : List.copyOf(sides);
        }

        public Record(long row, Ticket ticket, Contact requester, List<Message> messages, List<Event> events) {
            this(row, ticket, requester, messages, events, null, List.of());
        }
    }
}
