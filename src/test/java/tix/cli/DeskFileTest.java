package tix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.Main;
import tix.TixRunner;
import tix.store.sqlite.SqliteStore;

/**
 * The desk's file as a whole: opened and never conjured, backed up, restored, checked, and migrated from every
 * earlier schema version.
 */
class DeskFileTest {
    @TempDir
    Path dir;

    /** Every command that reads or writes a desk, given a path where none is. */
    static final List<List<String>> DESK_COMMANDS = List.of(
            List.of("list"), List.of("sweep"), List.of("show", "1"), List.of("search", "printer"), List.of("stats"),
            List.of("create", "--title", "t", "--requester", "a@example.com"), List.of("history", "1"),
            List.of("agent", "list"), List.of("queue", "list"), List.of("export"), List.of("bulk", "close", "--ids", "1"),
            List.of("mail", "outbox"), List.of("mail", "send"), List.of("check"), List.of("sla", "explain", "1"),
            List.of("config", "export"), List.of("note", "1", "--body", "x"), List.of("take", "1"));

    @Test
    void aMissingOrEmptyDeskIsNamedNeverConjured() throws Exception {
        Path missing = dir.resolve("typo/tix.db");
        for (List<String> cmd : DESK_COMMANDS) {
            TixRunner.Result r = runAt(missing, cmd);
            assertEquals(3, r.code(), cmd + "\n" + r);
            assertEquals("", r.out(), cmd + "\n" + r);
            assertEquals("tix: no desk at " + missing + " (create it with 'tix init')\n", r.err(), cmd.toString());
            assertFalse(Files.exists(missing.getParent()), cmd + " created " + missing.getParent());
        }
        Path empty = Files.createFile(dir.resolve("empty.db"));
        TixRunner.Result r = runAt(empty, List.of("sweep"));
        assertEquals(3, r.code(), r.toString());
        assertEquals(0, Files.size(empty), "an empty file is not made a desk by sweep");
        // the creating commands: init, import --create, restore
        assertEquals(0, runAt(missing, List.of("init")).code());
        assertTrue(Files.size(missing) > 0);
        Path imported = dir.resolve("imported.db");
        assertEquals(3, runAt(imported, "[]", List.of("import", "-")).code());
        assertFalse(Files.exists(imported));
        assertEquals(0, runAt(imported, "[]", List.of("import", "--create", "-")).code());
        assertEquals("ok", one(imported, "PRAGMA integrity_check"));
    }

    @Test
    void theDefaultPathIsOnlyCreatedByInitAndCronGetsTheRealCause() throws IOException {
        // cron: no TIX_DB, no config, a HOME where nobody ran tix init
        Map<String, String> vars = new HashMap<>();
        vars.put("HOME", dir.toString());
        vars.put("USER", "lead");
        Path dflt = dir.resolve(".local/share/tix/tix.db");
        TixRunner.Result r = main(vars, "sweep");
        assertEquals(3, r.code(), r.toString());
        assertEquals("tix: no desk at " + dflt + " (create it with 'tix init', or give --db PATH or TIX_DB)\n", r.err());
        assertFalse(Files.exists(dir.resolve(".local")));
        assertEquals(0, main(vars, "init").code());
        assertEquals("rwx------", perms(dflt.getParent()));
        assertEquals("rw-------", perms(dflt));
        assertEquals(0, main(vars, "sweep").code());
    }

    @Test
    void aLockFileThatCannotBeMadeSaysWhyOnce() throws IOException {
        Desk desk = new Desk(dir);
        Files.createDirectory(dir.resolve("tix.db.sweep.lock"));
        TixRunner.Result r = desk.tix.run("sweep");
        assertEquals(6, r.code(), r.toString());
        Path lock = dir.resolve("tix.db.sweep.lock");
        assertEquals("tix: cannot create the lock file " + lock + " (Is a directory)\n", r.err());
    }

    @Test
    void aSqliteFileOfAnotherProgramIsNeverWritten() throws Exception {
        Path other = dir.resolve("places.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE bookmarks(url TEXT)");
        }
        byte[] before = Files.readAllBytes(other);
        for (List<String> cmd : List.of(List.of("init"), List.of("list"), List.of("sweep"))) {
            TixRunner.Result r = runAt(other, cmd);
            assertEquals(6, r.code(), r.toString());
            assertEquals("tix: not a tix database: " + other + " (it is a SQLite database of another program; give "
                    + "--db the desk's file)\n", r.err());
        }
        assertArrayEquals(before, Files.readAllBytes(other));
    }

    @Test
    void backupIsAConsistentPrivateCopyAndRestorePutsItBack() throws Exception {
        Desk desk = new Desk(dir);
        long id = desk.create("Printer on fire");
        desk.tix.ok("note", String.valueOf(id), "--body", "toner everywhere");
        Path backup = dir.resolve("backups/monday.db");
        Files.createDirectories(backup.getParent());
        TixRunner.Result r = desk.tix.ok("backup", backup.toString());
        assertEquals("Backed up " + desk.tix.db() + " to " + backup + ".\n", r.out());
        assertEquals("rw-------", perms(backup));
        assertFalse(Files.exists(Path.of(backup + "-wal")), "one self-contained file");
        assertEquals("ok", one(backup, "PRAGMA integrity_check"));
        String atBackup = desk.tix.dump();
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.copy(backup, copy.resolve("tix.db"));
        assertEquals(atBackup, new TixRunner(copy).dump(), "the backup holds every row");

        desk.refused(4, "backup", backup.toString());
        desk.tix.ok("resolve", String.valueOf(id));
        desk.create("Another");
        assertFalse(atBackup.equals(desk.tix.dump()));
        r = desk.tix.ok("restore", backup.toString());
        assertEquals("Restored " + desk.tix.db() + " from " + backup + ".\n", r.out());
        assertEquals(atBackup, desk.tix.dump(), "the desk is exactly as backed up");
        desk.tix.ok("check");

        // restore onto a path with no desk yet creates it (a new machine)
        Path fresh = dir.resolve("fresh.db");
        assertEquals(0, runAt(fresh, List.of("restore", backup.toString())).code());
        assertEquals(one(desk.tix.db(), "SELECT count(*) FROM messages"), one(fresh, "SELECT count(*) FROM messages"));
    }

    @Test
    void restoreRefusesADamagedNewerOrForeignFileAndChangesNothing() throws Exception {
        Desk desk = new Desk(dir);
        desk.create("Printer on fire");
        desk.agent("ana", "agent");
        Path good = dir.resolve("good.db");
        desk.tix.ok("backup", good.toString());

        Path damaged = dir.resolve("damaged.db");
        Files.copy(good, damaged);
        try (RandomAccessFile f = new RandomAccessFile(damaged.toFile(), "rw")) {
            // scribble over the middle of the file: pages of tables and indexes, not the header
            f.seek(f.length() / 2);
            byte[] junk = new byte[8192];
            java.util.Arrays.fill(junk, (byte) 0x5a);
            f.write(junk);
        }
        Path newer = dir.resolve("newer.db");
        Files.copy(good, newer);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE x(a)");
        }
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a database\n".repeat(200));

        assertTrue(desk.refused(7, "restore", damaged.toString()).err().contains("is damaged"));
        assertTrue(desk.refused(7, "restore", newer.toString()).err().contains("was made by a newer tix (schema 99"));
        assertTrue(desk.refused(7, "restore", foreign.toString()).err().contains("is not a tix backup"));
        assertTrue(desk.refused(7, "restore", text.toString()).err().contains("is not a SQLite database"));
        desk.refused(2, "restore", dir.resolve("nope.db").toString());
        desk.tix.as("ana");
        desk.refused(5, "restore", good.toString());
    }

    @Test
    void checkIsQuietlyHappyOnASoundDeskAndNamesEachProblem() throws Exception {
        Desk desk = new Desk(dir);
        long a = desk.create("First");
        long b = desk.create("Second");
        desk.tix.ok("reply", String.valueOf(a), "--body", "hi", "--status", "pending");
        TixRunner.Result ok = desk.tix.ok("check");
        assertEquals("ok: " + desk.tix.db() + ": integrity, foreign keys and 2 live tickets' rules checked, no problems\n",
                ok.out());
        assertEquals("", ok.err());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + desk.tix.db()); Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = 1");
            st.execute("UPDATE tickets SET status = 'frozen' WHERE id = " + b);
            st.execute("PRAGMA foreign_keys = OFF");
            st.execute("INSERT INTO messages(ticket_id, kind, author, body, created_at) VALUES (999, 'note', 'x', 'orphan', 0)");
            st.execute("UPDATE tickets SET next_due_at = NULL WHERE id = " + a);
        }
        byte[] before = desk.tix.bytes();
        TixRunner.Result r = desk.tix.run("check");
        assertEquals(6, r.code(), r.toString());
        assertTrue(r.out().contains("ticket #" + b + " has an unknown status"), r.out());
        assertTrue(r.out().contains("foreign key: messages row"), r.out());
        assertTrue(r.out().contains("belongs to no ticket"), r.out());
        assertTrue(r.out().contains("ticket #" + a + ": its next time rule is due at"), r.out());
        assertTrue(r.err().startsWith("tix: ") && r.err().lines().count() == 1, r.err());
        assertArrayEquals(before, desk.tix.bytes(), "check writes nothing");
        assertFalse(desk.tix.run("check", "--json").json().get("ok").asBoolean());
    }

    @Test
    void everyEarlierSchemaIsMigratedToTheCurrentOne() throws Exception {
        int latest = SqliteStore.latestVersion();
        assertTrue(latest >= 6, "migrations found: " + latest);
        for (int from = 1; from < latest; from++) {
            // numbers a branch left free (the store skips them too) are no schema of their own
            if (SqliteStore.class.getResource(String.format("/tix/db/%03d.sql", from)) == null) continue;
            Path db = dir.resolve("v" + from + ".db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
                for (int v = 1; v <= from; v++) {
                    if (SqliteStore.class.getResource(String.format("/tix/db/%03d.sql", v)) == null) continue;
                    String script = resource(String.format("/tix/db/%03d.sql", v));
                    for (String sql : splitStatements(script)) st.execute(sql);
                    st.execute("PRAGMA user_version = " + v);
                }
                // a ticket as the version-1 schema stores it, with its created event
                st.execute("INSERT INTO agents(login, role, created_at) VALUES ('lead', 'admin', 0)");
                // a team membership and an assignee: 009 makes the agents table again and must keep both
                st.execute("INSERT INTO agents(login, role, created_at) VALUES ('ana', 'agent', 0)");
                st.execute("INSERT INTO teams(name) VALUES ('billing')");
                st.execute("INSERT INTO team_members(team, agent) VALUES ('billing', 'ana')");
                st.execute("INSERT INTO contacts(id, email) VALUES (1, 'carla@example.com')");
                st.execute("INSERT INTO tickets(id, title, status, priority, channel, queue, tier, requester_id, created_at, "
                        + "updated_at, version, status_changed_at, tier_entered_at, assignee) VALUES (1, 'Old ticket', 'open', 50, "
                        + "'email', 'support', 'triage', 1, 1700000000000, 1700000000000, 1, 1700000000000, 1700000000000, "
                        + "'ana')");
                st.execute("INSERT INTO messages(ticket_id, kind, author, body, created_at) VALUES "
                        + "(1, 'customer', 'carla@example.com', 'Printer on fire', 1700000000000)");
                st.execute("INSERT INTO events(ticket_id, at, actor, action) VALUES (1, 1700000000000, 'lead', 'created')");
                if (from < 13) st.execute("INSERT INTO ticket_tags(ticket_id, tag) VALUES (1, 'billing_dept')");
                // from schema 2 on, every stored ticket has a next-rule time (here: due at once, for the next sweep)
                if (from >= 2) st.execute("UPDATE tickets SET next_due_at = 0");
                // a notification mailed through the outbox: 012 and 014 make the outbox table again and must keep the link
                if (from >= 10) {
                    st.execute("INSERT INTO outbox(id, ticket_id, kind, message_id, to_addr, subject, body, status, created_at) "
                            + "VALUES (7, 1, 'notification', '<n7@desk.example>', 'ana@desk.example', 'S', 'B', 'sent', 0)");
                    st.execute("INSERT INTO notifications(ticket_id, agent, event, subject, body, outbox_id, created_at) "
                            + "VALUES (1, 'ana', 'assigned', 'S', 'B', 7, 0)");
                }
            }
            TixRunner.Result show = runAt(db, List.of("show", "1", "--json"));
            assertEquals(0, show.code(), "from schema " + from + ": " + show);
            assertEquals("Old ticket", show.json().get("title").asText());
            assertEquals("ana", show.json().get("assignee").asText(), "from schema " + from);
            assertEquals("[\"billing\"]", runAt(db, List.of("agent", "show", "ana", "--json")).json().get("teams")
                    .toString(), "from schema " + from);
            if (from < 13) {
                assertEquals("[\"billing_dept\"]", show.json().get("tags").toString(), "from schema " + from);
                assertTrue(runAt(db, List.of("list", "--tag", "Billing Dept", "--json", "id")).out().contains("\"id\" : 1"),
                        "a tag from before names had keys matches any spelling (from schema " + from + ")");
            }
            assertEquals(String.valueOf(latest), one(db, "PRAGMA user_version"), "from schema " + from);
            if (from >= 10) {
                assertEquals("7 sent", one(db, "SELECT n.outbox_id || ' ' || o.status FROM notifications n JOIN outbox o "
                        + "ON o.id = n.outbox_id"), "the notification keeps its outbox mail (from schema " + from + ")");
            }
            assertEquals(0, runAt(db, List.of("create", "--title", "New", "--requester", "dan@example.org")).code());
            assertTrue(runAt(db, List.of("search", "printer", "--json")).out().contains("Old ticket"),
                    "the search index covers migrated tickets (from schema " + from + ")");
            TixRunner.Result check = runAt(db, List.of("check"));
            assertEquals(0, check.code(), "from schema " + from + ": " + check);
        }
    }

    private static List<String> splitStatements(String script) throws Exception {
        Class<?> c = Class.forName("tix.store.sqlite.SqlScript");
        var m = c.getDeclaredMethod("split", String.class);
        m.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<String> out = (List<String>) m.invoke(null, script);
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SqliteStore.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private TixRunner.Result runAt(Path db, List<String> cmd) {
        return runAt(db, "", cmd);
    }

    private TixRunner.Result runAt(Path db, String stdin, List<String> cmd) {
        String[] args = new String[cmd.size() + 4];
        for (int i = 0; i < cmd.size(); i++) args[i] = cmd.get(i);
        args[cmd.size()] = "--db";
        args[cmd.size() + 1] = db.toString();
        args[cmd.size() + 2] = "--as";
        args[cmd.size() + 3] = "lead";
        Map<String, String> vars = new HashMap<>();
        vars.put("HOME", dir.toString());
        vars.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        vars.put("USER", "lead");
        return withInput(vars, stdin, args);
    }

    private static TixRunner.Result main(Map<String, String> vars, String... args) {
        return withInput(vars, "", args);
    }

    private static TixRunner.Result withInput(Map<String, String> vars, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Env env = new Env(Map.copyOf(vars), new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, false);
        int code = Main.run(args, env, new PrintWriter(out), new PrintWriter(err));
        return new TixRunner.Result(code, out.toString(), err.toString());
    }

    static String perms(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    static String one(Path db, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(query)) {
            return rs.getString(1);
        }
    }
}
