package tix.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tix.app.Docs;
import tix.domain.Doc;

/** The knowledge base: {@code docs}, {@code doc_tags} and the {@code doc_fts} index its triggers keep. */
final class SqliteDocs implements Docs {
    private static final String COLUMNS = "d.id, d.title, d.body, d.url, d.author, d.created_at, d.updated_at, "
            + "(SELECT group_concat(tag, ' ') FROM (SELECT tag FROM doc_tags WHERE doc_id = d.id ORDER BY tag)) AS tags";

    /** Words too common to say what a ticket is about; left out when looking for related docs. */
    private static final Set<String> COMMON = Set.of("the", "and", "for", "with", "not", "can", "cannot", "after",
            "from", "this", "that", "our", "your", "you", "are", "was", "has", "have", "does", "doesn", "how", "why",
            "what", "when", "who", "out", "any", "all", "but", "get", "got", "into", "its", "will", "please", "help");

    private final Sql sql;

    SqliteDocs(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long insert(Doc doc) {
        long id = sql.insert("INSERT INTO docs(title, body, url, author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                doc.title(), doc.body(), doc.url(), doc.author(), doc.createdAt(), doc.updatedAt());
        writeTags(id, doc.tags());
        return id;
    }

    @Override
    public void update(Doc doc) {
        sql.update("UPDATE docs SET title = ?, body = ?, url = ?, updated_at = ? WHERE id = ?",
                doc.title(), doc.body(), doc.url(), doc.updatedAt(), doc.id());
        sql.update("DELETE FROM doc_tags WHERE doc_id = ?", doc.id());
        writeTags(doc.id(), doc.tags());
    }

    private void writeTags(long id, List<String> tags) {
        for (String t : tags) sql.update("INSERT INTO doc_tags(doc_id, tag) VALUES (?, ?)", id, t);
    }

    @Override
    public void delete(long id) {
        sql.update("DELETE FROM docs WHERE id = ?", id);
    }

    @Override
    public Optional<Doc> find(long id) {
        return sql.one("SELECT " + COLUMNS + " FROM docs d WHERE d.id = ?", SqliteDocs::map, id);
    }

    @Override
    public List<Doc> list(String tag) {
        if (tag == null) return sql.query("SELECT " + COLUMNS + " FROM docs d ORDER BY d.updated_at DESC, d.id DESC",
                SqliteDocs::map);
        return sql.query("SELECT " + COLUMNS + " FROM docs d WHERE d.id IN (SELECT doc_id FROM doc_tags WHERE tag = ?) "
                + "ORDER BY d.updated_at DESC, d.id DESC", SqliteDocs::map, tag);
    }

    @Override
    public List<Doc> search(String text, int limit) {
        String match = SqliteTickets.ftsQuery(text);
        if (match.isEmpty()) return List.of();
        if (sql.dialect().search() != null) return rankedElsewhere(SqliteTickets.ftsTerms(text), false, limit);
        return ranked(match, limit);
    }

    @Override
    public List<Doc> related(List<String> words, int limit) {
        List<String> terms = new ArrayList<>();
        for (String w : words) {
            String t = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
            if (t.length() >= 3 && !COMMON.contains(t)) {
                String quoted = '"' + t + '"';
                if (!terms.contains(quoted)) terms.add(quoted);
            }
        }
        if (terms.isEmpty()) return List.of();
        if (sql.dialect().search() != null) {
            List<String> plain = new ArrayList<>();
            for (String q : terms) plain.add(q.substring(1, q.length() - 1));
            return rankedElsewhere(plain, true, limit);
        }
        return ranked(String.join(" OR ", terms), limit);
    }

    /** {@link #ranked} on an engine with its own full-text search. */
    private List<Doc> rankedElsewhere(List<String> terms, boolean any, int limit) {
        List<Object> args = new ArrayList<>(terms);
        args.add(limit);
        return sql.query(sql.dialect().search().docs(COLUMNS, terms.size(), any), SqliteDocs::map, args.toArray());
    }

    /** Title weighs five bodies, tags two (as ticket search weighs titles). */
    private List<Doc> ranked(String match, int limit) {
        return sql.query("SELECT " + COLUMNS + " FROM doc_fts f JOIN docs d ON d.id = f.rowid WHERE doc_fts MATCH ? "
                + "ORDER BY bm25(doc_fts, 5.0, 1.0, 2.0), d.id LIMIT ?", SqliteDocs::map, match, limit);
    }

    private static Doc map(ResultSet rs) throws SQLException {
        String tags = rs.getString("tags");
        return new Doc(rs.getLong("id"), rs.getString("title"), rs.getString("body"), rs.getString("url"),
                tags == null || tags.isEmpty() ? List.of() : List.of(tags.split(" ")), rs.getString("author"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }
}
