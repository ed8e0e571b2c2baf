package tix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.it.InterruptIT.assertSound;
import static tix.it.Proc.ok;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tix.PgCluster;

/**
 * Agents' separate tix processes change a few shared tickets at random (tags, notes and replies, half of them with
 * --if-version read a moment before) while sweeps, mail ingest and mail send (to GreenMail) run in loops. Every
 * command succeeds, or is refused with 4 (stale --if-version) or 6 (busy after the timeout); each success is exactly
 * one tag or message event of that agent; every outbox mail reaches the SMTP server exactly once; the file and tix's
 * invariants hold.
 *
 * <p>Each process is a plain JVM through the launcher ({@code TIX_SERVER=0}: real separate processes, with the
 * class-data archive, so the full size (-Psoak) takes minutes rather than most of an hour on two cores).
 */
class FleetIT {
    /** -Dtix.fleet.agents / -Dtix.fleet.mutations choose a size between the default suite's and the soak's. */
    static final int AGENTS = Integer.getInteger("tix.fleet.agents", Spawn.SOAK ? 8 : 2);
    static final int MUTATIONS = Integer.getInteger("tix.fleet.mutations", Spawn.SOAK ? 300 : 4);
    /**
     * The same fleet on one PostgreSQL desk, every process a separate agent connecting over TCP. Its size is its own
     * (-Dtix.fleet.pg.agents / -Dtix.fleet.pg.mutations): the soak profile runs it reduced (8 x 40), since each of its
     * processes also loads the driver and opens a TCP connection; 8 x 300 is the full size.
     */
    static final int PG_AGENTS = Integer.getInteger("tix.fleet.pg.agents", Spawn.SOAK ? 8 : 2);
    static final int PG_MUTATIONS = Integer.getInteger("tix.fleet.pg.mutations", Spawn.SOAK ? 40 : 4);
    static final int SHARED = 5;
    /** Pause between two sweeps, two ingests, two sends. */
    static final long LOOP_PAUSE = Spawn.SOAK ? 200 : 1000;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void agentsSweepsAndMailTogetherLoseNothing(String engine) throws Exception {
        boolean pg = engine.equals("postgresql");
        int agentCount = pg ? PG_AGENTS : AGENTS;
        int mutations = pg ? PG_MUTATIONS : MUTATIONS;
        Proc tix = new Proc(dir).env("TIX_SERVER", "0");
        String db = pg ? PgCluster.get().newDatabase() : dir.resolve("desk.db").toString();
        String smtp = "smtp://127.0.0.1:" + SMTP.getSmtp().getPort();
        ok(tix.launcher("--db", db, "--as", "lead", "-q", "init"));
        ok(tix.launcher("--db", db, "--as", "lead", "-q", "queue", "set", "support", "--add-address", "support@example.com"));
        for (int a = 0; a < agentCount; a++) ok(tix.launcher("--db", db, "--as", "lead", "-q", "agent", "add", "agent" + a, "--role", "admin"));
        for (int t = 1; t <= SHARED; t++) {
            ok(tix.launcher("--db", db, "--as", "lead", "-q", "create", "--title", "Shared " + t, "--requester", "c" + t + "@example.com"));
        }
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger sweeps = new AtomicInteger();
        AtomicInteger ingests = new AtomicInteger();
        AtomicInteger sends = new AtomicInteger();
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(agentCount + 3);
        long t0 = System.nanoTime();
        int[] totals = new int[4]; // succeeded, refused 4, refused 6, attempted
        Map<String, Integer> successes = new HashMap<>();
        try {
            pool.submit(() -> loop(done, sweeps, problems, "sweep", i -> tix.launcher("--db", db, "--as", "lead", "-q", "sweep")));
            pool.submit(() -> loop(done, ingests, problems, "ingest", i -> {
                String mail = "From: c" + (1 + i % SHARED) + "@example.com\nTo: support@example.com\nSubject: Re: [#"
                        + (1 + i % SHARED) + "] Shared\nMessage-ID: <fleet" + i + "@customers.example>\n\nstill broken " + i + "\n";
                return tix.launcherWithInput(mail, "--db", db, "--as", "lead", "-q", "mail", "ingest");
            }));
            pool.submit(() -> loop(done, sends, problems, "send", i -> tix.launcher("--db", db, "--as", "lead", "-q", "mail", "send", "--url", smtp)));
            List<Future<int[]>> agents = new ArrayList<>();
            for (int a = 0; a < agentCount; a++) {
                String agent = "agent" + a;
                long seed = Long.getLong("tix.seed", 11) + a;
                agents.add(pool.submit(() -> mutate(tix, db, agent, seed, mutations, problems)));
            }
            for (int a = 0; a < agentCount; a++) {
                int[] c = agents.get(a).get();
                successes.put("agent" + a, c[0]);
                for (int k = 0; k < 3; k++) totals[k] += c[k];
            }
        } finally {
            // whatever happened to the agents, the loops stop: an agent that failed must not leave the JVM running
            done.set(true);
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.MINUTES);
        }
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertEquals(List.of(), problems);
        for (var e : successes.entrySet()) {
            assertEquals((long) e.getValue(), count(db, "SELECT count(*) FROM events WHERE actor = '" + e.getKey()
                    + "' AND action IN ('tags', 'message')"), e.getKey() + ": one tag or message event per successful mutation");
        }
        // what the loop left queued goes now, unhurried; then every outbox mail was delivered once
        ok(tix.launcher("--db", db, "--as", "lead", "-q", "mail", "send", "--url", smtp));
        long outbox = count(db, "SELECT count(*) FROM outbox");
        assertEquals(outbox, count(db, "SELECT count(*) FROM outbox WHERE status = 'sent'"), "every outbox mail sent");
        Map<String, Integer> delivered = new HashMap<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) delivered.merge(m.getMessageID(), 1, Integer::sum);
        long twice = delivered.values().stream().filter(n -> n > 1).count();
        System.out.printf("FleetIT: %d agents x %d mutations = %d attempted, %d succeeded, %d refused stale (4), "
                + "%d refused busy (6); alongside %d sweeps, %d mails ingested, %d sends (%d outbox mails, %d delivered, "
                + "%d more than once); %d s on %s%n", agentCount, mutations, agentCount * mutations, totals[0], totals[1], totals[2],
                sweeps.get(), ingests.get(), sends.get(), outbox, delivered.size(), twice, seconds, engine);
        assertEquals(agentCount * mutations, totals[0] + totals[1] + totals[2], "every mutation answered 0, 4 or 6");
        assertTrue(totals[0] > 0);
        assertEquals(outbox, delivered.size(), "every outbox mail reached the SMTP server");
        assertEquals(0, twice, "no outbox mail was delivered twice");
        if (pg) {
            // the server enforces the constraints on every statement; tix's own invariants are check's
            Proc.Result check = tix.jar("--db", db, "--as", "lead", "check");
            assertEquals(0, check.code(), check.toString());
        } else {
            assertSound(Path.of(db));
        }
    }

    /** A count on either engine's desk (a file path, or a PostgreSQL URL). */
    private static long count(String db, String sql) throws Exception {
        if (!db.startsWith("postgresql:")) return InterruptIT.count(Path.of(db), sql);
        try (Connection c = PgCluster.connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int[] mutate(Proc tix, String db, String agent, long seed, int mutations, List<String> problems) {
        Random random = new Random(seed);
        int[] counts = new int[3]; // succeeded, refused 4, refused 6
        for (int m = 0; m < mutations; m++) {
            String id = String.valueOf(1 + random.nextInt(SHARED));
            List<String> args = new ArrayList<>(List.of("--db", db, "--as", agent, "-q"));
            switch (random.nextInt(3)) {
                case 0 -> args.addAll(List.of("tag", id, "+" + agent + "-" + m));
                case 1 -> args.addAll(List.of("note", id, "--body", agent + " note " + m));
                default -> args.addAll(List.of("reply", id, "--body", agent + " reply " + m));
            }
            if (random.nextBoolean()) {
                Proc.Result v = tix.launcher("--db", db, "--as", agent, "--json", "version", "show", id);
                if (v.code() == 0) args.addAll(List.of("--if-version", v.out().replaceAll("[^0-9]", "")));
            }
            Proc.Result r = tix.launcher(args.toArray(new String[0]));
            if (r.code() == 0) counts[0]++;
            else if (r.code() == 4) counts[1]++;
            else if (r.code() == 6) counts[2]++;
            else problems.add(agent + ": " + r);
            if (r.code() != 0 && r.err().lines().count() != 1) problems.add("not one line: " + r);
        }
        return counts;
    }

    private static void loop(AtomicBoolean done, AtomicInteger runs, List<String> problems, String what,
                             java.util.function.IntFunction<Proc.Result> command) {
        int i = 0;
        while (!done.get()) {
            Proc.Result r = command.apply(++i);
            if (r.code() != 0 && r.code() != 6) problems.add(what + ": " + r);
            runs.incrementAndGet();
            Spawn.sleep(LOOP_PAUSE);
        }
    }
}
