package tix.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tix.app.TicketFilter;
import tix.app.Tickets;
import tix.domain.Channel;
import tix.domain.DomainException;
import tix.domain.Status;
import tix.domain.Tags;
import tix.domain.Ticket;

final class SqliteTickets implements Tickets {
    private static final String COLUMNS = "t.id, t.title, t.status, t.priority, t.channel, t.queue, t.tier, t.team, "
            + "t.assignee, t.sticky, t.requester_id, t.due_at, t.status_until, t.created_at, t.updated_at, t.version, "
            + "t.status_changed_at, t.tier_entered_at, t.last_reply_at, t.last_customer_at, t.split_from, "
            + "t.merged_into, t.follow_up_of, t.known_issue, t.sla_colour, "
            + "(SELECT group_concat(name, char(31)) FROM (SELECT coalesce(n.display, g.tag) AS name FROM ticket_tags g "
            + "LEFT JOIN tag_names n ON n.tag_key = g.tag_key WHERE g.ticket_id = t.id ORDER BY g.tag_key)) AS tags, "
            // custom fields: name, unit separator, value; records separated by the record separator
            + "(SELECT group_concat(name || char(31) || value, char(30)) FROM ticket_fields WHERE ticket_id = t.id) AS fields";

    /** Sort keys of `list --sort`, each with the SQL it orders by (ascending). */
    private static final Map<String, String> SORT_KEYS = new LinkedHashMap<>();

    static {
        SORT_KEYS.put("id", "t.id");
        SORT_KEYS.put("priority", "t.priority");
        SORT_KEYS.put("created", "t.created_at");
        SORT_KEYS.put("updated", "t.updated_at");
        SORT_KEYS.put("status", "CASE t.status WHEN 'new' THEN 0 WHEN 'open' THEN 1 WHEN 'pending' THEN 2 "
                + "WHEN 'waiting' THEN 3 WHEN 'hold' THEN 4 WHEN 'review' THEN 5 WHEN 'resolved' THEN 6 "
                + "WHEN 'closed' THEN 7 ELSE 8 END");
        SORT_KEYS.put("title", "t.title COLLATE NOCASE");
        SORT_KEYS.put("queue", "t.queue");
        SORT_KEYS.put("tier", "(SELECT position FROM tiers WHERE name = t.tier)");
        SORT_KEYS.put("assignee", "t.assignee");
        SORT_KEYS.put("channel", "t.channel");
        SORT_KEYS.put("due", "coalesce(t.due_at, 9223372036854775807)");
        // time to breach: the instant the SLA turns red (none: last)
        SORT_KEYS.put("sla", "coalesce(t.sla_breach_at, 9223372036854775807)");
    }

    private final Sql sql;

    SqliteTickets(Sql sql) {
        this.sql = sql;
    }

    static Set<String> sortKeys() {
        return SORT_KEYS.keySet();
    }

    @Override
    public Optional<Ticket> find(long id) {
        return sql.one("SELECT " + COLUMNS + " FROM tickets t WHERE t.id = ?", SqliteTickets::map, id);
    }

    @Override
    public Ticket insert(Ticket d) {
        long id = sql.insert("INSERT INTO tickets(title, status, priority, channel, queue, tier, team, assignee, sticky, "
                        + "requester_id, due_at, status_until, created_at, updated_at, version, status_changed_at, "
                        + "tier_entered_at, last_reply_at, last_customer_at, split_from, merged_into, follow_up_of, "
                        + "known_issue, sla_colour) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?,?,?,?,?,?,?,?)",
                d.title(), d.status(), d.priority(), d.channel(), d.queue(), d.tier(), d.team(), d.assignee(),
                d.sticky(), d.requesterId(), d.dueAt(), d.statusUntil(), d.createdAt(), d.updatedAt(),
                d.statusChangedAt(), d.tierEnteredAt(), d.lastReplyAt(), d.lastCustomerAt(), d.splitFrom(),
                d.mergedInto(), d.followUpOf(), d.knownIssue(), d.slaColour());
        for (String tag : d.tags()) addTag(sql, id, tag);
        for (var f : d.fields().entrySet()) {
            sql.update("INSERT INTO ticket_fields(ticket_id, name, value) VALUES (?, ?, ?)", id, f.getKey(), f.getValue());
        }
        return find(id).orElseThrow();
    }

    @Override
    public Ticket update(Ticket before, Ticket a) {
        int n = sql.update("UPDATE tickets SET title = ?, status = ?, priority = ?, channel = ?, queue = ?, tier = ?, "
                        + "team = ?, assignee = ?, sticky = ?, requester_id = ?, due_at = ?, status_until = ?, "
                        + "updated_at = ?, version = version + 1, status_changed_at = ?, tier_entered_at = ?, "
                        + "last_reply_at = ?, last_customer_at = ?, split_from = ?, merged_into = ?, follow_up_of = ?, "
                        + "known_issue = ?, sla_colour = ? WHERE id = ? AND version = ?",
                a.title(), a.status(), a.priority(), a.channel(), a.queue(), a.tier(), a.team(), a.assignee(),
                a.sticky(), a.requesterId(), a.dueAt(), a.statusUntil(), a.updatedAt(), a.statusChangedAt(),
                a.tierEnteredAt(), a.lastReplyAt(), a.lastCustomerAt(), a.splitFrom(), a.mergedInto(), a.followUpOf(),
                a.knownIssue(), a.slaColour(), before.id(), before.version());
        if (n == 0) {
            throw DomainException.conflict("ticket #" + before.id() + " changed meanwhile",
                    "show it again and retry");
        }
        Set<String> beforeKeys = keys(before.tags());
        Set<String> afterKeys = keys(a.tags());
        if (!beforeKeys.equals(afterKeys)) {
            for (String key : beforeKeys) {
                if (!afterKeys.contains(key)) {
                    sql.update("DELETE FROM ticket_tags WHERE ticket_id = ? AND tag_key = ?", before.id(), key);
                }
            }
            for (String tag : a.tags()) {
                if (!beforeKeys.contains(Tags.key(tag))) addTag(sql, before.id(), tag);
            }
        }
        if (!before.fields().equals(a.fields())) {
            for (String name : before.fields().keySet()) {
                if (!a.fields().containsKey(name)) {
                    sql.update("DELETE FROM ticket_fields WHERE ticket_id = ? AND name = ?", before.id(), name);
                }
            }
            for (var f : a.fields().entrySet()) {
                String old = before.fields().get(f.getKey());
                if (old == null) {
                    sql.update("INSERT INTO ticket_fields(ticket_id, name, value) VALUES (?, ?, ?)", before.id(),
                            f.getKey(), f.getValue());
                } else if (!old.equals(f.getValue())) {
                    sql.update("UPDATE ticket_fields SET value = ? WHERE ticket_id = ? AND name = ?", f.getValue(),
                            before.id(), f.getKey());
                }
            }
        }
        return find(before.id()).orElseThrow();
    }

    private static Set<String> keys(List<String> tags) {
        Set<String> out = new HashSet<>();
        for (String t : tags) out.add(Tags.key(t));
        return out;
    }

    /**
     * Puts a tag on a ticket: the row keeps the name it was given and its key; the key's display name is recorded
     * at its first use (a family's names are recorded by `tagset add`).
     */
    static void addTag(Sql sql, long ticketId, String tag) {
        String key = Tags.key(tag);
        sql.update("INSERT OR IGNORE INTO tag_names(tag_key, display) VALUES (?, ?)", key, tag);
        sql.update("INSERT OR IGNORE INTO ticket_tags(ticket_id, tag, tag_key) VALUES (?, ?, ?)", ticketId, tag, key);
    }

    @Override
    public List<Ticket> list(TicketFilter f) {
        List<Object> args = new ArrayList<>();
        String select = select(f, args);
        return select == null ? List.of() : sql.query(select, SqliteTickets::map, args.toArray());
    }

    /** The query of {@link #list} (its arguments added to {@code args}), or null when it can match nothing. */
    static String select(TicketFilter f, List<Object> args) {
        String where = where(f, args);
        if (where == null) return null;
        String order = orderBy(f.sort());
        String limit = f.limit() == null ? "" : " LIMIT " + f.limit();
        return "SELECT " + COLUMNS + " FROM tickets t" + where + order + limit;
    }

    /** The WHERE clause (over {@code tickets t}) of a filter, its arguments added to {@code args}; null: nothing. */
    static String where(TicketFilter f, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (f.ids() != null) {
            if (f.ids().isEmpty()) return null;
            where.append(" AND t.id IN (").append(placeholders(f.ids().size())).append(')');
            args.addAll(f.ids());
        }
        if (f.statuses().isEmpty()) {
            if (f.ids() == null && f.closed() == null) where.append(" AND t.status NOT IN ('closed', 'suspended')");
        } else {
            where.append(" AND t.status IN (").append(placeholders(f.statuses().size())).append(')');
            for (tix.domain.Status s : f.statuses()) args.add(s.wire());
        }
        if (f.queue() != null) {
            where.append(" AND t.queue = ?");
            args.add(f.queue());
        }
        if (f.tier() != null) {
            where.append(" AND t.tier = ?");
            args.add(f.tier());
        }
        if (f.unassigned()) {
            where.append(" AND t.assignee IS NULL");
        } else if (f.assignee() != null) {
            where.append(" AND t.assignee = ?");
            args.add(f.assignee());
        }
        if (f.team() != null) {
            where.append(" AND t.team = ?");
            args.add(f.team());
        }
        for (String tag : f.tags()) {
            where.append(" AND EXISTS (SELECT 1 FROM ticket_tags g WHERE g.ticket_id = t.id AND g.tag_key = ?)");
            args.add(Tags.key(tag));
        }
        for (var e : f.fields().entrySet()) {
            // canonical values (the app checked them against the field's type)
            where.append(" AND EXISTS (SELECT 1 FROM ticket_fields x WHERE x.ticket_id = t.id AND x.name = ? AND x.value = ?)");
            args.add(e.getKey());
            args.add(e.getValue());
        }
        if (f.priorityMin() != null) {
            where.append(" AND t.priority >= ?");
            args.add(f.priorityMin());
        }
        if (f.requester() != null) {
            where.append(" AND t.requester_id = (SELECT id FROM contacts WHERE email = ?)");
            args.add(f.requester());
        }
        if (f.unanswered()) {
            where.append(" AND t.status IN ('new', 'open', 'review')"
                    + " AND (t.last_reply_at IS NULL OR t.last_customer_at > t.last_reply_at)");
        }
        if (f.sla() != null) {
            where.append(" AND t.sla_colour = ?");
            args.add(f.sla().wire());
        }
        if (f.channel() != null) {
            where.append(" AND t.channel = ?");
            args.add(f.channel().wire());
        }
        between(where, args, "t.created_at", f.created());
        between(where, args, "t.updated_at", f.updated());
        if (f.closed() != null) {
            // a closed ticket's last status change is its closing
            where.append(" AND t.status = 'closed'");
            between(where, args, "t.status_changed_at", f.closed());
        }
        return where.toString();
    }

    /** SINCE inclusive, UNTIL exclusive; a side left out is no bound. */
    private static void between(StringBuilder where, List<Object> args, String column, tix.domain.Period p) {
        if (p == null) return;
        if (p.from() != null) {
            where.append(" AND ").append(column).append(" >= ?");
            args.add(p.from());
        }
        if (p.until() != null) {
            where.append(" AND ").append(column).append(" < ?");
            args.add(p.until());
        }
    }

    static String orderBy(List<String> sort) {
        if (sort.isEmpty()) return " ORDER BY t.priority DESC, t.created_at ASC, t.id ASC";
        StringBuilder sb = new StringBuilder(" ORDER BY ");
        for (String key : sort) {
            boolean desc = key.startsWith("-");
            String name = (desc ? key.substring(1) : key).toLowerCase(Locale.ROOT);
            String expr = SORT_KEYS.get(name);
            if (expr == null) {
                throw DomainException.usage("unknown sort field '" + name + "'",
                        "one of " + String.join(", ", SORT_KEYS.keySet()));
            }
            sb.append(expr).append(desc ? " DESC" : " ASC").append(", ");
        }
        return sb.append("t.id ASC").toString();
    }

    /**
     * How many matches `search` ranks at most: when more tickets match, only the newest this many (the highest ids) are
     * ranked, as search engines bound their work, so a common word answers as fast as a rare one. A query that
     * matches fewer tickets is always ranked in full.
     */
    static final int SEARCH_WINDOW = 10_000;

    @Override
    public List<Long> search(String text, int limit) {
        String match = ftsQuery(text);
        if (match.isEmpty()) return List.of();
        SqlDialect.Search other = sql.dialect().search();
        if (other != null) return searchOther(other, ftsTerms(text), limit);
        // the window: the newest SEARCH_WINDOW matches (FTS5 walks a term's rowids newest first without ranking them)
        long from = sql.one("SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                rs -> rs.getLong(1), match, SEARCH_WINDOW - 1).orElse(0L);
        // tickets whose title holds every word come first, then the rest by relevance (title weighs 5 bodies)
        return sql.query("SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ? AND rowid >= ? ORDER BY CASE WHEN rowid IN "
                + "(SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ? AND rowid >= ?) THEN 0 ELSE 1 END, "
                + "bm25(ticket_fts, 5.0, 1.0), rowid LIMIT ?", rs -> rs.getLong(1), match, from,
                "{title} : (" + match + ")", from, limit);
    }

    /**
     * The same search on an engine of its own (PostgreSQL), the same window: its index finds the matches but holds no
     * order, so the engine reads its search table's ranges of ids newest first until the window is full, ranking each
     * match as it reads it (migrations pg/017-019).
     */
    private List<Long> searchOther(SqlDialect.Search other, List<String> terms, int limit) {
        List<Object> args = new ArrayList<>(terms);
        args.add(SEARCH_WINDOW);
        args.add(limit);
        sql.one(other.room(), rs -> rs.getString(1));
        return sql.query(other.tickets(terms.size()), rs -> rs.getLong(1), args.toArray());
    }

    /**
     * Turns user text into a safe FTS5 query: every word and every "quoted phrase" becomes a quoted string,
     * so no character the user types is ever FTS syntax. Words are ANDed.
     */
    static String ftsQuery(String text) {
        List<String> terms = new ArrayList<>();
        for (String t : ftsTerms(text)) terms.add('"' + t.replace("\"", "\"\"") + '"');
        return String.join(" AND ", terms);
    }

    /** The words and "quoted phrases" of user text, as {@link #ftsQuery} reads them (unquoted). */
    static List<String> ftsTerms(String text) {
        List<String> terms = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            // NUL ends a string in FTS5's parser ("unterminated string", found by SearchQueryFuzzTest): a space
            char ch = text.charAt(i) == '\0' ? ' ' : text.charAt(i);
            if (ch == '"') {
                addTerm(terms, cur, quoted);
                quoted = !quoted;
            } else if (!quoted && Character.isWhitespace(ch)) {
                addTerm(terms, cur, false);
            } else {
                cur.append(ch);
            }
        }
        addTerm(terms, cur, quoted);
        return terms;
    }

    private static void addTerm(List<String> terms, StringBuilder cur, boolean phrase) {
        String t = cur.toString().strip();
        cur.setLength(0);
        // keep only characters the tokenizer indexes; a term of pure punctuation matches nothing, so drop it
        if (t.codePoints().noneMatch(Character::isLetterOrDigit)) return;
        terms.add(t);
    }

    @Override
    public List<Ticket> byRequester(long contactId, long exceptId, int limit) {
        return sql.query("SELECT " + COLUMNS + " FROM tickets t WHERE t.requester_id = ? AND t.id <> ? "
                + "ORDER BY t.created_at DESC, t.id DESC LIMIT ?", SqliteTickets::map, contactId, exceptId, limit);
    }

    @Override
    public void delete(long id) {
        sql.update("DELETE FROM tickets WHERE id = ?", id);
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    static Ticket map(ResultSet rs) throws SQLException {
        String tags = rs.getString("tags");
        return new Ticket(rs.getLong("id"), rs.getString("title"), Status.parse(rs.getString("status")),
                rs.getInt("priority"), Channel.parse(rs.getString("channel")), rs.getString("queue"),
                rs.getString("tier"), rs.getString("team"), rs.getString("assignee"), rs.getInt("sticky") != 0,
                rs.getLong("requester_id"), Sql.instant(rs, "due_at"), Sql.instant(rs, "status_until"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getLong("version"),
                Sql.instant(rs, "status_changed_at"), Sql.instant(rs, "tier_entered_at"),
                Sql.instant(rs, "last_reply_at"), Sql.instant(rs, "last_customer_at"),
                Sql.nullableLong(rs, "split_from"), Sql.nullableLong(rs, "merged_into"),
                Sql.nullableLong(rs, "follow_up_of"), Sql.nullableLong(rs, "known_issue"),
                rs.getString("sla_colour"), tags == null ? List.of() : List.of(tags.split("\u001f")),
                fields(rs.getString("fields")));
    }

    private static Map<String, String> fields(String packed) {
        if (packed == null) return Map.of();
        Map<String, String> out = new java.util.TreeMap<>();
        for (String record : packed.split("\u001e")) {
            int cut = record.indexOf('\u001f');
            out.put(record.substring(0, cut), record.substring(cut + 1));
        }
        return out;
    }

    /** The columns {@link #idsWhere} and {@link #countBy} may group on: never user text in SQL. */
    private static String groupColumn(String field) {
        switch (field) {
            case "queue": return "queue";
            case "team": return "team";
            case "tier": return "tier";
            default: throw new IllegalArgumentException("no ticket grouping by " + field);
        }
    }

    @Override
    public List<Long> idsWhere(String field, String value) {
        return sql.query("SELECT id FROM tickets WHERE " + groupColumn(field) + " = ? ORDER BY id", rs -> rs.getLong(1), value);
    }

    @Override
    public Map<String, Long> countBy(String field) {
        String c = groupColumn(field);
        Map<String, Long> out = new LinkedHashMap<>();
        sql.query("SELECT " + c + ", count(*) FROM tickets WHERE " + c + " IS NOT NULL GROUP BY " + c,
                rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }
}
