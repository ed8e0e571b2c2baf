package tix.store.sqlite;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tix.app.Reports;

final class SqliteReports implements Reports {
    private static final String ACTIVE = "t.status NOT IN ('resolved', 'closed', 'suspended')";

    private final Sql sql;
    /** " AND t.id IN (...)" restricting every count to the tickets of a filter, or "". */
    private final String scope;
    private final List<Object> scopeArgs;

    SqliteReports(Sql sql) {
        this(sql, "", List.of());
    }

    private SqliteReports(Sql sql, String scope, List<Object> scopeArgs) {
        this.sql = sql;
        this.scope = scope;
        this.scopeArgs = scopeArgs;
    }

    @Override
    public Reports scoped(tix.app.TicketFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = SqliteTickets.where(filter, args);
        if (where == null) return new SqliteReports(sql, " AND 1 = 0", List.of());
        return new SqliteReports(sql, " AND t.id IN (SELECT t.id FROM tickets t" + where + ")", args);
    }

    private Object[] args(Object... first) {
        List<Object> all = new ArrayList<>(List.of(first));
        all.addAll(scopeArgs);
        return all.toArray();
    }

    @Override
    public List<String> tags() {
        return sql.query("SELECT min(coalesce(n.display, g.tag)) FROM ticket_tags g "
                + "LEFT JOIN tag_names n ON n.tag_key = g.tag_key GROUP BY g.tag_key ORDER BY count(*) DESC, g.tag_key", rs -> rs.getString(1));
    }

    @Override
    public long created(Instant from, Instant to) {
        return sql.count("SELECT count(*) FROM tickets t WHERE t.created_at >= ? AND t.created_at < ?" + scope,
                args(from.toEpochMilli(), to.toEpochMilli()));
    }

    @Override
    public long unassigned() {
        return sql.count("SELECT count(*) FROM tickets t WHERE t.assignee IS NULL AND " + ACTIVE + scope, args());
    }

    @Override
    public Map<String, Map<String, Long>> slaByTier() {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        sql.query("SELECT t.tier, t.sla_colour, count(*) FROM tickets t LEFT JOIN tiers r ON r.name = t.tier WHERE "
                + ACTIVE + scope + " GROUP BY t.tier, t.sla_colour ORDER BY min(r.position), t.tier", rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                    return null;
                }, args());
        return out;
    }

    @Override
    public long backlogAt(Instant at) {
        long ms = at.toEpochMilli();
        // the status a ticket had at `at` is the newest status event up to then, else the one it was created with
        return sql.count("SELECT count(*) FROM tickets t WHERE t.created_at <= ? AND coalesce("
                + "(SELECT e.new FROM events e WHERE e.ticket_id = t.id AND e.action = 'status' AND e.field = 'status'"
                + " AND e.at <= ? ORDER BY e.at DESC, e.id DESC LIMIT 1),"
                + "(SELECT e.old FROM events e WHERE e.ticket_id = t.id AND e.action = 'status' AND e.field = 'status'"
                + " ORDER BY e.at, e.id LIMIT 1), t.status) NOT IN ('resolved', 'closed', 'suspended')" + scope, args(ms, ms));
    }

    @Override
    public long[] mine(String login) {
        long open = sql.count("SELECT count(*) FROM tickets t WHERE t.assignee = ? AND " + ACTIVE + scope, args(login));
        long red = sql.count("SELECT count(*) FROM tickets t WHERE t.assignee = ? AND t.sla_colour = 'red' AND " + ACTIVE
                + scope, args(login));
        return new long[] {open, red};
    }
}
