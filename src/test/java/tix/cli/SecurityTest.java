package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/**
 * What must never leak or be forged: secrets, private files, mail headers, the event log, other roles' rights.
 */
class SecurityTest {
    private static final ServerSetup[] SERVERS = Arrays.stream(ServerSetupTest.SMTP_IMAP)
            .map(ServerSetup::dynamicPort).toArray(ServerSetup[]::new);

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(SERVERS).withPerMethodLifecycle(true);

    static final String SECRET = "pw-Very-Secret-4711";

    @TempDir
    Path dir;

    @Test
    void theDeskItsFolderItsJournalsLocksAndBackupsAreTheOwnersAlone() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(tix.PgCluster.enabled(), "the modes of a SQLite file and its folder");
        Path db = dir.resolve("private/desk/tix.db");
        TixRunner tix = new TixRunner(dir).as("lead");
        // TixRunner puts its --db last; the later one would clash, so run init through a desk at the default name
        Desk desk = new Desk(dir);
        assertEquals("rw-------", DeskFileTest.perms(desk.tix.db()));
        desk.create("Printer");
        desk.tix.ok("sweep");
        for (String side : List.of("tix.db.sweep.lock")) {
            assertEquals("rw-------", DeskFileTest.perms(dir.resolve(side)), side);
        }
        // while a connection is open SQLite's -wal and -shm exist: they copy the database's mode
        try (Connection c = desk.tix.connection(); Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.execute("UPDATE settings SET value = value");
            st.execute("COMMIT");
            for (String side : List.of("tix.db-wal", "tix.db-shm")) {
                if (Files.exists(dir.resolve(side))) assertEquals("rw-------", DeskFileTest.perms(dir.resolve(side)), side);
            }
        }
        desk.tix.ok("backup", dir.resolve("b.db").toString());
        assertEquals("rw-------", DeskFileTest.perms(dir.resolve("b.db")));
        assertFalse(Files.exists(db), tix.toString());
    }

    @Test
    void theMailPasswordIsNeverStoredExportedOrPrinted() throws Exception {
        MAIL.setUser("support@example.com", "support", "the-real-one");
        Desk desk = new Desk(dir);
        desk.tix.env("TIX_MAIL_PASSWORD", SECRET);
        long id = desk.create("Printer");
        desk.tix.ok("reply", String.valueOf(id), "--body", "On it");
        List<TixRunner.Result> runs = new ArrayList<>();
        runs.add(desk.tix.run("mail", "send", "--url", "smtp://support@127.0.0.1:1"));
        runs.add(desk.tix.run("mail", "fetch", "--url", "imap://support@127.0.0.1:" + MAIL.getImap().getPort() + "/INBOX"));
        runs.add(desk.tix.run("mail", "fetch", "--url", "imaps://support@127.0.0.1:1/INBOX"));
        runs.add(desk.tix.run("config", "set", "mail.password", SECRET));
        runs.add(desk.tix.run("config", "set", "mail.smtp_password", SECRET));
        runs.add(desk.tix.runWithInput("{\"mail.password\": \"" + SECRET + "\"}", "config", "import", "-"));
        for (TixRunner.Result r : runs) {
            // a send that cannot connect keeps the mail for a retry (exit 0) and stores why: without the password
            assertFalse(r.err().contains(SECRET) || r.out().contains(SECRET), "the password was printed: " + r);
            if (r.code() != 0) assertEquals(1, r.err().lines().count(), r.toString());
        }
        assertTrue(runs.get(1).code() != 0, "a refused login fails: " + runs.get(1));
        assertEquals(2, runs.get(3).code(), runs.get(3).toString());
        // a config file holding it (mode 600) is read, never copied into the desk or its export
        Path config = Files.createDirectories(dir.resolve("config/tix")).resolve("config");
        Files.writeString(config, "mail.password = " + SECRET + "\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
        desk.tix.env("TIX_MAIL_PASSWORD", null);
        desk.tix.run("mail", "send", "--url", "smtp://support@127.0.0.1:" + MAIL.getSmtp().getPort());
        TixRunner.Result export = desk.tix.ok("config", "export");
        assertFalse(export.out().contains(SECRET), export.out());
        assertFalse(desk.tix.dump().contains(SECRET), "the password is in the database");
        assertFalse(new String(desk.tix.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1).contains(SECRET));
    }

    @Test
    void titlesNamesAndAddressesCannotForgeMailHeaders() throws Exception {
        Desk desk = new Desk(dir);
        desk.tix.ok("queue", "set", "support", "--add-address", "support@example.com");
        String evilTitle = "Invoice\r\nBcc: thief@attacker.example\r\nX-Evil: 1";
        String evilName = "Carla\r\nBcc: thief2@attacker.example";
        TixRunner.Result r = desk.tix.run("create", "--title", evilTitle, "--requester", "carla@example.com", "--name",
                evilName, "--body", "hi", "--json", "id");
        long id;
        if (r.code() == 0) {
            id = r.json().get("id").asLong();
        } else {
            assertEquals(2, r.code(), r.toString());
            id = desk.create("Invoice Bcc: thief@attacker.example");
        }
        desk.refused(2, "create", "--title", "x", "--requester", "carla@example.com\r\nBcc: thief3@attacker.example");
        desk.refused(2, "create", "--title", "x", "--requester", "carla@example.com, thief4@attacker.example");
        desk.tix.ok("reply", String.valueOf(id), "--body", "Thanks\r\nBcc: thief5@attacker.example\r\n\r\nsee you");
        TixRunner.Result send = desk.tix.run("mail", "send", "--url", "smtp://127.0.0.1:" + MAIL.getSmtp().getPort());
        assertEquals(0, send.code(), send.toString());
        MimeMessage[] got = MAIL.getReceivedMessages();
        assertTrue(got.length >= 1, "the reply was delivered");
        for (MimeMessage m : got) {
            List<String> to = new ArrayList<>();
            for (Address a : m.getAllRecipients()) to.add(a.toString());
            assertFalse(to.toString().contains("attacker"), "recipients: " + to);
            assertEquals(null, m.getHeader("Bcc"), "no Bcc header");
            assertEquals(null, m.getHeader("X-Evil"), "no injected header");
            assertFalse(m.getSubject().contains("\r") || m.getSubject().contains("\n"), m.getSubject());
            for (Address a : m.getRecipients(Message.RecipientType.TO)) assertFalse(a.toString().contains("\n"));
        }
        for (String thief : List.of("thief@", "thief2@", "thief3@", "thief4@", "thief5@")) {
            assertEquals(0, MAIL.getReceivedMessagesForDomain("attacker.example").length, thief);
        }
    }

    @Test
    void whatACustomerWritesNeverReachesTheAgentsTerminalAsControlSequences() {
        Desk desk = new Desk(dir);
        desk.tix.ok("queue", "set", "support", "--add-address", "support@example.com");
        // a subject and a sender's name that would retitle the terminal (OSC), clear it (CSI) and use the 8-bit CSI
        String mail = "From: =?UTF-8?Q?Eve_=1B]0;pwned=07_=C2=9B2J?= <eve@example.com>\r\nTo: support@example.com\r\n"
                + "Subject: =?UTF-8?Q?Help_=1B[2J=1B]52;c;Y3VybA=3D=3D=07_me?=\r\nMessage-ID: <esc1@example.com>\r\n"
                + "\r\nbody \u001b[31mred\u001b[0m\r\n";
        desk.tix.runWithInput(mail, "mail", "ingest");
        desk.tix.ok("create", "--title", "Agent \u001b]0;typed\u0007 title", "--requester", "eve@example.com",
                "--name", "Eve \u001b[2J", "--body", "x");
        for (List<String> command : List.of(List.of("show", "1"), List.of("show", "2"), List.of("list"),
                List.of("history", "1"), List.of("search", "Help"))) {
            String out = desk.tix.ok(command.toArray(new String[0])).out();
            for (char c : out.toCharArray()) {
                assertFalse(c < 32 && c != '\n' || c >= 127 && c < 160, command + " printed control character "
                        + (int) c + ":\n" + out);
            }
        }
        assertTrue(desk.tix.ok("show", "1").out().contains("Help"), "the subject is still shown, as text");
    }

    @Test
    void theEventLogIsAppendOnlyThroughEveryCommandButPermanentDelete() throws Exception {
        Desk desk = new Desk(dir);
        desk.agent("ana", "agent");
        long a = desk.create("First");
        long b = desk.create("Second");
        long c = desk.create("Third");
        String sa = String.valueOf(a);
        String sb = String.valueOf(b);
        List<List<String>> steps = List.of(
                List.of("take", sa), List.of("tag", sa, "+billing"), List.of("priority", sa, "high"),
                List.of("due", sa, "2026-12-01"), List.of("edit", sa, "--title", "First!"),
                List.of("escalate", sa, "--question", "why?"), List.of("deescalate", sa, "--to", "triage"),
                List.of("reply", sa, "--body", "hello", "--status", "pending"), List.of("receive", sa, "--body", "thanks"),
                List.of("note", sa, "--body", "internal"), List.of("status", sb, "hold", "--days", "2"),
                List.of("assign", sb, "--to", "ana"), List.of("release", sb), List.of("merge", sb, "--into", sa),
                List.of("resolve", sa), List.of("reopen", sa), List.of("bulk", "tag", "+x", "--ids", sa),
                List.of("sweep", "--now", "2027-01-01T00:00:00Z"), List.of("known", "create", "--title", "Printer fire"),
                List.of("config", "set", "pending.reminder_after", "4d"), List.of("backup", dir.resolve("b.db").toString()),
                List.of("restore", dir.resolve("b.db").toString()), List.of("check"));
        List<String> before = events(desk);
        for (List<String> step : steps) {
            TixRunner.Result r = desk.tix.run(step.toArray(new String[0]));
            List<String> after = events(desk);
            assertTrue(after.size() >= before.size() && after.subList(0, before.size()).equals(before),
                    "tix " + step + " (exit " + r.code() + ") changed or removed an event:\n" + r);
            before = after;
        }
        long others = before.stream().filter(e -> !e.startsWith(c + "|")).count();
        desk.tix.ok("delete", String.valueOf(c), "--permanent");
        List<String> after = events(desk);
        assertEquals(others, after.size(), "permanent deletion removes that ticket's events, and only those");
        assertTrue(after.stream().noneMatch(e -> e.startsWith(c + "|")));
    }

    private static List<String> events(Desk desk) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = desk.tix.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ticket_id, id, at, actor, action, field, old, new FROM events ORDER BY id")) {
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= 8; i++) sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                out.add(sb.toString());
            }
        }
        return Collections.unmodifiableList(out);
    }
}
