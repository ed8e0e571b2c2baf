package tix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.it.Proc.ok;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.PgCluster;

/**
 * Several agents' tix processes (through the launcher, as agents run it) change the same database at the same moment. Each command either succeeds or gives
 * up with exit 6 (busy); none is lost, the file stays sound, and every success is in the history.
 */
class ConcurrencyIT {
    private static final int AGENTS = 3;
    private static final int COMMANDS = 4;

    @TempDir
    Path dir;

    @Test
    void concurrentAgentsLoseNothing() throws Exception {
        agents(dir.resolve("desk.db").toString(), false);
    }

    /** The same agents as separate processes on one PostgreSQL desk over TCP, with a sweep running alongside. */
    @Test
    void concurrentAgentsLoseNothingOnPostgresql() throws Exception {
        agents(PgCluster.get().newDatabase(), true);
    }

    private void agents(String db, boolean postgres) throws Exception {
        Proc tix = new Proc(dir);
        ok(tix.jar("--db", db, "--as", "lead", "init"));
        ok(tix.jar("--db", db, "--as", "lead", "-q", "create", "--title", "Shared ticket", "--requester",
                "ana@example.com"));

        ExecutorService pool = Executors.newFixedThreadPool(AGENTS);
        List<Future<List<String>>> agents = new ArrayList<>();
        for (int a = 0; a < AGENTS; a++) {
            String agent = "agent" + a;
            agents.add(pool.submit(() -> {
                List<String> done = new ArrayList<>();
                for (int c = 0; c < COMMANDS; c++) {
                    // alternate: a note on the shared ticket, and a new ticket of one's own
                    String mark = agent + "-" + c;
                    Proc.Result r = c % 2 == 0
                            ? tix.launcher("--db", db, "--as", "lead", "-q", "note", "1", "--body", "note " + mark)
                            : tix.launcher("--db", db, "--as", "lead", "-q", "create", "--title", "ticket " + mark,
                                    "--requester", agent + "@example.com");
                    assertTrue(r.code() == 0 || r.code() == 6, r.toString());
                    assertEquals("", r.out(), r.toString());
                    if (r.code() == 0) {
                        assertEquals("", r.err(), r.toString());
                        done.add(mark);
                    } else {
                        assertEquals(1, r.err().lines().count(), r.toString());
                    }
                }
                return done;
            }));
        }
        if (postgres) {
            // one more process sweeping meanwhile: it takes the desk's sweep lock and writes like any agent
            Proc.Result r = tix.launcher("--db", db, "--as", "lead", "-q", "sweep");
            assertTrue(r.code() == 0 || r.code() == 6, r.toString());
        }
        Set<String> succeeded = new HashSet<>();
        for (Future<List<String>> f : agents) succeeded.addAll(f.get());
        pool.shutdown();

        try (Connection c = postgres ? PgCluster.connect(db) : DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement()) {
            if (!postgres) {
                // PostgreSQL enforces its constraints on every statement; a SQLite file is checked here
                assertEquals("ok", one(st, "PRAGMA integrity_check"));
                assertEquals("ok", one(st, "PRAGMA foreign_key_check").isEmpty() ? "ok" : "foreign key violations");
            }
            Set<String> stored = new HashSet<>();
            try (ResultSet rs = st.executeQuery("SELECT substr(body, 6) FROM messages WHERE kind = 'note' AND ticket_id = 1")) {
                while (rs.next()) stored.add(rs.getString(1));
            }
            try (ResultSet rs = st.executeQuery("SELECT substr(title, 8) FROM tickets WHERE id > 1")) {
                while (rs.next()) stored.add(rs.getString(1));
            }
            assertEquals(succeeded, stored, "every success is stored, nothing else is");
            // each note and each new ticket wrote its event in the same transaction
            assertEquals(count(st, "SELECT count(*) FROM messages WHERE kind = 'note' AND ticket_id = 1"),
                    count(st, "SELECT count(*) FROM events WHERE ticket_id = 1 AND action = 'message'"));
            assertEquals(count(st, "SELECT count(*) FROM tickets"),
                    count(st, "SELECT count(*) FROM events WHERE action = 'created'"));
        }
        var history = ok(tix.jar("--db", db, "history", "1", "--json"));
        long notes = succeeded.stream().filter(m -> m.endsWith("-0") || m.endsWith("-2")).count();
        long messageEvents = 0;
        for (var event : new com.fasterxml.jackson.databind.ObjectMapper().readTree(history.out())) {
            if (event.get("action").asText().equals("message")) messageEvents++;
        }
        assertEquals(notes, messageEvents, history.toString());
    }

    private static String one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
