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

    /** The statuses `list` shows by default, as an SQL list (an IN over the status index, where NOT IN scans). */
    private static final String LISTED = java.util.Arrays.stream(tix.domain.Status.values())
            .filter(s -> s != tix.domain.Status.CLOSED && s != tix.domain.Status.SUSPENDED)
            .map(s -> "'" + s.wire() + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));

    @Override
    public List<String> tags(int limit) {
        // every tag has its tag_names row; its newest ticket is the last entry of ticket_tags_key(tag_key, ticket_id)
        return sql.query("SELECT display FROM (SELECT n.display, n.tag_key, (SELECT max(g.ticket_id) FROM ticket_tags g "
                + "WHERE g.tag_key = n.tag_key) AS newest FROM tag_names n) u WHERE u.newest IS NOT NULL "
                + "ORDER BY u.newest DESC, u.tag_key LIMIT ?", rs -> rs.getString(1), limit);
    }

    @Override
    public List<Offered> recentTickets(int limit, int touches, int window) {
        List<Offered> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        // the tickets of the last events (a rowid range read backwards), each at its latest event
        sql.each("SELECT t.id, t.title FROM (SELECT e.ticket_id, max(e.id) AS last FROM (SELECT ticket_id, id FROM events "
                + "ORDER BY id DESC LIMIT ?) e WHERE e.ticket_id IS NOT NULL GROUP BY e.ticket_id) r "
                + "JOIN tickets t ON t.id = r.ticket_id WHERE t.status IN " + LISTED + " ORDER BY r.last DESC LIMIT ?", rs -> {
                    if (seen.add(rs.getLong(1))) out.add(new Offered(rs.getLong(1), rs.getString(2)));
                }, touches, limit);
        if (out.size() < limit) {
            sql.each("SELECT t.id, t.title FROM (SELECT id, title, status FROM tickets ORDER BY id DESC LIMIT ?) t "
                    + "WHERE t.status IN " + LISTED + " ORDER BY t.id DESC", rs -> {
                        if (out.size() < limit && seen.add(rs.getLong(1))) out.add(new Offered(rs.getLong(1), rs.getString(2)));
                    }, window);
        }
        return out;
    }

    @Override
    public List<Long> openIds(int limit) {
        // "t.id + 0": ordering by the rowid itself would walk every ticket backwards instead of the status index
        return sql.query("SELECT t.id FROM tickets t WHERE t.status IN " + LISTED + " ORDER BY t.id + 0 DESC LIMIT ?",
                rs -> rs.getLong(1), limit);
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
