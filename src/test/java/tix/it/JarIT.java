package tix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.it.Proc.ok;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar as a real process: exit codes, clean streams, stdin bodies and pipes. One desk for the class (each
 * JVM start costs real time); ticket #1 is only read, tests that write make their own tickets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JarIT {
    @TempDir
    static Path dir;

    Proc tix;
    String db;

    @BeforeAll
    void desk() {
        tix = new Proc(dir);
        db = dir.resolve("desk.db").toString();
        ok(tix.jar("--db", db, "--as", "lead", "init"));
        ok(tix.jar("--db", db, "--as", "lead", "create", "--title", "Printer on fire", "--requester",
                "ana@example.com", "--body", "Smoke everywhere"));
    }

    @Test
    void successPrintsOnlyDataOnStdout() throws Exception {
        var r = ok(tix.jar("--db", db, "show", "1"));
        assertTrue(r.out().startsWith("#1 Printer on fire\n"), r.toString());
        assertTrue(r.out().contains("Smoke everywhere"), r.toString());

        var json = ok(tix.jar("--db", db, "show", "1", "--json", "id,title"));
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(mapper.readTree("{\"id\":1,\"title\":\"Printer on fire\"}"), mapper.readTree(json.out()),
                json.toString());
    }

    @Test
    void failuresExitWithTheirCodeAndOneLineOnStderr() {
        var notFound = tix.jar("--db", db, "show", "42");
        assertEquals(3, notFound.code(), notFound.toString());
        assertEquals("", notFound.out());
        assertTrue(notFound.err().startsWith("tix: ") && notFound.err().lines().count() == 1, notFound.toString());

        var usage = tix.jar("--db", db, "show", "1", "--no-such-option");
        assertEquals(2, usage.code(), usage.toString());
        assertEquals("", usage.out());
        assertTrue(usage.err().startsWith("tix: "), usage.toString());

        var conflict = tix.jar("--db", db, "--as", "lead", "close", "1");
        assertEquals(4, conflict.code(), conflict.toString());
        assertEquals(1, conflict.err().lines().count(), conflict.toString());

        Path directory = dir.resolve("a-directory");
        try {
            Files.createDirectory(directory);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var unusable = tix.jar("--db", directory.toString(), "list");
        assertEquals(6, unusable.code(), unusable.toString());
        assertEquals("", unusable.out());
        assertEquals(1, unusable.err().lines().count(), unusable.toString());
    }

    @Test
    void aBodyFromStdinIsStoredWholeAndStdoutMayCloseEarly() throws Exception {
        // 300 KB of UTF-8 through stdin: more than any pipe buffer, so the pipe test below really breaks the pipe
        StringBuilder body = new StringBuilder("Z\u00fcrich office: the printer prints only \"\u20ac\" signs.\n");
        while (body.length() < 300_000) body.append("line ").append(body.length()).append(" \u00e9\u00e8\u00ea\n");
        var created = ok(tix.jar(List.of(), body.toString(), "--db", db, "--as", "lead", "create", "--title",
                "Long story", "--requester", "bob@example.com", "--body", "-", "--json", "id"));
        String id = new ObjectMapper().readTree(created.out()).get("id").asText();
        var shown = ok(tix.jar("--db", db, "show", id, "--json", "messages"));
        var stored = new ObjectMapper().readTree(shown.out()).get("messages").get(0).get("body").asText();
        assertEquals(body.toString().strip(), stored.strip());

        // head reads one line and exits: tix must neither hang nor print a stack trace when its stdout goes away
        var r = tix.bash("'" + Proc.JAVA + "' -jar '" + Proc.JAR + "' --db '" + db + "' show " + id + " | head -1; "
                + "echo \"exit ${PIPESTATUS[0]}\" >&2");
        assertEquals(0, r.code(), r.toString());
        assertEquals("#" + id + " Long story\n", r.out(), r.toString());
        assertEquals("exit 0\n", r.err(), r.toString());
    }

    @Test
    void nothingButTixWritesToStderrOnTheNewestJdk() {
        Path newest = Jdks.newest();
        var r = tix.run(List.of(newest.resolve("bin/java").toString(), "-jar", Proc.JAR.toString(), "--db", db,
                "show", "1"), "");
        ok(r);
    }
}
