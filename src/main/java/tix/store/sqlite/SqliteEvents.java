package tix.store.sqlite;

import java.util.List;
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
}
