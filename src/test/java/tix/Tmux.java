package tix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real terminal: a private tmux server running one program in a window of fixed size. Tests type keys into it
 * and read the screen, as a person would.
 */
public final class Tmux implements AutoCloseable {
    private final String socket = "tixtest-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    /** Starts {@code command} with exactly the environment {@code env} in a {@code cols} x {@code rows} window. */
    public Tmux(Map<String, String> env, int cols, int rows, String... command) {
        List<String> argv = new ArrayList<>(List.of("new-session", "-d", "-s", "t", "-x", String.valueOf(cols),
                "-y", String.valueOf(rows), "env", "-i"));
        env.forEach((k, v) -> argv.add(k + "=" + v));
        argv.addAll(List.of(command));
        tmux(argv.toArray(new String[0]));
    }

    /** Types {@code text} literally. */
    public Tmux type(String text) {
        tmux("send-keys", "-t", "t", "-l", text);
        return this;
    }

    /** Presses keys by tmux name: Tab, Enter, C-c, C-u, Escape ... */
    public Tmux press(String... keys) {
        List<String> argv = new ArrayList<>(List.of("send-keys", "-t", "t"));
        argv.addAll(List.of(keys));
        tmux(argv.toArray(new String[0]));
        return this;
    }

    /** The visible screen, trailing blank lines removed. */
    public String screen() {
        return tmux("capture-pane", "-p", "-t", "t").replaceAll("\\s+$", "");
    }

    /** Waits until the screen satisfies {@code test}; fails with the screen after {@code timeout}. */
    public String await(String what, Predicate<String> test, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        String s = screen();
        while (!test.test(s)) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what + "; screen:\n" + s);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            s = screen();
        }
        return s;
    }

    public String await(String what, Predicate<String> test) {
        return await(what, test, Duration.ofSeconds(30));
    }

    /** The last non-blank line of the screen. */
    public String lastLine() {
        String[] lines = screen().split("\n");
        return lines[lines.length - 1];
    }

    /** Ends the terminal and waits (up to 10 s) until its program and everything it started have exited. */
    @Override
    public void close() {
        List<ProcessHandle> procs = new ArrayList<>();
        try {
            for (String pid : tmux("list-panes", "-s", "-t", "t", "-F", "#{pane_pid}").trim().split("\\s+")) {
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(h -> {
                    procs.add(h);
                    h.descendants().forEach(procs::add);
                });
            }
        } catch (AssertionError | NumberFormatException ignored) {
            // the program has already ended
        }
        try {
            tmux("kill-server");
        } catch (AssertionError ignored) {
            // already gone with its program
        }
        long end = System.nanoTime() + 10_000_000_000L;
        for (ProcessHandle h : procs) {
            while (h.isAlive() && System.nanoTime() < end) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private String tmux(String... args) {
        List<String> argv = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        argv.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("tmux " + String.join(" ", args) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("tmux is needed for terminal tests (.ci/run installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Writes an executable {@code tix} into {@code bin} that runs this build (the test classpath) in a new JVM,
     * the way the real launcher runs the jar.
     */
    public static Path launcher(Path bin) throws IOException {
        Files.createDirectories(bin);
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path tix = bin.resolve("tix");
        // TIX_JAVA_OPTS as the real launcher takes it (a test's -Djava.io.tmpdir, for one)
        Files.writeString(tix, "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -Xshare:auto ${TIX_JAVA_OPTS:-} -cp '"
                + cp + "' tix.Main \"$@\"\n");
        Files.setPosixFilePermissions(tix, PosixFilePermissions.fromString("rwxr-xr-x"));
        return tix;
    }

    /** PATH for a test shell: {@code bin} first, then the system's. */
    public static String path(Path bin) {
        return bin + ":/usr/local/bin:/usr/bin:/bin";
    }
}
