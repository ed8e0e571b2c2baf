package tix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/**
 * Sweeps and agents at once, each command its own OS process (the shaded jar), on one database: no agent change is
 * lost or overwritten by a sweep that read the ticket earlier, no rule fires twice, and a sweep started while another
 * runs exits 0 saying so.
 */
class SweepConcurrencyIT {
    private static final int TICKETS = 60;

    @TempDir
    Path dir;

    private record Run(List<String> args, int code, String out, String err) {
    }

    private Run tix(Path db, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("tix.jar", "target/tix.jar");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar", jar));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--db", db.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        pb.environment().remove("TIX_DB");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("tix " + String.join(" ", args) + " did not finish");
        }
        return new Run(List.of(args), p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void sweepsAndAgentsInSeparateProcessesLoseNothing() throws Exception {
        // new tickets created Monday 09:00: the sweeps escalate them (10:00) and change their colours (12:00, 18:00),
        // rewriting whole rows, while agents change the same rows
        TixRunner seed = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        seed.ok("init");
        for (int i = 1; i <= TICKETS; i++) {
            seed.ok("create", "--title", "T" + i, "--requester", "c" + i + "@example.com", "--body", "help");
        }
        Path db = seed.db();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Run>> sweeps = new ArrayList<>();
        List<Future<Run>> agents = new ArrayList<>();
        // one lane of sweeps, an hour apart, plus a twin of each started at the same moment
        sweeps.add(pool.submit(() -> {
            List<Run> runs = new ArrayList<>();
            for (int h = 10; h <= 16; h += 2) runs.add(tix(db, "sweep", "--json", "--now", "2026-11-23T" + h + ":00:00Z"));
            return runs.get(runs.size() - 1);
        }));
        for (int h = 10; h <= 16; h += 5) {
            String now = "2026-11-23T" + h + ":00:00Z";
            sweeps.add(pool.submit(() -> tix(db, "sweep", "--json", "--now", now)));
        }
        // agents: set priorities, tag, note and change status on tickets the sweeps are working on
        Map<Integer, String> priorities = new HashMap<>();
        for (int k = 0; k < 15; k++) {
            int id = 1 + (k * 5) % TICKETS;
            String value = String.valueOf(60 + k);
            priorities.put(id, value);
            String at = "2026-11-23T1" + (k % 7) + ":30:00Z";
            String[] args = k % 3 == 0 ? new String[] {"priority", String.valueOf(id), value, "--as", "lead", "--now", at}
                    : k % 3 == 1 ? new String[] {"tag", String.valueOf(id), "+agent" + k, "--as", "lead", "--now", at}
                    : new String[] {"note", String.valueOf(id), "--body", "agent note " + k, "--as", "lead", "--now", at};
            agents.add(pool.submit(() -> tix(db, args)));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.MINUTES));

        List<Run> agentRuns = new ArrayList<>();
        for (Future<Run> f : agents) agentRuns.add(f.get());
        for (Run r : agentRuns) assertEquals(0, r.code(), "agent command failed: " + r);
        int refusedSweeps = 0;
        for (Future<Run> f : sweeps) {
            Run r = f.get();
            assertEquals(0, r.code(), r.toString());
            if (r.out().contains("\"ran\" : false")) refusedSweeps++;
        }

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            // every agent change is there
            for (int k = 0; k < 15; k++) {
                int id = 1 + (k * 5) % TICKETS;
                if (k % 3 == 1) assertEquals(1, count(st, "SELECT count(*) FROM ticket_tags WHERE ticket_id = " + id
                        + " AND tag = 'agent" + k + "'"), "tag of agent " + k);
                if (k % 3 == 2) assertEquals(1, count(st, "SELECT count(*) FROM messages WHERE ticket_id = " + id
                        + " AND body = 'agent note " + k + "'"), "note of agent " + k);
                if (k % 3 == 0) assertEquals(1, count(st, "SELECT count(*) FROM events WHERE ticket_id = " + id
                        + " AND action = 'priority' AND actor = 'lead' AND new = '" + (60 + k) + "'"), "priority of agent " + k);
            }
            // no write was based on a stale read: each ticket's priority events chain old -> new without a gap,
            // and the last one is the stored value
            for (int id = 1; id <= TICKETS; id++) {
                String prev = "50";
                try (ResultSet rs = st.executeQuery("SELECT old, new, actor FROM events WHERE ticket_id = " + id
                        + " AND action = 'priority' ORDER BY id")) {
                    while (rs.next()) {
                        assertEquals(prev, rs.getString(1), "#" + id + ": a " + rs.getString(3) + " change from a stale priority");
                        prev = rs.getString(2);
                    }
                }
                assertEquals(Integer.parseInt(prev), count(st, "SELECT priority FROM tickets WHERE id = " + id), "#" + id);
                // escalated once, whatever the interleaving
                assertEquals(1, count(st, "SELECT count(*) FROM events WHERE ticket_id = " + id + " AND actor = 'tix' "
                        + "AND action = 'tier'"), "#" + id + " escalations");
            }
        }
        // whatever was skipped (changed after a sweep read it) is picked up by the next sweep
        Run last = tix(db, "sweep", "--json", "--now", "2026-11-23T16:00:00Z");
        assertEquals(0, last.code(), last.toString());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertEquals(0, count(st, "SELECT count(*) FROM tickets WHERE next_due_at <= "
                    + java.time.Instant.parse("2026-11-23T16:00:00Z").toEpochMilli()));
            assertEquals(TICKETS, count(st, "SELECT count(*) FROM tickets WHERE tier = 't1'"));
        }
        assertTrue(refusedSweeps <= 2, "at most the twins were refused");
    }

    @Test
    void twoSweepsStartedTogetherOneWorksTheOtherSaysSo() throws Exception {
        TixRunner seed = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        seed.ok("init");
        for (int i = 1; i <= TICKETS; i++) seed.ok("create", "--title", "T" + i, "--requester", "c@example.com");
        Path db = seed.db();
        // hold the lock the way a running sweep does, then start a sweep: it must leave at once
        Path lock = db.resolveSibling(db.getFileName() + ".sweep.lock");
        try (var ch = java.nio.channels.FileChannel.open(lock, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE); var held = ch.lock()) {
            Run r = tix(db, "sweep", "--now", "2026-11-23T10:00:00Z");
            assertEquals(0, r.code(), r.toString());
            assertEquals("", r.out());
            assertEquals("tix: another sweep is running on this database; nothing done\n", r.err());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Run> a = pool.submit(() -> tix(db, "sweep", "--json", "--now", "2026-11-23T10:00:00Z"));
        Future<Run> b = pool.submit(() -> tix(db, "sweep", "--json", "--now", "2026-11-23T10:00:00Z"));
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES));
        assertEquals(0, a.get().code(), a.get().toString());
        assertEquals(0, b.get().code(), b.get().toString());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            // however the two interleaved, each ticket was escalated exactly once
            assertEquals(TICKETS, count(st, "SELECT count(*) FROM events WHERE action = 'tier' AND actor = 'tix'"));
            assertEquals(0, count(st, "SELECT count(*) FROM (SELECT ticket_id FROM events WHERE action = 'tier' "
                    + "GROUP BY ticket_id HAVING count(*) > 1)"));
        }
    }

    private static int count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.getInt(1);
        }
    }
}
