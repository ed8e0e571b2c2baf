package tix.store.pg;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tix.domain.DomainException;
import tix.store.sqlite.SqlDialect;

/**
 * PostgreSQL's differences from the SQLite the repositories write. Most of their SQL is standard and runs as it is
 * (ON CONFLICT ... DO UPDATE, coalesce, CASE, LIMIT); the schema meets the rest half-way (COLLATE NOCASE is the
 * collation {@code nocase}, queue_addresses has a rowid column). What is left is rewritten here, once per statement.
 */
final class PgDialect implements SqlDialect {
    private static final Pattern IGNORE = Pattern.compile("(?i)^\\s*INSERT OR IGNORE INTO");
    private static final Pattern GROUP_CONCAT = Pattern.compile("(?i)group_concat\\((DISTINCT )?((?:[^,()]|\\([^()]*\\))+)(?:,\\s*((?:[^,()]|\\([^()]*\\))+))?\\)");
    private static final Pattern CHAR = Pattern.compile("(?i)\\bchar\\((\\d+)\\)");
    private static final Pattern INSTR = Pattern.compile("(?i)\\binstr\\(");
    /** SQLite sorts NULL before every value, PostgreSQL after: explicit directions say SQLite's order. */
    private static final Pattern ASC = Pattern.compile("(?i)\\bASC\\b(?!\\s+NULLS)");
    private static final Pattern DESC = Pattern.compile("(?i)\\bDESC\\b(?!\\s+NULLS)");
    /** The start of a subquery in FROM, which PostgreSQL (before 16) refuses without a name. */
    private static final Pattern SUBQUERY = Pattern.compile("(?i)\\bFROM \\(SELECT ");
    /** What follows a subquery that has no name: the end of the enclosing one or of the statement, or a clause. */
    private static final Pattern UNNAMED_END = Pattern.compile(
            "(?i)\\s*(\\)|$|,|(WHERE|GROUP|ORDER|LIMIT|UNION|JOIN|LEFT|INNER|CROSS)\\b)");

    private final String where;
    private final Map<String, String> rewritten = new ConcurrentHashMap<>();

    /** {@code where}: the database as error messages name it (the URL without its password). */
    PgDialect(String where) {
        this.where = where;
    }

    @Override
    public String rewrite(String sql) {
        return rewritten.computeIfAbsent(sql, PgDialect::translateSql);
    }

    static String translateSql(String sql) {
        String s = sql;
        if (IGNORE.matcher(s).find()) {
            s = IGNORE.matcher(s).replaceFirst("INSERT INTO") + " ON CONFLICT DO NOTHING";
        }
        s = nameSubqueries(s);
        Matcher m = GROUP_CONCAT.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String distinct = m.group(1) == null ? "" : "DISTINCT ";
            String sep = m.group(3) == null ? "','" : m.group(3).strip();
            m.appendReplacement(sb, Matcher.quoteReplacement("string_agg(" + distinct + "(" + m.group(2).strip()
                    + ")::text, " + sep + ")"));
        }
        m.appendTail(sb);
        s = sb.toString();
        s = CHAR.matcher(s).replaceAll("chr($1)");
        s = INSTR.matcher(s).replaceAll("strpos(");
        s = ASC.matcher(s).replaceAll("ASC NULLS FIRST");
        s = DESC.matcher(s).replaceAll("DESC NULLS LAST");
        return s;
    }

    /** Gives each unnamed subquery in FROM the name {@code sub} (its parentheses balanced, nested ones included). */
    static String nameSubqueries(String sql) {
        StringBuilder out = new StringBuilder(sql);
        Matcher m = SUBQUERY.matcher(sql);
        int shift = 0;
        while (m.find()) {
            int open = m.start() + "FROM ".length();
            int depth = 0;
            int close = -1;
            boolean quoted = false;
            for (int i = open; i < sql.length() && close < 0; i++) {
                char c = sql.charAt(i);
                if (c == '\'') quoted = !quoted;
                else if (!quoted && c == '(') depth++;
                else if (!quoted && c == ')' && --depth == 0) close = i;
            }
            if (close < 0) continue;
            if (UNNAMED_END.matcher(sql).region(close + 1, sql.length()).lookingAt()) {
                out.insert(close + 1 + shift, " AS sub");
                shift += " AS sub".length();
            }
        }
        return out.toString();
    }

    @Override
    public boolean returningId() {
        return true;
    }

    @Override
    public DomainException translate(SQLException e) {
        return PgStore.translate(e, where);
    }

    @Override
    public String violatedConstraint(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException p && "23505".equals(p.getSQLState())
                && p.getServerErrorMessage() != null) {
            return p.getServerErrorMessage().getConstraint();
        }
        return null;
    }

    @Override
    public java.util.List<String> bulkLoad() {
        // migration pg/015: the search triggers skip their work while tix.bulk_load is on (the loader writes each
        // ticket's search row once), and the ticket links may point to a ticket loaded later in the same load
        return java.util.List.of("SET LOCAL tix.bulk_load = 'on'",
                "SET CONSTRAINTS tickets_split_from_fkey, tickets_merged_into_fkey, tickets_follow_up_of_fkey DEFERRED");
    }

    @Override
    public java.util.List<String> bulkLoadDone() {
        // as tix db copy does: each serial or identity column's sequence continues after the highest id loaded
        return java.util.List.of("""
                DO $$
                DECLARE r record;
                BEGIN
                    FOR r IN SELECT c.relname AS tab, a.attname AS col,
                                    pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
                             FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
                             WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
                               AND a.attnum > 0 AND NOT a.attisdropped
                               AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL
                    LOOP
                        EXECUTE format('SELECT setval(%L, coalesce((SELECT max(%I) FROM %I), 0) + 1, false)',
                                       r.seq, r.col, r.tab);
                    END LOOP;
                END $$""");
    }

    @Override
    public Search search() {
        return SEARCH;
    }

    private static final Search SEARCH = new Search() {
        // ts_rank's weights are {D, C, B, A}: a title word (A) weighs five body words (B), as bm25(5, 1) does; the
        // title's own words are the stored document's of weight A, found by the same query with each word marked :A
        // (q.a, made once from the query's text) rather than by ts_filter, which copied each of the window's 10,000
        // documents (7-10 ms against 2 on the 1M demo desk).
        /** The query and its title form: every quoted word of its text ('it''s' doubles a quote) gets :A. */
        private static final String QUERY = "WITH q AS (SELECT q, regexp_replace(q::text, '''(?:[^'']|'''')*''', "
                + "'\\&:A', 'g')::tsquery AS a FROM (SELECT %s AS q) s)";

        @Override
        public String tickets(int terms) {
            // the window from tix_search_window (migrations pg/017-019): the search table's ranges of ids read newest
            // first, each by its own index, until the window is full, each match tested for the title words and
            // ranked as it is read. Before the ranges, every match was read from the one table to learn its id: a
            // phrase in 24,883 of the 1M demo desk's tickets took 60 ms in pgbench, then 33
            return QUERY.formatted(query(terms, false)) + " SELECT w.rowid FROM q, tix_search_window(q.q, q.a, "
                    + "'{0, 0, 0.2, 1.0}', ?) w ORDER BY CASE WHEN w.in_title THEN 0 ELSE 1 END, w.rank DESC, "
                    + "w.rowid LIMIT ?";
        }

        @Override
        public String room() {
            // the default work_mem of 4 MB is too little for a search on a large desk: a range's bitmap of a word's
            // matches turns lossy (every row of those pages read and checked again) and its matches' documents
            // (about 650 bytes each on the 1M demo desk) are sorted in a file on disk. SET LOCAL: for this
            // transaction only
            return "SELECT set_config('work_mem', '64MB', true)";
        }

        @Override
        public String docs(String columns, int terms, boolean any) {
            // title 5, tags 2, body 1, as bm25(doc_fts, 5.0, 1.0, 2.0)
            return "WITH q AS (SELECT " + query(terms, any) + " AS q) SELECT " + columns + " FROM doc_fts f "
                    + "JOIN docs d ON d.id = f.rowid, q WHERE f.doc @@ q.q "
                    + "ORDER BY ts_rank('{0, 0.2, 0.4, 1.0}', f.doc, q.q) DESC, d.id LIMIT ?";
        }

        /**
         * Each term a phrase (its words in order, as an FTS5 "quoted string"), all of them or any; folded as the
         * stored documents are (tix_fold, migration pg/015: diacritics removed as FTS5's remove_diacritics 2 does).
         */
        private String query(int terms, boolean any) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < terms; i++) {
                if (i > 0) sb.append(any ? " || " : " && ");
                sb.append("phraseto_tsquery('simple', tix_fold(?))");
            }
            return sb.toString();
        }
    };
}
