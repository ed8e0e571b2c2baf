package tix.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A tix process started in the background, to be signalled while it works. SIGINT is reset to its default first
 * (perl), because a process started from a background job inherits SIGINT ignored and the JVM then never sees it.
 */
final class Spawn {
    /** How long the fleet tests and the soak profile run: -Dtix.soak=true gives the full size. */
    static final boolean SOAK = Boolean.getBoolean("tix.soak");

    final Process process;
    private final Path out;
    private final Path err;

    Spawn(Path home, List<String> tixArgs) {
        this(home, tixArgs, java.util.Map.of());
    }

    Spawn(Path home, List<String> tixArgs, java.util.Map<String, String> env) {
        List<String> cmd = new ArrayList<>(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die", "--",
                Proc.JAVA.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-jar",
                Proc.JAR.toString()));
        cmd.addAll(tixArgs);
        try {
            Files.createDirectories(home);
            out = Files.createTempFile(home, "out", ".txt");
            err = Files.createTempFile(home, "err", ".txt");
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                            Path.of("/dev/null").toFile()));
            pb.environment().put("HOME", home.toString());
            pb.environment().put("USER", "lead");
            pb.environment().remove("TIX_DB");
            pb.environment().putAll(env);
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void signal(String name) {
        try {
            new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Proc.Result await() {
        try {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out");
            }
            return new Proc.Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            try {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            } catch (IOException ignored) {
                // temporary files in the test's own directory
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
