package tix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import tix.TixRunner;

/**
 * A desk for CLI tests: a fresh database initialised by the admin {@code lead} at a fixed time, and the few steps
 * every test repeats. Everything goes through the real entry point; only {@link #sql} reaches into the file, for
 * states no core command can make (a suspended ticket).
 */
final class Desk {
    static final String T0 = "2026-11-23T09:00:00Z";

    final TixRunner tix;

    Desk(Path dir) {
        tix = new TixRunner(dir).as("lead").at(T0);
        tix.ok("init");
    }

    /** Creates a ticket with a customer message and returns its id. */
    long create(String title, String... more) {
        String[] args = new String[6 + more.length + 1];
        args[0] = "create";
        args[1] = "--title";
        args[2] = title;
        args[3] = "--requester";
        args[4] = "carla@example.com";
        args[5] = "--body=Hello, " + title;
        System.arraycopy(more, 0, args, 6, more.length);
        args[args.length - 1] = "--json";
        return tix.ok(args).json().get("id").asLong();
    }

    JsonNode show(long id) {
        return tix.ok("show", String.valueOf(id), "--json").json();
    }

    String status(long id) {
        return show(id).get("status").asText();
    }

    /** The ticket's own version (not that of a merge target, which `show` redirects to). */
    long version(long id) {
        for (JsonNode t : tix.ok("list", "--status", "new,open,pending,waiting,hold,review,resolved,closed,suspended",
                "--json", "id,version").json()) {
            if (t.get("id").asLong() == id) return t.get("version").asLong();
        }
        throw new AssertionError("no ticket #" + id);
    }

    void agent(String login, String role) {
        tix.ok("agent", "add", login, "--role", role);
    }

    /** Runs a command that must be refused with {@code code}, and checks that the file did not change at all. */
    TixRunner.Result refused(int code, String... args) {
        byte[] bytes = tix.bytes();
        String dump = tix.dump();
        TixRunner.Result r = tix.run(args);
        assertEquals(code, r.code(), () -> "tix " + String.join(" ", args) + "\n" + r);
        assertEquals("", r.out(), "a refused command prints nothing on stdout");
        assertTrue(r.err().startsWith("tix: ") && r.err().strip().lines().count() == 1,
                () -> "one line 'tix: ...' on stderr: " + r.err());
        assertEquals(dump, tix.dump(), () -> "the database changed: tix " + String.join(" ", args));
        assertArrayEquals(bytes, tix.bytes(), () -> "the file's bytes changed: tix " + String.join(" ", args));
        return r;
    }

    /** Direct SQL, for states that only other subsystems (mail) can produce. */
    void sql(String statement) {
        tix.sql(statement);
    }
}
