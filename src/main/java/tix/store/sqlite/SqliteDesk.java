package tix.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tix.domain.Route;
import tix.domain.TagFamilies;
import tix.domain.Tags;

final class SqliteDesk implements tix.app.Macros, tix.app.KnownIssues, tix.app.TagSets, tix.app.Routes {
    private final Sql sql;

    SqliteDesk(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Macro> macro(String name) {
        return sql.one("SELECT * FROM macros WHERE name = ?", SqliteDesk::mapMacro, name);
    }

    @Override
    public List<Macro> macros() {
        return sql.query("SELECT * FROM macros ORDER BY name", SqliteDesk::mapMacro);
    }

    @Override
    public void saveMacro(String name, String body, Instant now) {
        sql.update("INSERT INTO macros(name, body, created_at, updated_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT(name) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at", name, body, now, now);
    }

    @Override
    public void removeMacro(String name) {
        sql.update("DELETE FROM macros WHERE name = ?", name);
    }

    @Override
    public void countMacroUse(String name, Instant now) {
        sql.update("UPDATE macros SET uses = uses + 1, last_used_at = ? WHERE name = ?", now, name);
    }

    private static Macro mapMacro(ResultSet rs) throws SQLException {
        return new Macro(rs.getString("name"), rs.getString("body"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"), rs.getLong("uses"), Sql.instant(rs, "last_used_at"));
    }

    @Override
    public List<RepeatedAnswer> repeatedAnswers(int min) {
        List<RepeatedAnswer> out = new ArrayList<>();
        sql.query("SELECT trim(body) AS b, count(*) AS n, group_concat(DISTINCT ticket_id) AS ids FROM messages "
                        + "WHERE kind = 'reply' GROUP BY trim(body) HAVING count(*) >= ? ORDER BY n DESC, min(id)",
                rs -> {
                    List<Long> ids = new ArrayList<>();
                    for (String s : rs.getString("ids").split(",")) ids.add(Long.parseLong(s));
                    ids.sort(null);
                    return out.add(new RepeatedAnswer(rs.getString("b"), rs.getLong("n"), ids));
                }, min);
        return out;
    }

    private static final String KNOWN = "SELECT k.*, (SELECT count(*) FROM tickets t WHERE t.known_issue = k.number) AS n "
            + "FROM known_issues k";

    @Override
    public Optional<KnownIssue> knownIssue(long number) {
        return sql.one(KNOWN + " WHERE k.number = ?", SqliteDesk::mapKnown, number);
    }

    @Override
    public List<KnownIssue> knownIssues() {
        return sql.query(KNOWN + " ORDER BY k.number", SqliteDesk::mapKnown);
    }

    @Override
    public long nextKnownNumber() {
        return sql.count("SELECT coalesce(max(number), 0) + 1 FROM known_issues");
    }

    @Override
    public void addKnownIssue(long number, String slug, String title, Instant now) {
        sql.update("INSERT INTO known_issues(number, slug, title, created_at) VALUES (?, ?, ?, ?)", number, slug, title, now);
    }

    @Override
    public void resolveKnownIssue(long number, String resolution, Instant now) {
        sql.update("UPDATE known_issues SET status = 'resolved', resolved_at = ?, resolution = ? WHERE number = ?",
                now, resolution, number);
    }

    @Override
    public void addKnownNote(long number, String actor, String body, Instant now) {
        sql.update("INSERT INTO known_issue_notes(number, at, actor, body) VALUES (?, ?, ?, ?)", number, now, actor, body);
    }

    @Override
    public List<Note> knownNotes(long number) {
        return sql.query("SELECT at, actor, body FROM known_issue_notes WHERE number = ? ORDER BY at, id",
                rs -> new Note(Sql.instant(rs, "at"), rs.getString(2), rs.getString(3)), number);
    }

    @Override
    public List<Long> knownIssueTickets(long number) {
        return sql.query("SELECT id FROM tickets WHERE known_issue = ? ORDER BY id", rs -> rs.getLong(1), number);
    }

    private static KnownIssue mapKnown(ResultSet rs) throws SQLException {
        return new KnownIssue(rs.getLong("number"), rs.getString("slug"), rs.getString("title"), rs.getString("status"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "resolved_at"), rs.getString("resolution"), rs.getLong("n"));
    }

    @Override
    public TagFamilies tagFamilies() {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        Map<String, Boolean> single = new LinkedHashMap<>();
        sql.query("SELECT f.family, f.single, t.tag FROM tag_families f LEFT JOIN tagsets t ON t.family = f.family "
                + "ORDER BY f.family", rs -> {
                    single.put(rs.getString(1), rs.getInt(2) != 0);
                    List<String> list = tags.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    if (rs.getString(3) != null) list.add(rs.getString(3));
                    return null;
                });
        List<TagFamilies.Family> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : tags.entrySet()) {
            List<String> names = new ArrayList<>(e.getValue());
            names.sort(java.util.Comparator.comparing(Tags::key));
            out.add(new TagFamilies.Family(e.getKey(), single.get(e.getKey()), names));
        }
        Map<String, String> free = new LinkedHashMap<>();
        sql.each("SELECT tag_key, display FROM tag_names", rs -> free.put(rs.getString(1), rs.getString(2)));
        return new TagFamilies(out, free);
    }

    @Override
    public void saveTagFamily(String family, boolean single) {
        sql.update("INSERT INTO tag_families(family, single) VALUES (?, ?) "
                + "ON CONFLICT(family) DO UPDATE SET single = excluded.single", family, single);
    }

    @Override
    public void addFamilyTag(String family, String tag) {
        sql.update("INSERT OR IGNORE INTO tagsets(family, tag) VALUES (?, ?)", family, tag);
        // tickets that already carry the tag (in another spelling) are shown with the family's
        sql.update("INSERT INTO tag_names(tag_key, display) VALUES (?, ?) "
                + "ON CONFLICT(tag_key) DO UPDATE SET display = excluded.display", Tags.key(family + ":" + tag), family + ":" + tag);
    }

    @Override
    public boolean removeFamilyTag(String family, String tag) {
        return sql.update("DELETE FROM tagsets WHERE family = ? AND tag = ?", family, tag) > 0;
    }

    @Override
    public void removeTagFamily(String family) {
        sql.update("DELETE FROM tag_families WHERE family = ?", family);
    }

    @Override
    public Map<String, Long> familyTagCounts() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] row : sql.query("SELECT tag_key, count(*) FROM ticket_tags WHERE instr(tag_key, ':') > 1 GROUP BY tag_key",
                rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
            out.put((String) row[0], (Long) row[1]);
        }
        return out;
    }

    public List<Route> routes() {
        return sql.query("SELECT * FROM routes ORDER BY position, id", SqliteDesk::mapRoute);
    }

    @Override
    public Optional<Route> route(long id) {
        return sql.one("SELECT * FROM routes WHERE id = ?", SqliteDesk::mapRoute, id);
    }

    @Override
    public long insertRoute(Route r, Instant now) {
        return sql.insert("INSERT INTO routes(position, field, value, to_queue, to_team, priority, tag, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", r.position(), r.field().wire(), r.value(), r.queue(), r.team(),
                r.priority(), r.tag(), now);
    }

    @Override
    public void deleteRoute(long id) {
        sql.update("DELETE FROM routes WHERE id = ?", id);
    }

    @Override
    public void setRoutePosition(long id, int position) {
        sql.update("UPDATE routes SET position = ? WHERE id = ? AND position <> ?", position, id, position);
    }

    private static Route mapRoute(ResultSet rs) throws SQLException {
        int p = rs.getInt("priority");
        Integer priority = rs.wasNull() ? null : p;
        return new Route(rs.getLong("id"), rs.getInt("position"), Route.Field.parse(rs.getString("field")),
                rs.getString("value"), rs.getString("to_queue"), rs.getString("to_team"), priority, rs.getString("tag"));
    }
}
