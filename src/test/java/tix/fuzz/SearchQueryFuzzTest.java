package tix.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Any search text through the parser that turns it into an FTS5 query ({@code SqliteTickets.ftsQuery}), in process,
 * and the query run on a real SQLite file with tix's own full-text table (001.sql: unicode61, diacritics removed). SPEC
 * §7: any text is accepted, so no text may become FTS5 syntax: every query runs (alone and in the title-first form
 * `search` uses), each term the parser keeps holds a letter or digit, and a word of letters and digits finds the row
 * whose title is that word.
 *
 * <p>Long run: {@code nice -n 19 mvn -B -o -Pfuzz test -Dtest=SearchQueryFuzzTest -Djazzer.max_duration=10m}.
 */
class SearchQueryFuzzTest {
    private static final Method QUERY;
    private static final Method TERMS;
    private static final Connection DB;

    static {
        try {
            Class<?> tickets = Class.forName("tix.store.sqlite.SqliteTickets");
            QUERY = tickets.getDeclaredMethod("ftsQuery", String.class);
            TERMS = tickets.getDeclaredMethod("ftsTerms", String.class);
            QUERY.setAccessible(true);
            TERMS.setAccessible(true);
            Path dir = Files.createTempDirectory("tix-fts-fuzz-");
            DB = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("fts.db"));
            try (Statement s = DB.createStatement()) {
                // a scratch file: no fsync per input (each input writes and deletes one row)
                s.execute("PRAGMA synchronous = OFF");
                s.execute("PRAGMA journal_mode = MEMORY");
                s.execute("CREATE VIRTUAL TABLE ticket_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')");
                s.execute("INSERT INTO ticket_fts(rowid, title, body) VALUES (1, 'Printer on fire', 'Smoke and \"flames\"'),"
                        + " (2, 'Login loops', 'NEAR(a b) OR c*'), (3, 'Café crème', 'naïve résumé')");
            }
        } catch (ReflectiveOperationException | SQLException e) {
            throw new ExceptionInInitializerError(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void query(byte[] data) throws Exception {
        String text = new String(data, StandardCharsets.UTF_8);
        @SuppressWarnings("unchecked")
        List<String> terms = (List<String>) call(TERMS, text);
        String match = (String) call(QUERY, text);
        for (String t : terms) {
            assertTrue(t.codePoints().anyMatch(Character::isLetterOrDigit), "a term without a letter or digit: " + t);
            assertEquals(t.strip(), t, "a term with spaces around it");
        }
        if (terms.isEmpty()) {
            assertEquals("", match);
            return;
        }
        run(match, text);
        run("{title} : (" + match + ")", text);
        String word = text.codePoints().filter(c -> c < 128 && Character.isLetterOrDigit(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (!word.isEmpty() && word.length() <= 40) {
            try (PreparedStatement p = DB.prepareStatement("INSERT INTO ticket_fts(rowid, title, body) VALUES (100, ?, '')")) {
                p.setString(1, word);
                p.executeUpdate();
            }
            try {
                assertTrue(run((String) call(QUERY, word), word) >= 1, "the title '" + word + "' is not found by itself");
            } finally {
                try (Statement s = DB.createStatement()) {
                    s.execute("DELETE FROM ticket_fts WHERE rowid = 100");
                }
            }
        }
    }

    private static int run(String match, String text) {
        try (PreparedStatement p = DB.prepareStatement("SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH ?")) {
            p.setString(1, match);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("the text '" + text + "' became the query " + match + ", which FTS5 refuses", e);
        }
    }

    private static Object call(Method m, String text) throws Exception {
        try {
            return m.invoke(null, text);
        } catch (InvocationTargetException e) {
            throw (Exception) (e.getCause() instanceof Exception ? e.getCause() : e);
        }
    }
}
