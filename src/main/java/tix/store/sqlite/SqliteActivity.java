package tix.store.sqlite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tix.app.Activity;
import tix.domain.Period;

final class SqliteActivity implements Activity {
    private static final String ACTIVE = "t.status NOT IN ('resolved', 'closed', 'suspended')";

    private final Sql sql;

    SqliteActivity(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void replies(Period p, Consumer<Reply> each) {
        sql.each("SELECT m.ticket_id, m.body, c.name, c.email FROM messages m JOIN tickets t ON t.id = m.ticket_id "
                + "JOIN contacts c ON c.id = t.requester_id WHERE m.kind = 'reply' AND m.created_at >= ? "
                + "AND m.created_at < ? ORDER BY m.id",
                rs -> each.accept(new Reply(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))),
                p.fromMillis(), p.untilMillis());
    }

    @Override
    public List<TierChange> tierChanges(Period p) {
        return sql.query("SELECT e.ticket_id, t.title, e.at, e.actor, e.old, e.new, coalesce(a.position, -1), "
                + "coalesce(b.position, -1) FROM events e JOIN tickets t ON t.id = e.ticket_id "
                + "LEFT JOIN tiers a ON a.name = e.old LEFT JOIN tiers b ON b.name = e.new "
                + "WHERE e.action = 'tier' AND e.at >= ? AND e.at < ? ORDER BY e.at, e.id",
                rs -> new TierChange(rs.getLong(1), rs.getString(2), Sql.instant(rs, "at"), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8)), p.fromMillis(), p.untilMillis());
    }

    @Override
    public List<TagChange> tagChanges(Period p) {
        return sql.query("SELECT ticket_id, at, actor, old, new FROM events WHERE action = 'tags' AND at >= ? AND at < ? "
                + "ORDER BY at, id", rs -> new TagChange(rs.getLong(1), Sql.instant(rs, "at"), rs.getString(3),
                        rs.getString(4), rs.getString(5)), p.fromMillis(), p.untilMillis());
    }

    @Override
    public Map<String, Long> tagsOfCreated(Period p) {
        Map<String, Long> out = new LinkedHashMap<>();
        sql.each("SELECT min(coalesce(n.display, g.tag)), count(*) FROM ticket_tags g JOIN tickets t ON t.id = g.ticket_id "
                + "LEFT JOIN tag_names n ON n.tag_key = g.tag_key "
                + "WHERE t.created_at >= ? AND t.created_at < ? GROUP BY g.tag_key ORDER BY count(*) DESC, g.tag_key",
                rs -> out.put(rs.getString(1), rs.getLong(2)), p.fromMillis(), p.untilMillis());
        return out;
    }

    @Override
    public List<KnownChange> knownIssues(Period p) {
        long from = p.fromMillis();
        long until = p.untilMillis();
        return sql.query("SELECT k.number, k.number || '-' || k.slug, k.title, k.status, "
                + "CASE WHEN k.created_at >= ? AND k.created_at < ? THEN 1 ELSE 0 END, "
                + "CASE WHEN k.resolved_at >= ? AND k.resolved_at < ? THEN 1 ELSE 0 END, "
                + "(SELECT count(*) FROM events e WHERE e.action = 'edited' AND e.field = 'known_issue' "
                + "AND e.new = CAST(k.number AS TEXT) AND e.at >= ? AND e.at < ?), "
                + "(SELECT count(*) FROM tickets t WHERE t.known_issue = k.number) FROM known_issues k "
                + "WHERE (k.created_at >= ? AND k.created_at < ?) OR (k.resolved_at >= ? AND k.resolved_at < ?) "
                + "OR EXISTS (SELECT 1 FROM events e WHERE e.action = 'edited' AND e.field = 'known_issue' "
                + "AND e.new = CAST(k.number AS TEXT) AND e.at >= ? AND e.at < ?) ORDER BY k.number",
                rs -> new KnownChange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5) == 1, rs.getInt(6) == 1, rs.getLong(7), rs.getLong(8)),
                from, until, from, until, from, until, from, until, from, until, from, until);
    }

    @Override
    public List<HighTicket> activeFromTier(int minPosition) {
        return sql.query("SELECT t.id, t.title, t.tier, t.sla_colour, t.assignee FROM tickets t JOIN tiers r "
                + "ON r.name = t.tier WHERE r.position >= ? AND " + ACTIVE + " ORDER BY r.position DESC, "
                + "CASE t.sla_colour WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 WHEN 'green' THEN 2 ELSE 3 END, t.id",
                rs -> new HighTicket(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                minPosition);
    }

    @Override
    public int tierPosition(String tier) {
        return sql.one("SELECT position FROM tiers WHERE name = ?", rs -> rs.getInt(1), tier).orElse(-1);
    }
}
