package tix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/**
 * Every exit code of SPEC §6 the core can produce, each from the commands a user would type, and for 2-5 proof that
 * the refused command left the database file byte for byte as it was.
 */
class ExitCodeTest {
    @TempDir
    Path dir;

    Desk desk;
    String id;

    @BeforeEach
    void desk() {
        desk = new Desk(dir);
        desk.agent("ana", "agent");
        desk.agent("ben", "agent");
        id = String.valueOf(desk.create("Printer on fire"));
    }

    @Test
    void zeroIsSuccessWithDataOnStdoutAndNothingOnStderr() {
        TixRunner.Result r = desk.tix.run("show", id);
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("#1 Printer on fire"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void twoIsAUsageError() {
        desk.refused(2, "show", id, "--bogus");
        desk.refused(2, "frobnicate");
        desk.refused(2, "show", "0");
        desk.refused(2, "show", "abc");
        desk.refused(2, "status", id, "frozen");
        desk.refused(2, "priority", id, "100");
        desk.refused(2, "priority", id, "0");
        desk.refused(2, "priority", id, "very-high");
        desk.refused(2, "due", id, "next tuesday");
        desk.refused(2, "due", id, "2026-13-45");
        desk.refused(2, "create", "--title", "x", "--requester", "not an address");
        desk.refused(2, "create", "--title", " ", "--requester", "a@example.com");
        desk.refused(2, "create", "--title", "x", "--requester", "a@example.com", "--channel", "pigeon");
        desk.refused(2, "create", "--title", "x", "--requester", "a@example.com", "--tag", "two;words");
        desk.refused(2, "escalate", id);
        desk.refused(2, "escalate", id, "--question", " ");
        desk.refused(2, "escalate", id, "--to", "t2", "--oncall", "--question", "why?");
        desk.refused(2, "list", "--sort", "colour");
        desk.refused(2, "list", "--status", "frozen");
        desk.refused(2, "list", "--priority-min", "0");
        desk.refused(2, "list", "--limit", "0");
        desk.refused(2, "list", "--sla", "purple");
        desk.refused(2, "list", "--assignee", "ana", "--unassigned");
        desk.refused(2, "take", id, "--json=id,colour");
        desk.refused(2, "take", id, "--json", "--csv");
        desk.refused(2, "note", id, "--body-file", dir.resolve("missing.txt").toString());
        desk.refused(2, "note", id, "--body", " ");
        desk.refused(2, "reply", id, "--body", "hi", "--status", "closed");
        desk.refused(2, "assign", id);
        desk.refused(2, "tag", id, "+bad;tag");
        desk.refused(2, "delete", id);
        desk.refused(2, "merge", id, "--into", id);
        desk.refused(2, "edit", id);
        desk.refused(2, "show", id, "--now", "yesterday");
        desk.refused(2, "agent", "add", "no spaces allowed");
        desk.refused(2, "agent", "add", "cleo", "--role", "Boss!");
    }

    @Test
    void threeIsNotFound() {
        desk.refused(3, "agent", "add", "cleo", "--role", "boss"); // a role the desk does not have
        desk.refused(3, "show", "99");
        desk.refused(3, "history", "99");
        desk.refused(3, "reply", "99", "--body", "hi");
        desk.refused(3, "assign", id, "--to", "nobody");
        desk.refused(3, "assign", id, "--team", "nobody");
        desk.refused(3, "escalate", id, "--to", "t9", "--question", "why?");
        desk.refused(3, "deescalate", id, "--to", "t9");
        desk.refused(3, "create", "--title", "x", "--requester", "a@example.com", "--queue", "sales");
        desk.refused(3, "create", "--title", "x", "--requester", "a@example.com", "--tier", "t9");
        desk.refused(3, "create", "--title", "x", "--requester", "a@example.com", "--account", "Acme");
        desk.refused(3, "split", id, "--message", "999");
        desk.refused(3, "merge", id, "--into", "99");
        desk.refused(3, "reply", id, "--macro", "thanks");
        desk.refused(3, "list", "--queue", "sales");
        desk.refused(3, "list", "--tier", "t9");
        desk.refused(3, "list", "--assignee", "nobody");
        desk.refused(3, "delete", "99", "--permanent");
        desk.refused(3, "agent", "show", "nobody");
    }

    @Test
    void fourIsAConflict() {
        desk.refused(4, "close", id);
        desk.refused(4, "take", id, "--if-version", "7");
        desk.refused(4, "reopen", id);
        desk.refused(4, "deescalate", id, "--to", "triage");
        desk.refused(4, "escalate", id, "--to", "triage", "--question", "why?");
        desk.refused(4, "agent", "add", "ana");
        desk.tix.ok("resolve", id);
        desk.tix.ok("close", id);
        desk.refused(4, "status", id, "open");
        desk.refused(4, "reply", id, "--body", "too late");
        desk.refused(4, "assign", id, "--to", "ana");
        desk.refused(4, "agent", "set", "lead", "--role", "agent");
    }

    @Test
    void fiveIsPermissionDenied() {
        desk.tix.as("ana");
        desk.refused(5, "close", id, "--force");
        desk.refused(5, "delete", id, "--permanent");
        desk.refused(5, "agent", "add", "cleo");
        desk.refused(5, "agent", "set", "ben", "--name", "Benjamin");
        desk.tix.as("stranger");
        desk.refused(5, "create", "--title", "x", "--requester", "a@example.com");
        desk.refused(5, "take", id);
    }

    @Test
    void sixIsADatabaseThatCannotBeUsed() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(desk.tix.postgres(), "a SQLite file's own failure (PgEngineTest has PostgreSQL's)");
        TixRunner other = new TixRunner(Files.createDirectories(dir.resolve("other"))).as("lead");
        Files.createDirectories(other.db());
        TixRunner.Result r = other.run("list");
        assertEquals(6, r.code(), r.toString());
        assertTrue(r.err().startsWith("tix: database") && r.err().contains("directory"), r.err());

        Files.delete(other.db());
        Files.writeString(other.db(), "this is not SQLite\n".repeat(100));
        byte[] before = other.bytes();
        r = other.run("list");
        assertEquals(6, r.code(), r.toString());
        assertTrue(r.err().startsWith("tix: not a tix database"), r.err());
        assertArrayEquals(before, other.bytes(), "a foreign file is never written");

        desk.sql(desk.tix.postgres() ? "UPDATE tix_schema SET version = 99" : "PRAGMA user_version = 99");
        before = desk.tix.bytes();
        r = desk.tix.run("list");
        assertEquals(6, r.code(), r.toString());
        assertTrue(r.err().contains("newer than this tix"), r.err());
        assertEquals("", r.out());
        assertArrayEquals(before, desk.tix.bytes(), "a newer schema is left untouched");
    }

    @Test
    void sixIsAReadOnlyFileForAWriteWhileReadsStillWork() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(desk.tix.postgres(), "a SQLite file's own failure (PgEngineTest has PostgreSQL's)");
        Files.setPosixFilePermissions(desk.tix.db(), PosixFilePermissions.fromString("r--r--r--"));
        String dump = desk.tix.dump();
        byte[] before = desk.tix.bytes();
        TixRunner.Result r = desk.tix.run("take", id);
        assertEquals(6, r.code(), r.toString());
        assertEquals("tix: database " + desk.tix.db() + " is read-only (check the file's and its directory's permissions)\n",
                r.err());
        assertEquals(dump, desk.tix.dump());
        assertArrayEquals(before, desk.tix.bytes());
        assertEquals(0, desk.tix.run("show", id).code(), "reading a read-only desk works");
    }

    @Test
    void sevenIsABodyFromStdinOrAFileThatIsNotUtf8() throws Exception {
        byte[] latin1 = "Gr\u00fc\u00dfe aus K\u00f6ln".getBytes(StandardCharsets.ISO_8859_1);
        String dump = desk.tix.dump();
        TixRunner.Result r = desk.tix.runWithBytes(latin1, "note", id, "--body", "-");
        assertEquals(7, r.code(), r.toString());
        assertTrue(r.err().startsWith("tix: standard input is not valid UTF-8"), r.err());
        r = desk.tix.runWithBytes(latin1, "create", "--title", "From a pipe", "--requester", "a@example.com", "--body-file", "-");
        assertEquals(7, r.code(), r.toString());
        Path file = dir.resolve("latin1.txt");
        Files.write(file, latin1);
        r = desk.tix.run("reply", id, "--body-file", file.toString());
        assertEquals(7, r.code(), r.toString());
        assertEquals(dump, desk.tix.dump(), "nothing was written");

        r = desk.tix.runWithBytes("Gr\u00fc\u00dfe aus K\u00f6ln \u2615\n".getBytes(StandardCharsets.UTF_8), "note", id, "--body", "-", "--json");
        assertEquals(0, r.code(), r.toString());
        assertEquals("Gr\u00fc\u00dfe aus K\u00f6ln \u2615\n", r.json().get("messages").get(1).get("body").asText());
    }

    @Test
    void errorsAreOneLineWithoutStackTraceUnlessDebugging() {
        TixRunner.Result r = desk.tix.run("show", "99");
        assertEquals("tix: ticket #99 not found (see 'tix list')\n", r.err());
        desk.tix.env("TIX_DEBUG", "1");
        r = desk.tix.run("show", "99");
        assertEquals(3, r.code());
        assertTrue(r.err().contains("at tix."), "TIX_DEBUG=1 shows the trace: " + r.err());
        desk.tix.env("TIX_DEBUG", null);
        assertFalse(desk.tix.run("status", id, "frozen").err().contains("\tat "));
    }
}
