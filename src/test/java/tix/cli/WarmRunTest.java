package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.Stores;

/**
 * The warm server's way of running commands ({@link Tix.Warm}: one command line per command and one open desk kept
 * across runs) gives what a fresh JVM gives: the same argument sets, differing from run to run in options, values,
 * agent, format and desk, print the same and exit the same through both paths. And a kept desk follows its file
 * when the file is replaced.
 */
class WarmRunTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) { }

    private Map<String, String> vars(Path home) {
        Map<String, String> v = new HashMap<>();
        v.put("HOME", home.toString());
        v.put("XDG_DATA_HOME", home.resolve("data").toString());
        v.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        v.put("USER", "admin");
        return v;
    }

    private Run run(Tix.Warm warm, Path home, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Env env = new Env(Map.copyOf(vars(home)), new ByteArrayInputStream(stdin.getBytes()), false, false);
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        int code = warm == null ? Tix.run(args, env, new Stores(), o, e)
                : Tix.run(args, env, warm, o, e, c -> { });
        return new Run(code, out.toString(), err.toString());
    }

    private static String[] on(Path db, String... args) {
        return on(db.toString(), args);
    }

    private static String[] on(String location, String... args) {
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("--db", location, "--now", "2026-11-23T09:00:00Z"));
        return a.toArray(new String[0]);
    }

    /** On the PostgreSQL run of the suite: a kept connection per URL gives what a new one per command gives. */
    @Test
    void aPostgresqlDeskServedWarmAnswersAsAFreshConnection() {
        org.junit.jupiter.api.Assumptions.assumeTrue(tix.PgCluster.enabled(), "the PostgreSQL run only");
        Path home = dir.resolve("pg");
        String plainUrl = tix.PgCluster.get().newDatabase();
        String warmUrl = tix.PgCluster.get().newDatabase();
        List<String[]> script = List.of(
                new String[] {"init"},
                new String[] {"create", "--title", "Printer jam", "--requester", "a@example.com", "--body", "Jam",
                        "--tag", "printer"},
                new String[] {"create", "--title", "VPN down", "--requester", "b@example.com", "--body", "No VPN"},
                new String[] {"show", "1"},
                new String[] {"list", "--tag", "printer", "--json", "id,title,tags"},
                new String[] {"tag", "2", "+vpn"},
                new String[] {"show", "2", "--json", "id,tags,version"},
                new String[] {"show", "7"},
                new String[] {"search", "printer"});
        try (Tix.Warm warm = new Tix.Warm(new Stores())) {
            for (String[] args : script) {
                Run plain = run(null, home, "", on(plainUrl, args));
                Run served = run(warm, home, "", on(warmUrl, args));
                String what = "tix " + String.join(" ", args);
                assertEquals(plain.code(), served.code(), what + "\n" + plain + "\n" + served);
                assertEquals(plain.out().replace(plainUrl, "URL"), served.out().replace(warmUrl, "URL"), what);
                assertEquals(plain.err().replace(plainUrl, "URL"), served.err().replace(warmUrl, "URL"), what);
            }
        }
    }

    @Test
    void differingArgumentSetsThroughOneWarmCommandLineMatchFreshRuns() throws Exception {
        Path plainHome = Files.createDirectories(dir.resolve("plain"));
        Path warmHome = Files.createDirectories(dir.resolve("warm"));
        List<String[]> script = List.of(
                new String[] {"init"},
                new String[] {"agent", "add", "ana", "--role", "agent"},
                new String[] {"agent", "add", "admin", "--role", "admin"},
                new String[] {"create", "--title", "Printer jam", "--requester", "a@example.com", "--body", "Jam",
                        "--priority", "high", "--tag", "printer", "--tag", "floor2"},
                new String[] {"create", "--title", "VPN down", "--requester", "b@example.com", "--body", "No VPN"},
                new String[] {"create", "--title", "Mouse", "--body", "-", "--json"},
                new String[] {"list", "--tag", "printer", "--status", "new", "--sort", "-priority", "--json"},
                new String[] {"list"},
                new String[] {"list", "--limit", "1", "--csv"},
                new String[] {"list", "--json", "id,title"},
                new String[] {"ls", "--unassigned", "--requester", "b@example.com"},
                new String[] {"tag", "1", "+urgent", "-floor2"},
                new String[] {"tag", "2", "+vpn"},
                new String[] {"show", "1", "--json"},
                new String[] {"show", "1"},
                new String[] {"show", "2", "--explain"},
                new String[] {"show", "99"},
                new String[] {"show", "2", "--as", "vic"},
                new String[] {"tag", "2", "+x", "--as", "vic"},
                new String[] {"tag", "2", "+y"},
                new String[] {"priority", "2", "low", "--as", "ana"},
                new String[] {"priority", "2", "nonsense"},
                new String[] {"search", "printer"},
                new String[] {"search", "vpn", "--json"},
                new String[] {"show", "2", "-q"},
                new String[] {"list", "--status", "closed"},
                new String[] {"history", "1"},
                new String[] {"nosuchcommand"},
                new String[] {"show", "--json", "2"});
        Path plainDb = plainHome.resolve("desk.db");
        Path warmDb = warmHome.resolve("desk.db");
        try (Tix.Warm warm = new Tix.Warm(new Stores())) {
            for (String[] args : script) {
                Run plain = run(null, plainHome, "Squeaks", on(plainDb, args));
                Run served = run(warm, warmHome, "Squeaks", on(warmDb, args));
                String what = "tix " + String.join(" ", args);
                assertEquals(plain.code(), served.code(), what);
                assertEquals(plain.out().replace(plainHome.toString(), "HOME"),
                        served.out().replace(warmHome.toString(), "HOME"), what);
                assertEquals(plain.err().replace(plainHome.toString(), "HOME"),
                        served.err().replace(warmHome.toString(), "HOME"), what);
            }
        }
    }

    @Test
    void aKeptDeskFollowsItsFileWhenTheFileIsReplaced() throws Exception {
        Path home = Files.createDirectories(dir.resolve("h"));
        Path a = home.resolve("a.db");
        Path b = home.resolve("b.db");
        // two desks made by plain runs (closed, so each is whole in its file)
        assertEquals(0, run(null, home, "", on(a, "init")).code());
        assertEquals(0, run(null, home, "", on(b, "init")).code());
        assertEquals(0, run(null, home, "", on(a, "create", "--title", "Only in A", "--requester", "a@example.com",
                "--body", "x")).code());
        assertEquals(0, run(null, home, "", on(b, "create", "--title", "Only in B", "--requester", "b@example.com",
                "--body", "y")).code());
        try (Tix.Warm warm = new Tix.Warm(new Stores())) {
            assertTrue(run(warm, home, "", on(a, "show", "1")).out().contains("Only in A"));
            // another process puts another desk in its place (a copy moved over it)
            Path copy = home.resolve("b-copy.db");
            Files.copy(b, copy);
            Files.move(copy, a, StandardCopyOption.REPLACE_EXISTING);
            Run after = run(warm, home, "", on(a, "show", "1"));
            assertEquals(0, after.code(), after.toString());
            assertTrue(after.out().contains("Only in B"), after.out());
            // deleted and made again by a new init: the new, empty desk
            Files.delete(a);
            assertEquals(0, run(warm, home, "", on(a, "init")).code());
            assertEquals(3, run(warm, home, "", on(a, "show", "1")).code());
            // a newer tix moved the schema on meanwhile: refused as a fresh JVM refuses it, not read with old SQL
            assertEquals(0, run(warm, home, "", on(a, "create", "--title", "New desk", "--requester", "c@example.com",
                    "--body", "z")).code());
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + a);
                 var st = c.createStatement()) {
                st.execute("PRAGMA user_version = " + (tix.store.sqlite.SqliteStore.latestVersion() + 1));
            }
            Run newer = run(warm, home, "", on(a, "show", "1"));
            assertEquals(run(null, home, "", on(a, "show", "1")), newer);
            assertEquals(6, newer.code(), newer.toString());
        }
    }
}
