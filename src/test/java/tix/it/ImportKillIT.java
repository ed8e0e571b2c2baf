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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `tix import` is all or nothing even when the process is killed (SIGKILL) in the middle of writing: the file is read
 * row by row and written in one transaction, so a kill at any point leaves the desk as it was (no ticket, the search
 * triggers that the bulk load drops inside its transaction still there, the file sound), and the next import of the
 * same file succeeds.
 */
class ImportKillIT {
    private static final String NOW = "2026-12-01T12:00:00Z";
    private static final int TICKETS = 4000;

    @TempDir
    Path dir;

    @Test
    void anImportKilledAtAnyPointLeavesNothing() throws Exception {
        Proc tix = new Proc(dir);
        String src = dir.resolve("source.db").toString();
        String dst = dir.resolve("target.db").toString();
        Path csv = dir.resolve("desk.csv");
        ok(tix.jar("--db", src, "--as", "lead", "--now", NOW, "demo", "--tickets", String.valueOf(TICKETS)));
        ok(tix.jar("--db", src, "--as", "lead", "export", "--format", "csv", "--output", csv.toString()));
        ok(tix.jar("--db", dst, "--as", "lead", "--now", NOW, "init"));
        String before = dump(dst);

        // what a whole import leaves: the same import, unkilled, into a desk of its own
        String ref = dir.resolve("reference.db").toString();
        ok(tix.jar("--db", ref, "--as", "lead", "--now", NOW, "init"));
        ok(tix.jar("--db", ref, "--as", "lead", "--now", NOW, "import", csv.toString()));
        String whole = dump(ref);

        // kill once the transaction has written this much to the WAL (bytes), then after a time instead. A kill that
        // lands after the commit (the import is quick, and a loaded machine may poll late) must find the import whole;
        // every other one must find the desk as it was. Enough of them must land inside the transaction.
        long[] walBytes = {64 * 1024, 1024 * 1024, 6 * 1024 * 1024, Long.MAX_VALUE};
        List<String> kills = new ArrayList<>();
        int inside = 0;
        for (long at : walBytes) {
            String k = killAt(dst, csv, at, at == Long.MAX_VALUE ? 1000 : 0);
            kills.add(k);
            String after = dump(dst);
            if (after.equals(before)) {
                assertTrue(k.startsWith("killed"), "an import that ran to its end left nothing: " + kills);
                inside++;
                continue;
            }
            assertEquals(whole, after, "a killed import left part of itself: " + kills);
            for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(dst + suffix));
            ok(tix.jar("--db", dst, "--as", "lead", "--now", NOW, "init"));
            before = dump(dst);
        }
        assertTrue(inside >= 2, "at least two kills inside the import's transaction: " + kills);

        Proc.Result r = ok(tix.jar("--db", dst, "--as", "lead", "--now", NOW, "import", csv.toString()));
        assertTrue(r.out().startsWith("Imported " + TICKETS + " ticket(s), "), r.out());
        assertEquals(String.valueOf(TICKETS), query(dst, "SELECT count(*) FROM tickets"));
        assertEquals("ok", query(dst, "PRAGMA integrity_check"));
    }

    /** Starts an import and kills it (SIGKILL) when the WAL holds {@code walBytes} or after {@code millis}. */
    private String killAt(String db, Path csv, long walBytes, long millis) throws Exception {
        List<String> cmd = List.of(Proc.JAVA.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m",
                "-jar", Proc.JAR.toString(), "--db", db, "--as", "lead", "--now", NOW, "import", csv.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("kill.out").toFile());
        pb.environment().put("HOME", dir.toString());
        Process p = pb.start();
        Path wal = Path.of(db + "-wal");
        long start = System.nanoTime();
        long walSeen = 0;
        while (p.isAlive()) {
            walSeen = Files.exists(wal) ? Files.size(wal) : 0;
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (walSeen >= walBytes || (millis > 0 && ms >= millis)) break;
            if (ms > 120_000) break;
            Thread.sleep(5);
        }
        if (!p.isAlive()) {
            return "finished first (exit " + p.exitValue() + "): " + Files.readString(dir.resolve("kill.out"));
        }
        p.destroyForcibly(); // SIGKILL
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return "killed at " + walSeen + " WAL bytes, exit " + p.exitValue();
    }

    /** Tickets, messages, events, contacts, accounts, agents and the triggers: what an import could have left. */
    private static String dump(String db) throws Exception {
        return query(db, "SELECT (SELECT count(*) FROM tickets) || ' ' || (SELECT count(*) FROM messages) || ' ' "
                + "|| (SELECT count(*) FROM events) || ' ' || (SELECT count(*) FROM contacts) || ' ' "
                + "|| (SELECT count(*) FROM accounts) || ' ' || (SELECT count(*) FROM agents) || ' ' "
                + "|| (SELECT count(*) FROM ticket_fts) || ' ' "
                + "|| (SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name))")
                + " " + query(db, "PRAGMA integrity_check");
    }

    private static String query(String db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
