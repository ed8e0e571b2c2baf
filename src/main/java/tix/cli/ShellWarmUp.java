package tix.cli;

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
import java.util.function.Function;
import picocli.CommandLine;
import tix.app.Store;

/**
 * Compiles the shell's everyday path before the user needs it. The JIT compiles a method after a couple of hundred
 * calls, and most of what one command runs (picocli's parse, the command, the store's calls, the renderer, the
 * prompt's counts) is called once a command: in a new shell the first hundreds of commands ran interpreted, 10-14 ms
 * from Enter to the prompt for a `show` that takes 2.5 ms once compiled. So, while the user reads the first prompt and
 * types, a background thread runs those commands a few hundred times on a scratch desk of its own (a new file in a
 * temporary directory, deleted at the end; the user's desk is never opened), through a command line built as the
 * shell's own, with output thrown away. It steps aside while a command of the user's runs and stops when the shell
 * ends. {@code TIX_SHELL_WARMUP=0} turns it off.
 */
final class ShellWarmUp implements Runnable {
    /** Rounds of the everyday commands: enough for every method they call once a command to pass the JIT's bar. */
    static final int ROUNDS = 220;

    private final Function<Path, Store> open;
    private volatile boolean stopped;
    private volatile boolean busy;
    private final Thread thread;

    private ShellWarmUp(Function<Path, Store> open) {
        this.open = open;
        thread = new Thread(this, "shell-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    /** Starts a warm-up in the background, or returns one that does nothing when {@code env} turns it off. */
    static ShellWarmUp start(Env env, Function<Path, Store> open) {
        ShellWarmUp w = new ShellWarmUp(open);
        if ("0".equals(env.var("TIX_SHELL_WARMUP"))) {
            w.stopped = true;
        } else {
            w.thread.start();
        }
        return w;
    }

    /** Says whether a command of the user's runs now (the warm-up waits for it to end). */
    void busy(boolean b) {
        busy = b;
    }

    /** Stops the warm-up and waits (a moment at most) for its scratch desk to be removed. */
    void stop() {
        stopped = true;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void run() {
        Path dir = null;
        KeptStores stores = new KeptStores(open);
        try {
            dir = Files.createTempDirectory("tix-shell-warm-");
            // a shell that ends (or is ended by a signal) before the warm-up has finished leaves no scratch desk
            // behind: deleteOnExit removes in the reverse order of registration, so the files before their directory
            dir.toFile().deleteOnExit();
            for (String f : List.of("warm.db", "warm.db-wal", "warm.db-shm", "warm.db-journal")) {
                dir.resolve(f).toFile().deleteOnExit();
            }
            String db = dir.resolve("warm.db").toString();
            Map<String, String> vars = Scratch.vars(dir, db);
            Env env = new Env(vars, new ByteArrayInputStream(new byte[0]), true, true, true);
            PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
            CommandLine cl = Tix.commandLine(env, stores, sink, sink);
            TixCommand root = (TixCommand) cl.getCommand();
            root.inShell = true;
            List<List<String>> setUp = List.of(List.of("init"),
                    List.of("create", "--title", "Cannot log in after password reset", "--requester", "carla@example.com",
                            "--tag", "login", "--body", "The login page reloads."),
                    List.of("create", "--title", "Invoice shows the wrong VAT rate", "--requester", "dan@example.org",
                            "--body", "VAT is 23%."),
                    List.of("take", "1"));
            for (List<String> line : setUp) {
                if (!execute(cl, root, line)) return;
            }
            List<List<String>> day = List.of(List.of("show", "1"), List.of("list", "--limit", "50"),
                    List.of("tag", "1", "+sso"), List.of("tag", "1", "-sso"));
            List<String> base = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (List<String> line : day) {
                    if (!execute(cl, root, line)) return;
                }
                if (!pause()) return;
                ShellCommand.prompt(cl, base);
            }
        } catch (IOException | RuntimeException e) {
            // a warm-up that cannot run only leaves the first commands slower
        } finally {
            stores.closeAll();
            if (dir != null) Scratch.delete(dir);
        }
    }

    private boolean execute(CommandLine cl, TixCommand root, List<String> line) {
        if (!pause()) return false;
        try {
            cl.execute(Tix.normalise(line.toArray(new String[0])));
        } finally {
            root.close();
        }
        return true;
    }

    /** Waits while a command of the user's runs; false once stopped. */
    private boolean pause() {
        while (busy && !stopped) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return false;
            }
        }
        return !stopped;
    }
}
