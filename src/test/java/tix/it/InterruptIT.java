package tix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.it.Proc.ok;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.Tmux;

/**
 * Interrupting a long bulk change: Ctrl-C in `tix shell` (a real terminal, tmux) and SIGINT/SIGTERM to the plain
 * command (a real process) at random points. Each time the change is whole or absent, never partial; the file stays
 * sound; the shell survives.
 */
class InterruptIT {
    static final int TICKETS = Spawn.SOAK ? 10_000 : 4_000;
    static final int RUNS = Spawn.SOAK ? 20 : 4;

    @TempDir
    Path dir;

    private Path desk() throws Exception {
        Proc tix = new Proc(dir);
        Path db = dir.resolve("big.db");
        ok(tix.jar("--db", db.toString(), "--as", "lead", "-q", "init"));
        ok(tix.jar("--db", db.toString(), "--as", "lead", "-q", "create", "--title", "Printer", "--requester",
                "a@example.com", "--body", "hi"));
        BigDesk.copyTicketOne(db, TICKETS);
        return db;
    }

    @Test
    void ctrlCInTheShellCancelsTheRunningCommandAndTheShellGoesOn() throws Exception {
        Path db = desk();
        Map<String, String> env = Map.of("PATH", "/usr/local/bin:/usr/bin:/bin", "HOME", dir.toString(),
                "TERM", "xterm-256color", "LANG", "C.UTF-8");
        try (Tmux t = new Tmux(env, 120, 30, Proc.JAVA.toString(), "-jar", Proc.JAR.toString(), "shell", "--db",
                db.toString(), "--as", "lead")) {
            t.await("prompt", s -> s.endsWith("red>"));
            t.type("bulk tag +oops --status new").press("Enter");
            awaitWriter(db);
            t.press("C-c");
            String screen = t.await("interrupted, prompt back", s -> s.contains("tix: interrupted") && s.endsWith("red>"));
            assertTrue(screen.contains("tix: interrupted (nothing was changed: the command's transaction was rolled back)"),
                    screen);
            assertEquals(0, count(db, "SELECT count(*) FROM ticket_tags"), "nothing of the bulk was committed");
            t.type("tag 1 +fine").press("Enter");
            t.await("the shell runs the next command", s -> s.contains("#1  new"));
            assertEquals(1, count(db, "SELECT count(*) FROM ticket_tags WHERE tag = 'fine'"));
            t.type("exit").press("Enter");
        }
        assertSound(db);
    }

    @Test
    void sigintAndSigtermRollABulkBackAtAnyPoint() throws Exception {
        Path master = desk();
        Random random = new Random(Long.getLong("tix.seed", 42));
        // how long an uninterrupted run takes, to aim the signals inside it
        Path first = dir.resolve("run0.db");
        Files.copy(master, first);
        long t0 = System.nanoTime();
        Proc.Result whole = bulk(first).await();
        long full = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, whole.code(), whole.toString());
        assertEquals(TICKETS, count(first, "SELECT count(*) FROM ticket_tags"));
        int midway = 0;
        for (int run = 1; run <= RUNS; run++) {
            Path db = dir.resolve("run" + run + ".db");
            Files.copy(master, db);
            String sig = run % 2 == 0 ? "TERM" : "INT";
            Spawn p = bulk(db);
            long delay = (long) (full * (0.2 + 0.75 * random.nextDouble()));
            Spawn.sleep(delay);
            boolean alive = p.process.isAlive();
            p.signal(sig);
            Proc.Result r = p.await();
            long tags = count(db, "SELECT count(*) FROM ticket_tags");
            String what = "run " + run + " SIG" + sig + " after " + delay + " ms: " + r;
            if (r.code() == 0) {
                assertEquals(TICKETS, tags, what);
            } else {
                assertEquals(sig.equals("INT") ? 130 : 143, r.code(), what);
                assertTrue(alive, what);
                assertTrue(r.err().isEmpty() || r.err().equals("tix: interrupted (nothing was changed: the command's "
                        + "transaction was rolled back)\n"), what);
                if (!r.err().isEmpty()) {
                    midway++;
                    assertEquals(0, tags, "a bulk that says it was rolled back leaves no tag: " + what);
                } else {
                    // before the transaction nothing was written; after its commit (while the command printed and
                    // renewed the completion cache) all was: never a part
                    assertTrue(tags == 0 || tags == TICKETS, "all or nothing: " + tags + " tags, " + what);
                }
            }
            assertSound(db);
            Files.delete(db);
        }
        System.out.printf("InterruptIT: %d signals, %d inside the bulk's transaction (full run %d ms)%n", RUNS, midway, full);
        assertTrue(midway > 0, "at least one signal landed inside the transaction");
    }

    private Spawn bulk(Path db) {
        return new Spawn(dir, List.of("bulk", "tag", "+oops", "--status", "new", "--db", db.toString(), "--as", "lead", "-q"));
    }

    /** Waits until some process holds the desk's write lock: a command is inside its transaction. */
    static void awaitWriter(Path db) throws Exception {
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 0");
                try {
                    st.execute("BEGIN IMMEDIATE");
                    st.execute("ROLLBACK");
                } catch (java.sql.SQLException busy) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no command took the write lock of " + db);
    }

    static void assertSound(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                assertEquals("ok", rs.getString(1));
            }
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                assertTrue(!rs.next(), "foreign keys hold");
            }
        }
        Proc.Result check = new Proc(db.getParent()).jar("--db", db.toString(), "--as", "lead", "check");
        assertEquals(0, check.code(), check.toString());
    }

    static long count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }
}
