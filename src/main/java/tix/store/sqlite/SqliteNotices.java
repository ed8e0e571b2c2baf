package tix.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import tix.app.Notices;

/** The notifications sent to agents: table {@code notifications}, with the hook's bookkeeping. */
final class SqliteNotices implements Notices {
    private static final String COLUMNS = "SELECT id, ticket_id, agent, event, subject, body, outbox_id, created_at, "
            + "hook_status, hook_error FROM notifications";
    private final Sql sql;

    SqliteNotices(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long insert(Notice n) {
        return sql.insert("INSERT INTO notifications(ticket_id, agent, event, subject, body, outbox_id, created_at, "
                        + "hook_status, hook_error) VALUES (?,?,?,?,?,?,?,?,?)", n.ticketId(), n.agent(), n.event(),
                n.subject(), n.body(), n.outboxId(), n.createdAt(), n.hookStatus(), n.hookError());
    }

    @Override
    public List<Notice> list(Long ticketId) {
        return ticketId == null ? sql.query(COLUMNS + " ORDER BY id", SqliteNotices::map)
                : sql.query(COLUMNS + " WHERE ticket_id = ? ORDER BY id", SqliteNotices::map, ticketId);
    }

    @Override
    public boolean anyQueued() {
        return sql.one("SELECT 1 FROM notifications WHERE hook_status IN ('queued', 'sending') LIMIT 1", rs -> true).isPresent();
    }

    @Override
    public int requeueFailed() {
        return sql.update("UPDATE notifications SET hook_status = 'queued', hook_error = NULL WHERE hook_status = 'failed'");
    }

    @Override
    public List<Notice> claimQueued(int limit) {
        List<Notice> queued = sql.query(COLUMNS + " WHERE hook_status = 'queued' ORDER BY id LIMIT ?",
                SqliteNotices::map, limit);
        for (Notice n : queued) sql.update("UPDATE notifications SET hook_status = 'sending' WHERE id = ?", n.id());
        return queued;
    }

    @Override
    public int abandonSending(String why) {
        return sql.update("UPDATE notifications SET hook_status = 'failed', hook_error = ? WHERE hook_status = 'sending'",
                why);
    }

    @Override
    public void hookDone(long id, String status, String error) {
        sql.update("UPDATE notifications SET hook_status = ?, hook_error = ? WHERE id = ?", status, error, id);
    }

    private static Notice map(ResultSet rs) throws SQLException {
        return new Notice(rs.getLong("id"), Sql.nullableLong(rs, "ticket_id"), rs.getString("agent"),
                rs.getString("event"), rs.getString("subject"), rs.getString("body"), Sql.nullableLong(rs, "outbox_id"),
                Sql.instant(rs, "created_at"), rs.getString("hook_status"), rs.getString("hook_error"));
    }
}
