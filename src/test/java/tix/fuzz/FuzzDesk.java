package tix.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import tix.TixRunner;

/**
 * One real desk (a SQLite file made by `tix init`) that every fuzz input runs against, through the real entry point,
 * and the promise each run must keep: one of the expected exit codes, never 1 (internal error); on a refusal nothing
 * on stdout, one line `tix: ...` on stderr, no stack trace, and the file byte for byte as it was.
 */
final class FuzzDesk {
    private static TixRunner desk;

    private FuzzDesk() {
        throw new AssertionError();
    }

    static synchronized TixRunner desk() {
        if (desk == null) {
            try {
                Path dir = Files.createTempDirectory("tix-fuzz-");
                desk = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
                desk.ok("init");
                desk.ok("agent", "add", "ana");
                desk.ok("queue", "set", "support", "--add-address", "support@example.com");
                desk.ok("create", "--title", "Printer on fire", "--requester", "carla@example.com", "--body", "Smoke");
                desk.ok("create", "--title", "Login loops", "--requester", "dan@example.org");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return desk;
    }

    /** Text from fuzz bytes as a command-line word: any UTF-8 (malformed bytes replaced), no NUL (argv cannot hold one). */
    static String word(byte[] data, int from, int to) {
        return new String(Arrays.copyOfRange(data, from, to), StandardCharsets.UTF_8).replace('\0', ' ');
    }

    static TixRunner.Result check(Set<Integer> allowed, byte[] stdin, String... args) {
        TixRunner tix = desk();
        byte[] before = tix.bytes();
        TixRunner.Result r = tix.runWithBytes(stdin, args);
        String what = String.join(" ", args) + "\n" + r;
        assertTrue(allowed.contains(r.code()), "exit " + r.code() + " not in " + allowed + ": " + what);
        // (a refusal may quote the value, whatever it says: only tix's own internal-error line counts)
        assertFalse(r.err().contains("\tat ") || r.err().startsWith("tix: internal error"), what);
        if (r.code() != 0) {
            assertEquals("", r.out(), what);
            assertTrue(r.err().startsWith("tix: ") && r.err().endsWith("\n") && r.err().strip().lines().count() == 1,
                    "one line on stderr: " + what);
            assertArrayEquals(before, tix.bytes(), "a refused command changed the file: " + what);
        }
        return r;
    }

    static TixRunner.Result check(Set<Integer> allowed, String... args) {
        return check(allowed, new byte[0], args);
    }
}
