package tix.store.sqlite;

import java.util.List;
import tix.app.Watchers;

/** Watchers of tickets: table {@code watchers} (one row per agent or team). */
final class SqliteWatchers implements Watchers {
    private final Sql sql;

    SqliteWatchers(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<String> watchers(long ticketId) {
        return sql.query("SELECT agent, team FROM watchers WHERE ticket_id = ? ORDER BY id",
                rs -> rs.getString(1) != null ? rs.getString(1) : "team:" + rs.getString(2), ticketId);
    }

    @Override
    public boolean addWatcher(long ticketId, String agent, String team) {
        if (watching(ticketId, agent, team)) return false;
        sql.update("INSERT INTO watchers(ticket_id, agent, team) VALUES (?, ?, ?)", ticketId, agent, team);
        return true;
    }

    @Override
    public boolean removeWatcher(long ticketId, String agent, String team) {
        if (!watching(ticketId, agent, team)) return false;
        if (agent != null) sql.update("DELETE FROM watchers WHERE ticket_id = ? AND agent = ?", ticketId, agent);
        else sql.update("DELETE FROM watchers WHERE ticket_id = ? AND team = ?", ticketId, team);
        return true;
    }

    @Override
    public List<String> watchingAgents() {
        return sql.query("SELECT DISTINCT agent FROM watchers WHERE agent IS NOT NULL ORDER BY agent", rs -> rs.getString(1));
    }

    private boolean watching(long ticketId, String agent, String team) {
        return agent != null
                ? sql.count("SELECT count(*) FROM watchers WHERE ticket_id = ? AND agent = ?", ticketId, agent) > 0
                : sql.count("SELECT count(*) FROM watchers WHERE ticket_id = ? AND team = ?", ticketId, team) > 0;
    }
}
