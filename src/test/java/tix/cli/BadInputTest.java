package tix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.Main;
import tix.TixRunner;

/**
 * The bad-input table over every command that opens a desk: a --db that is a directory, not SQLite, of a newer schema,
 * read-only, or missing; and huge or wrongly encoded values. Each: the documented exit code, nothing on stdout, one
 * line `tix: ...` on stderr, no stack trace, and the file byte for byte unchanged.
 */
class BadInputTest {
    @TempDir
    Path dir;

    /** Every top-level command that reads or writes the desk, with arguments that would work on a good one. */
    static final List<List<String>> READS = List.of(
            List.of("list"), List.of("show", "1"), List.of("search", "printer"), List.of("history", "1"), List.of("stats"),
            List.of("export"), List.of("agent", "list"), List.of("queue", "list"), List.of("team", "list"),
            List.of("tier", "list"), List.of("macro", "list"), List.of("account", "list"), List.of("known", "list"),
            List.of("sla", "explain", "1"), List.of("calendar", "list"), List.of("config", "export"),
            List.of("suspended", "list"), List.of("mail", "outbox"), List.of("tagset", "list"), List.of("route", "list"),
            List.of("check"));
    static final List<List<String>> WRITES = List.of(
            List.of("create", "--title", "t", "--requester", "a@example.com"), List.of("take", "1"), List.of("release", "1"),
            List.of("assign", "1", "--to", "lead"), List.of("escalate", "1", "--question", "why?"), List.of("tag", "1", "+x"),
            List.of("reply", "1", "--body", "hi"), List.of("note", "1", "--body", "hi"), List.of("receive", "1", "--body", "hi"),
            List.of("status", "1", "open"), List.of("resolve", "1"), List.of("priority", "1", "high"),
            List.of("due", "1", "2026-12-01"), List.of("edit", "1", "--title", "x"), List.of("delete", "1", "--permanent"),
            List.of("bulk", "tag", "+x", "--ids", "1"), List.of("sweep"), List.of("agent", "add", "zed"),
            List.of("queue", "add", "sales"), List.of("team", "add", "ops"), List.of("macro", "add", "m", "--body", "b"),
            List.of("known", "create", "--title", "K"), List.of("config", "set", "pending.reminder_after", "4d"),
            List.of("mail", "send"), List.of("restore", "backup.db"), List.of("backup", "copy.db"));

    @Test
    void everyCommandOnABadDatabaseGetsItsCodeAndLeavesTheFileAlone() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(tix.PgCluster.enabled(), "bad SQLite files (PgEngineTest has PostgreSQL's refusals)");
        Desk good = new Desk(dir);
        good.create("Printer");
        good.tix.ok("backup", dir.resolve("backup.db").toString());
        Path directory = Files.createDirectories(dir.resolve("dir.db"));
        Path text = Files.writeString(dir.resolve("text.db"), "SQLite format 3? no.\n".repeat(300));
        Path newer = dir.resolve("newer.db");
        Files.copy(good.tix.db(), newer);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        Path readOnly = dir.resolve("readonly.db");
        Files.copy(good.tix.db(), readOnly);
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        Path missing = dir.resolve("missing.db");

        int tried = 0;
        int readOnlySix = 0;
        List<List<String>> all = new ArrayList<>(READS);
        all.addAll(WRITES);
        for (List<String> cmd : all) {
            tried += refused(directory, cmd, 6, "is a directory");
            tried += refused(text, cmd, 6, "not a tix database");
            tried += refused(newer, cmd, 6, "is newer than this tix");
            if (!cmd.get(0).equals("restore")) tried += refused(missing, cmd, 3, "no desk at"); // restore creates
        }
        for (List<String> cmd : WRITES) {
            if (cmd.get(0).equals("backup") || cmd.get(0).equals("mail")) continue; // read the desk only
            // a write the desk would refuse anyway (release of an unassigned ticket) says that; the rest say read-only
            byte[] before = Files.readAllBytes(readOnly);
            TixRunner.Result r = at(readOnly, cmd, "");
            assertTrue(r.code() == 6 && r.err().contains("is read-only") || r.code() == 4 || r.code() == 3,
                    cmd + "\n" + r);
            assertTrue(r.err().startsWith("tix: ") && r.err().lines().count() == 1 && r.out().isEmpty(), cmd + "\n" + r);
            assertArrayEquals(before, Files.readAllBytes(readOnly), cmd.toString());
            if (r.code() == 6) readOnlySix++;
            tried++;
        }
        assertTrue(readOnlySix >= WRITES.size() - 6, readOnlySix + " writes said read-only");
        for (List<String> cmd : READS) {
            TixRunner.Result r = at(readOnly, cmd, "");
            assertTrue(r.code() == 0 || r.code() == 3, "a read-only desk can be read: " + cmd + "\n" + r);
        }
        System.out.println("BadInputTest: " + tried + " bad --db cases refused");
    }

    @Test
    void hugeAndWronglyEncodedValues() throws Exception {
        Desk desk = new Desk(dir);
        long id = desk.create("Printer");
        String sid = String.valueOf(id);
        String huge = "x".repeat(2_000_000);
        // titles of any length are stored whole; a search of any length is a search
        assertEquals(0, desk.tix.run("search", huge).code());
        assertEquals(0, desk.tix.run("create", "--title", huge, "--requester", "a@example.com", "-q").code());
        desk.refused(2, "tag", sid, "+" + huge.substring(0, 300) + " y");
        desk.refused(2, "priority", sid, huge);
        desk.refused(2, "show", "9".repeat(40));
        desk.refused(2, "due", sid, "9".repeat(40));
        desk.refused(2, "status", sid, "hold", "--days", "9".repeat(40));
        desk.refused(2, "list", "--limit", "-1");
        // addresses: a right-to-left override or a zero-width space hides who wrote; RFC 5321 bounds the lengths
        for (String address : List.of("evil\u202e@example.com", "a@exa\u200bmple.com", "a".repeat(65) + "@example.com",
                "a@" + "b".repeat(250) + ".com", "a@example.com\r\nBcc: x@example.com")) {
            desk.refused(2, "create", "--title", "t", "--requester", address);
        }
        byte[] latin1 = ("Gr\u00fc\u00dfe " + "\u00e9".repeat(1000)).getBytes(StandardCharsets.ISO_8859_1);
        Path bad = dir.resolve("latin1.txt");
        Files.write(bad, latin1);
        desk.refused(7, "note", sid, "--body-file", bad.toString());
        Path overlong = dir.resolve("overlong.txt");
        Files.write(overlong, new byte[] {(byte) 0xc0, (byte) 0xaf, 'x'}); // an overlong '/' is not UTF-8
        desk.refused(7, "reply", sid, "--body-file", overlong.toString());
        Path nul = dir.resolve("surrogate.txt");
        Files.write(nul, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}); // a lone surrogate is not UTF-8
        desk.refused(7, "receive", sid, "--body-file", nul.toString());
        desk.refused(2, "note", sid, "--body-file", dir.toString());
        desk.refused(2, "import", dir.resolve("nope.csv").toString());
        desk.refused(7, "mail", "ingest", Files.write(dir.resolve("empty.eml"), new byte[0]).toString());
    }

    private int refused(Path db, List<String> cmd, int code, String says) throws Exception {
        byte[] before = Files.isRegularFile(db) ? Files.readAllBytes(db) : null;
        TixRunner.Result r = at(db, cmd, "");
        String what = cmd + " --db " + db.getFileName() + "\n" + r;
        assertEquals(code, r.code(), what);
        assertEquals("", r.out(), what);
        assertTrue(r.err().startsWith("tix: ") && r.err().lines().count() == 1 && r.err().contains(says), what);
        assertFalse(r.err().contains("\tat "), what);
        if (before != null) assertArrayEquals(before, Files.readAllBytes(db), "the file changed: " + what);
        else assertFalse(Files.exists(db) && !Files.isDirectory(db), "a file appeared: " + what);
        return 1;
    }

    private TixRunner.Result at(Path db, List<String> cmd, String stdin) {
        List<String> args = new ArrayList<>();
        for (String a : cmd) args.add(a.endsWith(".db") ? dir.resolve(a).toString() : a);
        args.addAll(List.of("--db", db.toString(), "--as", "lead"));
        Map<String, String> vars = new HashMap<>();
        vars.put("HOME", dir.toString());
        vars.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        vars.put("USER", "lead");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Env env = new Env(Map.copyOf(vars), new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                false, false);
        int code = Main.run(args.toArray(new String[0]), env, new PrintWriter(out), new PrintWriter(err));
        return new TixRunner.Result(code, out.toString(), err.toString());
    }
}
