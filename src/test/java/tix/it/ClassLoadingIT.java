package tix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.it.Proc.ok;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table-mode commands agents type all day load no JSON, CSV, mail or terminal library: their classes are only
 * paid for by the commands that use them (read from the JVM's own class-loading log).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassLoadingIT {
    private static final List<String> HEAVY = List.of("com.fasterxml.jackson.", "org.apache.commons.csv.",
            "jakarta.mail.", "org.eclipse.angus.", "org.jline.");

    @TempDir
    static Path dir;

    Proc tix;
    String db;

    @BeforeAll
    void desk() {
        tix = new Proc(dir);
        db = dir.resolve("desk.db").toString();
        ok(tix.jar("--db", db, "--as", "lead", "init"));
        ok(tix.jar("--db", db, "--as", "lead", "-q", "create", "--title", "Printer on fire", "--requester",
                "ana@example.com", "--body", "Smoke everywhere", "--tag", "hardware"));
    }

    @Test
    void showAndListInTableModeLoadNoHeavyLibrary() throws IOException {
        for (List<String> args : List.of(List.of("show", "1"), List.of("list"))) {
            List<String> loaded = loadedBy(args);
            List<String> heavy = loaded.stream().filter(c -> HEAVY.stream().anyMatch(c::startsWith))
                    .collect(Collectors.toList());
            assertEquals(List.of(), heavy, "tix " + args + " loaded");
            assertTrue(loaded.contains("tix.render.Text"), "the log is read: " + loaded.size() + " classes");
        }
    }

    @Test
    void jsonLoadsJackson() throws IOException {
        List<String> loaded = loadedBy(List.of("show", "1", "--json"));
        assertTrue(loaded.stream().anyMatch(c -> c.startsWith("com.fasterxml.jackson.")), "Jackson is loaded for --json");
        assertTrue(loaded.stream().noneMatch(c -> c.startsWith("org.apache.commons.csv.")), "no CSV for --json");
    }

    private List<String> loadedBy(List<String> args) throws IOException {
        Path log = dir.resolve("classes-" + String.join("-", args) + ".log");
        String[] argv = new String[args.size() + 2];
        argv[0] = "--db";
        argv[1] = db;
        for (int i = 0; i < args.size(); i++) argv[i + 2] = args.get(i);
        ok(tix.jar(List.of("-Xshare:off", "-Xlog:class+load=info:file=" + log), "", argv));
        // lines look like: [0.123s][info][class,load] com.example.Foo source: jar:file:...
        return Files.readAllLines(log).stream().map(l -> l.substring(l.indexOf("] ", l.lastIndexOf("[class")) + 2))
                .map(l -> l.split(" ", 2)[0]).collect(Collectors.toList());
    }
}
