package tix.store.sqlite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tix.app.Events;
import tix.domain.Event;

final class SqliteEvents implements Events {
    private final Sql sql;

    SqliteEvents(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void append(Event e) {
        sql.update("INSERT INTO events(ticket_id, at, actor, action, field, old, new) VALUES (?, ?, ?, ?, ?, ?, ?)",
                e.ticketId(), e.at(), e.actor(), e.action(), e.field(), e.oldValue(), e.newValue());
    }

    @Override
    public List<Event> forTicket(long ticketId) {
        return sql.query("SELECT id, ticket_id, at, actor, action, field, old, new FROM events WHERE ticket_id = ? "
                + "ORDER BY id", rs -> new Event(rs.getLong("id"), rs.getLong("ticket_id"), Sql.instant(rs, "at"),
                rs.getString("actor"), rs.getString("action"), rs.getString("field"), rs.getString("old"),
                rs.getString("new")), ticketId);
    }

    /** Ids bound per query; the last chunk repeats its last id, so one statement serves every chunk. */
    private static final int CHUNK = 256;
    private static final String FOR_TICKETS = "SELECT id, ticket_id, at, actor, action, field, old, new FROM events "
            + "WHERE ticket_id IN (" + "?, ".repeat(CHUNK - 1) + "?) ORDER BY ticket_id, id";

    @Override
    public Map<Long, List<Event>> forTickets(Collection<Long> ticketIds) {
        Map<Long, List<Event>> out = new HashMap<>(ticketIds.size() * 2);
        List<Long> ids = new ArrayList<>(ticketIds.size());
        for (Long id : ticketIds) if (out.putIfAbsent(id, new ArrayList<>()) == null) ids.add(id);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            Object[] args = new Object[CHUNK];
            for (int i = 0; i < CHUNK; i++) args[i] = ids.get(Math.min(from + i, ids.size() - 1));
            sql.each(FOR_TICKETS, rs -> {
                Event e = new Event(rs.getLong(1), rs.getLong(2), Sql.instant(rs, "at"), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                out.get(e.ticketId()).add(e);
            }, args);
        }
        return out;
    }
}
