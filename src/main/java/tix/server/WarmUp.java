package tix.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import tix.cli.Env;
import tix.cli.Scratch;
import tix.cli.Tix;

/**
 * Compiles the served path once the server listens. {@link Server#warmClasses} runs the everyday commands once before
 * that, so their classes are loaded, but the JIT compiles a method only after a couple of hundred calls, and most of
 * what a command runs (picocli's parse, the command, the store's calls, the renderer, the completion renewal) is called
 * once a command: a new server ran its first couple of hundred commands interpreted, several times slower than once
 * compiled. So a background thread runs the served commands {@link #ROUNDS} times on a scratch desk of its own (a new
 * file in a temporary directory, deleted at the end; the user's desks are never opened), through {@link Tix#run} with
 * a {@link Tix.Warm} of its own as the server runs a client's command, output thrown away. It steps aside while a
 * command of a client's runs (the server's command lock is held or waited for) and stops at the end of its rounds or
 * when the server exits. {@code TIX_SERVER_WARMUP=0} in the server's environment turns it off.
 */
final class WarmUp implements Runnable {
    /** Rounds of the served commands: enough for what they call once a command to pass the JIT's bar. */
    static final int ROUNDS = 250;
    /** The command lines of a round. */
    static final List<List<String>> DAY = List.of(List.of("show", "1"), List.of("list", "--limit", "50"),
            List.of("-q", "create", "--title", "Printer on fire", "--requester", "dan@example.org", "--body", "Smoke."),
            List.of("tag", "1", "+sso"), List.of("tag", "1", "-sso"), List.of("priority", "1", "high"),
            List.of("priority", "1", "medium"), List.of("search", "printer"), List.of("show", "1", "--json"));

    private final ReentrantLock commands;
    private final Path parent;
    private final int rounds;
    private volatile boolean stopped;
    /** The scratch directory, once made. */
    private volatile Path dir;
    /** Command lines run that exited 0 (every one of them, on a warm-up that works). */
    volatile int succeeded;

    /**
     * @param commands the server's command lock (held while a client's command runs)
     * @param parent where the scratch directory is made (null: the system's temporary directory)
     */
    WarmUp(ReentrantLock commands, Path parent, int rounds) {
        this.commands = commands;
        this.parent = parent;
        this.rounds = rounds;
    }

    /** Starts the warm-up in a background thread, unless {@code TIX_SERVER_WARMUP=0}; returns the thread or null. */
    static Thread start(ReentrantLock commands) {
        if ("0".equals(System.getenv("TIX_SERVER_WARMUP"))) return null;
        WarmUp w = new WarmUp(commands, null, ROUNDS);
        Thread t = new Thread(w, "server-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        // a server that exits (idle, its jar changed, a signal) before the warm-up ends leaves no scratch desk: the
        // command under way is cancelled (the store's own hook), the thread removes its directory, or this does
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            w.stop();
            try {
                t.join(1500);
            } catch (InterruptedException e) {
                // exiting: remove what is there
            }
            Path d = w.dir;
            if (d != null) Scratch.delete(d);
        }, "server-warm-up-end"));
        t.start();
        return t;
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        Path scratch = null;
        try (Tix.Warm warm = new Tix.Warm(new tix.Stores())) {
            scratch = parent == null ? Files.createTempDirectory("tix-server-warm-")
                    : Files.createTempDirectory(parent, "tix-server-warm-");
            this.dir = scratch;
            String db = scratch.resolve("warm.db").toString();
            Map<String, String> vars = Scratch.vars(scratch, db);
            if (!run(warm, vars, false, List.of("init"))) return;
            if (!run(warm, vars, false, List.of("create", "--title", "Cannot log in after password reset", "--requester",
                    "carla@example.com", "--tag", "login", "--body", "The login page reloads."))) {
                return;
            }
            for (int round = 0; round < rounds; round++) {
                for (List<String> line : DAY) {
                    // on a terminal (human output, paged by the client) and not (a script's pipe), in turn
                    if (!run(warm, vars, round % 2 == 0, line)) return;
                }
                if (!pause()) return;
                warm.renewCompletion(() -> false);
            }
        } catch (IOException | RuntimeException e) {
            // a warm-up that cannot run only leaves the first commands slower
        } finally {
            if (scratch != null) Scratch.delete(scratch);
        }
    }

    /** Runs one command line as the server runs a client's; false once stopped. */
    private boolean run(Tix.Warm warm, Map<String, String> vars, boolean terminal, List<String> line) {
        if (!pause()) return false;
        Env env = new Env(Map.copyOf(vars), new ByteArrayInputStream(new byte[0]), false, terminal, terminal);
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        if (Tix.run(new ArrayList<>(line).toArray(new String[0]), env, warm, sink, sink, code -> { }) == 0) succeeded++;
        return true;
    }

    /** Waits while a client's command runs or waits to run; false once stopped. */
    private boolean pause() {
        while ((commands.isLocked() || commands.hasQueuedThreads()) && !stopped) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return false;
            }
        }
        return !stopped && !Thread.currentThread().isInterrupted();
    }
}
