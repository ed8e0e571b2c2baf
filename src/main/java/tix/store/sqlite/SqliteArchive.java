package tix.store.sqlite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import tix.app.Archive;
import tix.domain.Event;
import tix.domain.Message;
import tix.domain.Ticket;

final class SqliteArchive implements Archive {
    /** Ids are checked in chunks, well under SQLite's limit on bound parameters. */
    private static final int CHUNK = 500;

    private final Sql sql;

    SqliteArchive(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void restoreTicket(Ticket d) {
        sql.update("INSERT INTO tickets(id, title, status, priority, channel, queue, tier, team, assignee, sticky, "
                        + "requester_id, due_at, status_until, created_at, updated_at, version, status_changed_at, "
                        + "tier_entered_at, last_reply_at, last_customer_at, known_issue, sla_colour) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                d.id(), d.title(), d.status().wire(), d.priority(), d.channel().wire(), d.queue(), d.tier(), d.team(),
                d.assignee(), d.sticky(), d.requesterId(), d.dueAt(), d.statusUntil(), d.createdAt(), d.updatedAt(),
                d.version(), d.statusChangedAt(), d.tierEnteredAt(), d.lastReplyAt(), d.lastCustomerAt(),
                d.knownIssue(), d.slaColour());
        for (String tag : d.tags()) {
            sql.update("INSERT OR IGNORE INTO ticket_tags(ticket_id, tag) VALUES (?, ?)", d.id(), tag);
        }
    }

    @Override
    public void restoreLinks(long id, Long splitFrom, Long mergedInto, Long followUpOf) {
        if (splitFrom == null && mergedInto == null && followUpOf == null) return;
        sql.update("UPDATE tickets SET split_from = ?, merged_into = ?, follow_up_of = ? WHERE id = ?",
                splitFrom, mergedInto, followUpOf, id);
    }

    @Override
    public void restoreMessage(Message m) {
        sql.update("INSERT INTO messages(id, ticket_id, kind, author, body, created_at, message_id) VALUES (?,?,?,?,?,?,?)",
                m.id(), m.ticketId(), m.kind().wire(), m.author(), m.body(), m.createdAt(), m.messageId());
    }

    @Override
    public void restoreEvent(Event e) {
        sql.update("INSERT INTO events(id, ticket_id, at, actor, action, field, old, new) VALUES (?,?,?,?,?,?,?,?)",
                e.id(), e.ticketId(), e.at(), e.actor(), e.action(), e.field(), e.oldValue(), e.newValue());
    }

    @Override
    public List<Long> takenTicketIds(Collection<Long> ids) {
        return taken("SELECT id FROM tickets WHERE id IN ", ids, rs -> rs.getLong(1));
    }

    @Override
    public List<Long> takenMessageIds(Collection<Long> ids) {
        return taken("SELECT id FROM messages WHERE id IN ", ids, rs -> rs.getLong(1));
    }

    @Override
    public List<Long> takenEventIds(Collection<Long> ids) {
        return taken("SELECT id FROM events WHERE id IN ", ids, rs -> rs.getLong(1));
    }

    @Override
    public List<String> takenMailIds(Collection<String> messageIds) {
        return taken("SELECT message_id FROM messages WHERE message_id IN ", messageIds, rs -> rs.getString(1));
    }

    private <T> List<T> taken(String select, Collection<?> values, Sql.RowMapper<T> mapper) {
        List<Object> all = new ArrayList<>(values);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<Object> part = all.subList(i, Math.min(all.size(), i + CHUNK));
            out.addAll(sql.query(select + "(" + String.join(", ", Collections.nCopies(part.size(), "?")) + ")",
                    mapper, part.toArray()));
        }
        return out;
    }
}
