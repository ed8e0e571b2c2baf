package tix.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs tix as a real process: the built jar ({@code -Dtix.jar}, set by failsafe) or the {@code ./tix} launcher, with
 * its own HOME and XDG directories, bytes on stdin, and exit code, stdout and stderr back.
 */
final class Proc {
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** The project directory (where ./tix is): failsafe runs in it. */
    static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    static final Path JAR = Path.of(System.getProperty("tix.jar", ROOT.resolve("target/tix.jar").toString()));
    /** The JVM running the tests (the JDK Maven runs on, 17 or newer). */
    static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private final Path home;
    private final Map<String, String> env = new HashMap<>();

    Proc(Path home) {
        this.home = home;
        env.put("HOME", home.toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        env.put("USER", "lead");
        env.put("PATH", System.getenv("PATH"));
        env.put("LANG", "C.UTF-8");
        env.put("TIX_NO_BUILD", "1"); // the jar under test was just built by Maven: never start a nested build
        // a warm server the launcher starts lives in the test's own directory, leaves after 30 s without a command,
        // and is stopped when the tests end (stopServers)
        env("XDG_RUNTIME_DIR", home.resolve("run").toString());
        env.put("TIX_SERVER_IDLE", "30");
    }

    Proc env(String name, String value) {
        if (value == null) env.remove(name);
        else env.put(name, value);
        if (name.equals("XDG_RUNTIME_DIR") && value != null) RUNTIME_DIRS.add(Path.of(value));
        return this;
    }

    /** Every XDG_RUNTIME_DIR given to a launcher: where the servers it started keep their pid files. */
    private static final java.util.Set<Path> RUNTIME_DIRS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Proc::stopServers, "stop-tix-servers"));
    }

    /**
     * Stops the warm servers that launchers started under any runtime directory these tests gave them (SIGTERM, and
     * waits for them to go), so no test leaves a JVM behind.
     */
    static void stopServers() {
        for (Path run : RUNTIME_DIRS) {
            Path tix = run.resolve("tix");
            if (!Files.isDirectory(tix)) continue;
            try (var s = Files.list(tix)) {
                for (Path pid : s.filter(p -> p.toString().endsWith(".sock.pid")).toList()) {
                    try {
                        ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(h -> {
                            if (h.info().commandLine().orElse("").contains("tix.server.Server")) {
                                h.destroy();
                                try {
                                    h.onExit().get(10, TimeUnit.SECONDS);
                                } catch (Exception e) {
                                    h.destroyForcibly();
                                }
                            }
                        });
                    } catch (IOException | NumberFormatException e) {
                        // gone meanwhile, or a pid file being written: nothing to stop
                    }
                }
            } catch (IOException e) {
                // the directory went with its test
            }
        }
    }

    Path home() {
        return home;
    }

    /** The environment a command gets (for a terminal started with exactly it). */
    Map<String, String> environment() {
        return Map.copyOf(env);
    }

    /** A process builder for {@code cmd} with this environment, in the home directory (for tests that signal it). */
    ProcessBuilder builder(List<String> cmd) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        return pb;
    }

    /** {@code java [jvmOptions] -jar tix.jar args}, with the launcher's start-up flags (tests start many JVMs). */
    Result jar(List<String> jvmOptions, String stdin, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(JAVA.toString());
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData"));
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(JAR.toString());
        cmd.addAll(List.of(args));
        return run(cmd, stdin);
    }

    Result jar(String... args) {
        return jar(List.of(), "", args);
    }

    /** {@code ./tix args} through the launcher script. */
    Result launcherWithInput(String stdin, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ROOT.resolve("tix").toString());
        cmd.addAll(List.of(args));
        return run(cmd, stdin);
    }

    Result launcher(String... args) {
        return launcherWithInput("", args);
    }

    /** {@code bash -c script}, for pipes. */
    Result bash(String script) {
        return run(List.of("bash", "-c", script), "");
    }

    Result run(List<String> cmd, String stdin) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        try {
            Files.createDirectories(home);
            Process p = pb.start();
            CompletableFuture<byte[]> out = drain(p.getInputStream());
            CompletableFuture<byte[]> err = drain(p.getErrorStream());
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the command did not read its input: fine
            }
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            return new Result(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                in.transferTo(buf);
                return buf.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> {
            Thread t = new Thread(task, "drain");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Fails with the whole result unless the exit code is 0 and stderr is empty. */
    static Result ok(Result r) {
        if (r.code() != 0 || !r.err().isEmpty()) throw new AssertionError("expected a clean success\n" + r);
        return r;
    }
}
