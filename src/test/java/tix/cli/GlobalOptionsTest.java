package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** SPEC §5 global options and §7 "Option position": before or after the subcommand, and where --db and --as come from. */
class GlobalOptionsTest {
    @TempDir
    Path dir;

    @Test
    void globalOptionsStandBeforeOrAfterTheSubcommand() {
        Desk desk = new Desk(dir);
        desk.create("Position");
        String db = desk.tix.location();
        // TixRunner always appends --db, so these runs call the entry point with exactly the arguments shown
        TixRunner.Result before = run(dir, "--db", db, "--as", "lead", "--json", "show", "1");
        TixRunner.Result after = run(dir, "show", "1", "--db", db, "--as", "lead", "--json");
        assertEquals(0, before.code(), before.toString());
        assertEquals(before.out(), after.out());
        assertEquals(1, before.json().get("id").asInt());
        TixRunner.Result q = run(dir, "--db", db, "-q", "--as", "lead", "--now", "2026-11-23T10:00:00Z", "tag", "1", "+x");
        assertEquals(0, q.code(), q.toString());
        assertEquals("", q.out(), "--quiet prints nothing on success");
        JsonNode t = run(dir, "--db", db, "show", "1", "--json").json();
        assertEquals("2026-11-23T10:00:00Z", t.get("updated_at").asText(), "--now is the time of the change");
    }

    @Test
    void theDatabaseAndTheAgentComeFromTheEnvironmentThenTheConfigFile() throws Exception {
        Path db = dir.resolve("env.db");
        TixRunner.Result r = runEnv(dir, "TIX_DB", db.toString(), "TIX_AGENT", "envy", "init");
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.exists(db));
        assertTrue(r.out().contains("envy as admin"), r.out());
        Path config = Files.createDirectories(dir.resolve("config/tix")).resolve("config");
        Path other = dir.resolve("configured.db");
        Files.writeString(config, "db = " + other + "\nagent = confy\n");
        r = runEnv(dir, null, null, null, null, "init");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("confy as admin") && r.out().contains(other.toString()), r.out());
    }

    @Test
    void helpAndVersionAndOnlyInitCreatesADeskPrivately() throws Exception {
        TixRunner.Result help = run(dir, "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("escalate") && help.out().contains("Exit codes:"), help.out());
        TixRunner.Result version = run(dir, "--version");
        assertEquals(0, version.code());
        assertTrue(version.out().strip().matches("tix \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"),
                "--version prints the project's version: " + version.out());
        Path db = dir.resolve("deep/new/tix.db");
        TixRunner.Result list = run(dir, "--db", db.toString(), "list");
        assertEquals(3, list.code(), list.toString());
        assertEquals("tix: no desk at " + db + " (create it with 'tix init')\n", list.err());
        assertFalse(Files.exists(dir.resolve("deep")), "a missing desk is never conjured, nor its directory");
        assertEquals(0, run(dir, "--db", db.toString(), "init").code());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(db.getParent())));
        assertEquals(0, run(dir, "--db", db.toString(), "list").code());
    }

    @Test
    void quietAdministrationCommandsPrintNothingButStillAct() {
        Desk desk = new Desk(dir);
        String db = desk.tix.location();
        String[][] commands = {
            {"queue", "add", "billing"},
            {"team", "add", "product"},
            {"tagset", "add", "area", "Omnichannel"},
            {"agent", "add", "ana", "--name", "Ana Lima"},
            {"tier", "add", "t6", "--after", "t5"},
            {"doc", "add", "--title", "Passwords", "--body", "Reset them."},
            {"known", "create", "--title", "Login loops"},
            {"macro", "add", "thanks", "--body", "Thanks!"},
        };
        for (String[] c : commands) {
            String[] args = new String[c.length + 5];
            System.arraycopy(new String[] {"--db", db, "--as", "lead", "-q"}, 0, args, 0, 5);
            System.arraycopy(c, 0, args, 5, c.length);
            TixRunner.Result r = run(dir, args);
            assertEquals(0, r.code(), r.toString());
            assertEquals("", r.out(), String.join(" ", c) + " -q prints nothing");
        }
        TixRunner.Result shown = run(dir, "--db", db, "--as", "lead", "agent", "show", "ana", "--json");
        assertEquals("Ana Lima", shown.json().get("name").asText(), "the quiet add still added");
        assertEquals("billing", run(dir, "--db", db, "queue", "show", "billing", "--json").json().get("name").asText());
    }

    @Test
    void aJsonFieldNamedLikeACommandIsAFieldAfterTheCommand() {
        Desk desk = new Desk(dir);
        desk.create("Fields");
        String db = desk.tix.location();
        TixRunner.Result spaced = run(dir, "--db", db, "show", "1", "--json", "status");
        assertEquals(0, spaced.code(), spaced.toString());
        assertEquals("new", spaced.json().get("status").asText());
        assertEquals(1, spaced.json().size(), "only the status field");
        assertEquals(spaced.out(), run(dir, "--db", db, "show", "1", "--json=status").out());
        // before the command, the same word is still the command
        TixRunner.Result before = run(dir, "--db", db, "--as", "lead", "--json", "status", "1", "open");
        assertEquals(0, before.code(), before.toString());
        assertEquals("open", before.json().get("status").asText());
    }

    /** Runs the real entry point with exactly these arguments (no --db added). */
    static TixRunner.Result run(Path home, String... args) {
        return runEnv(home, null, null, null, null, args);
    }

    static TixRunner.Result runEnv(Path home, String k1, String v1, String k2, String v2, String... args) {
        java.util.Map<String, String> vars = new java.util.HashMap<>();
        vars.put("HOME", home.toString());
        vars.put("XDG_DATA_HOME", home.resolve("data").toString());
        vars.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        vars.put("USER", "admin");
        if (k1 != null) vars.put(k1, v1);
        if (k2 != null) vars.put(k2, v2);
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        Env env = new Env(vars, new java.io.ByteArrayInputStream(new byte[0]), false, false);
        int code = tix.Main.run(args, env, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        return new TixRunner.Result(code, out.toString(), err.toString());
    }
}
