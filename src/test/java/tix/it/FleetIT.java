package tix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.it.InterruptIT.assertSound;
import static tix.it.InterruptIT.count;
import static tix.it.Proc.ok;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agents' separate tix processes change a few shared tickets at random (tags and notes, half of them with
 * --if-version read a moment before) while sweeps and mail ingest run in loops. Every command succeeds, or is refused
 * with 4 (stale --if-version) or 6 (busy after the timeout); each success is exactly one event row of that agent;
 * the file and tix's invariants hold.
 */
class FleetIT {
    static final int AGENTS = Spawn.SOAK ? 8 : 2;
    static final int MUTATIONS = Spawn.SOAK ? 300 : 4;
    static final int SHARED = 5;

    @TempDir
    Path dir;

    @Test
    void agentsSweepsAndMailTogetherLoseNothing() throws Exception {
        Proc tix = new Proc(dir);
        String db = dir.resolve("desk.db").toString();
        ok(tix.jar("--db", db, "--as", "lead", "-q", "init"));
        for (int a = 0; a < AGENTS; a++) ok(tix.jar("--db", db, "--as", "lead", "-q", "agent", "add", "agent" + a, "--role", "admin"));
        for (int t = 1; t <= SHARED; t++) {
            ok(tix.jar("--db", db, "--as", "lead", "-q", "create", "--title", "Shared " + t, "--requester", "c" + t + "@example.com"));
        }
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger sweeps = new AtomicInteger();
        AtomicInteger ingests = new AtomicInteger();
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(AGENTS + 2);
        Future<?> sweeper = pool.submit(() -> {
            while (!done.get()) {
                Proc.Result r = tix.jar("--db", db, "--as", "lead", "-q", "sweep");
                if (r.code() != 0 && r.code() != 6) problems.add("sweep: " + r);
                sweeps.incrementAndGet();
                Spawn.sleep(Spawn.SOAK ? 50 : 2000);
            }
        });
        Future<?> mailer = pool.submit(() -> {
            int i = 0;
            while (!done.get()) {
                i++;
                String mail = "From: c" + (1 + i % SHARED) + "@example.com\nTo: support@example.com\nSubject: Re: [#"
                        + (1 + i % SHARED) + "] Shared\nMessage-ID: <fleet" + i + "@customers.example>\n\nstill broken " + i + "\n";
                Proc.Result r = tix.jar(List.of(), mail, "--db", db, "--as", "lead", "-q", "mail", "ingest");
                if (r.code() != 0 && r.code() != 6) problems.add("ingest: " + r);
                ingests.incrementAndGet();
                Spawn.sleep(Spawn.SOAK ? 50 : 2000);
            }
        });
        List<Future<int[]>> agents = new ArrayList<>();
        for (int a = 0; a < AGENTS; a++) {
            String agent = "agent" + a;
            long seed = Long.getLong("tix.seed", 11) + a;
            agents.add(pool.submit(() -> {
                Random random = new Random(seed);
                int[] counts = new int[3]; // succeeded, refused 4, refused 6
                for (int m = 0; m < MUTATIONS; m++) {
                    String id = String.valueOf(1 + random.nextInt(SHARED));
                    List<String> args = new ArrayList<>(List.of("--db", db, "--as", agent, "-q"));
                    if (random.nextBoolean()) args.addAll(List.of("tag", id, "+" + agent + "-" + m));
                    else args.addAll(List.of("note", id, "--body", agent + " note " + m));
                    if (random.nextBoolean()) {
                        Proc.Result v = tix.jar("--db", db, "--as", agent, "--json", "version", "show", id);
                        if (v.code() == 0) {
                            String version = v.out().replaceAll("[^0-9]", "");
                            args.addAll(List.of("--if-version", version));
                        }
                    }
                    Proc.Result r = tix.jar(args.toArray(new String[0]));
                    if (r.code() == 0) counts[0]++;
                    else if (r.code() == 4) counts[1]++;
                    else if (r.code() == 6) counts[2]++;
                    else problems.add(agent + ": " + r);
                    if (r.code() != 0 && r.err().lines().count() != 1) problems.add("not one line: " + r);
                }
                return counts;
            }));
        }
        int succeeded = 0;
        int stale = 0;
        int busy = 0;
        for (int a = 0; a < AGENTS; a++) {
            int[] c = agents.get(a).get();
            succeeded += c[0];
            stale += c[1];
            busy += c[2];
            assertEquals(c[0], count(Path.of(db), "SELECT count(*) FROM events WHERE actor = 'agent" + a + "'"),
                    "agent" + a + ": one event per successful mutation");
        }
        done.set(true);
        sweeper.get();
        mailer.get();
        pool.shutdown();
        assertEquals(List.of(), problems);
        System.out.printf("FleetIT: %d agents x %d mutations = %d attempted, %d succeeded, %d refused stale (4), "
                + "%d busy (6); %d sweeps, %d mails ingested alongside%n", AGENTS, MUTATIONS, AGENTS * MUTATIONS,
                succeeded, stale, busy, sweeps.get(), ingests.get());
        assertTrue(succeeded > 0);
        assertSound(Path.of(db));
        assertTrue(Files.exists(Path.of(db)));
    }
}
