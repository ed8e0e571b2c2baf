package tix.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** The whole mail cycle against real SMTP, IMAP and POP3 servers (GreenMail, in-process). */
class MailRoundTripTest {
    private static final ServerSetup[] SERVERS = Arrays.stream(ServerSetupTest.SMTP_POP3_IMAP)
            .map(ServerSetup::dynamicPort).toArray(ServerSetup[]::new);

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(SERVERS).withPerMethodLifecycle(true);

    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() {
        MAIL.setUser("support@example.com", "support", "s3cret");
        MAIL.setUser("ana@example.org", "ana", "ana-pw");
        tix = new TixRunner(dir).as("lead").env("TIX_MAIL_PASSWORD", "s3cret");
        tix.ok("init");
        tix.ok("agent", "set", "lead", "--name", "Lea Lead", "--signature", "Lea, Example Support");
        tix.ok("queue", "set", "support", "--add-address", "support@example.com");
    }

    private String imap() {
        return "imap://support@127.0.0.1:" + MAIL.getImap().getPort() + "/INBOX";
    }

    private String pop3() {
        return "pop3://support@127.0.0.1:" + MAIL.getPop3().getPort() + "/INBOX";
    }

    private String smtp() {
        return "smtp://127.0.0.1:" + MAIL.getSmtp().getPort();
    }

    private Session client() {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", String.valueOf(MAIL.getSmtp().getPort()));
        return Session.getInstance(p);
    }

    private MimeMessage customerMail(String subject, String body, String messageId, String inReplyTo) throws Exception {
        MimeMessage m = new MimeMessage(client()) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress("ana@example.org", "Ana Lopez", "UTF-8"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("support@example.com"));
        m.setSubject(subject, "UTF-8");
        m.setText(body, "UTF-8");
        if (inReplyTo != null) {
            m.setHeader("In-Reply-To", inReplyTo);
            m.setHeader("References", inReplyTo);
        }
        m.saveChanges();
        return m;
    }

    private static String raw(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<MimeMessage> customerInbox() {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().contains("ana@example.org");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    /** The support mailbox as the server holds it: how many messages, and how many of them are seen. */
    private int[] supportInbox() throws Exception {
        Properties p = new Properties();
        jakarta.mail.Store store = Session.getInstance(p).getStore("imap");
        store.connect("127.0.0.1", MAIL.getImap().getPort(), "support", "s3cret");
        try {
            jakarta.mail.Folder inbox = store.getFolder("INBOX");
            inbox.open(jakarta.mail.Folder.READ_ONLY);
            int seen = 0;
            for (Message m : inbox.getMessages()) {
                if (m.isSet(jakarta.mail.Flags.Flag.SEEN)) seen++;
            }
            int total = inbox.getMessageCount();
            inbox.close(false);
            return new int[] {total, seen};
        } finally {
            store.close();
        }
    }

    @Test
    void agentsAreNotifiedOfNewTicketsAndAssignmentsAsTheyAsked() throws Exception {
        MAIL.setUser("bo@desk.example", "bo", "bo-pw");
        tix.ok("agent", "add", "ana", "--email", "ana@desk.example");
        tix.ok("agent", "add", "bo", "--email", "bo@desk.example", "--notify", "all");
        tix.ok("agent", "add", "cy");
        tix.ok("team", "add", "billing", "--member", "ana,bo,cy");

        Transport.send(customerMail("Printer on fire", "Secret detail in the body", "<n1@example.org>", null));
        assertTrue(MAIL.waitForIncomingEmail(5000, 1));
        tix.ok("mail", "fetch", "--url", imap());
        tix.ok("note", "1", "--body", "internal: the customer is difficult");
        tix.ok("assign", "1", "--to", "ana");
        tix.ok("assign", "1", "--team", "billing");
        tix.ok("create", "--title", "Mine", "--requester", "z@example.org");
        tix.as("ana").ok("take", "2");
        tix.as("lead");

        JsonNode outbox = tix.ok("mail", "outbox", "--json").json();
        List<String> notes = new java.util.ArrayList<>();
        for (JsonNode o : outbox) {
            if (o.get("kind").asText().equals("notification")) notes.add(o.get("to").asText() + " " + o.get("subject").asText());
        }
        assertEquals(List.of(
                "bo@desk.example [#1] New ticket: Printer on fire",
                "ana@desk.example [#1] Assigned to you: Printer on fire",
                "bo@desk.example [#1] Assigned to team billing: Printer on fire",
                "bo@desk.example [#2] New ticket: Mine"), notes,
                "bo wants all, ana what is given to her (not the team mail: she has it, nor #2: she took it), "
                        + "lead did it all, cy has no address");

        var sent = tix.run("mail", "send", "--url", smtp(), "--json");
        assertEquals(0, sent.code(), sent.toString());
        MimeMessage toBo = Arrays.stream(MAIL.getReceivedMessagesForDomain("desk.example"))
                .filter(m -> {
                    try {
                        return m.getSubject().contains("New ticket") && m.getAllRecipients()[0].toString().contains("bo@");
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }).findFirst().orElseThrow();
        assertTrue(toBo.getHeader("Auto-Submitted")[0].startsWith("auto-"), "no client answers it automatically");
        String body = toBo.getContent().toString();
        assertTrue(body.contains("tix show 1"), body);
        assertTrue(body.contains("Ana Lopez <ana@example.org>"), body);
        assertFalse(body.contains("Secret detail") || body.contains("difficult"), "no message text leaves: " + body);
    }

    @Test
    void aMailPasswordInAConfigFileOthersMayReadIsRefused() throws Exception {
        Transport.send(customerMail("One", "first", "<p1@example.org>", null));
        assertTrue(MAIL.waitForIncomingEmail(5000, 1));
        Path file = dir.resolve("config").resolve("tix").resolve("config");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, "mail.password = s3cret\n");
        java.nio.file.Files.setPosixFilePermissions(file,
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        tix.env("TIX_MAIL_PASSWORD", null);
        byte[] before = tix.bytes();
        var open = tix.run("mail", "fetch", "--url", imap());
        assertEquals(2, open.code(), open.toString());
        assertEquals("tix: " + file + " holds mail.password but others may read it (chmod 600 " + file + ")\n",
                open.err());
        assertArrayEquals(before, tix.bytes());
        assertArrayEquals(new int[] {1, 0}, supportInbox(), "the mail waits on the server");

        java.nio.file.Files.setPosixFilePermissions(file,
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertEquals(1, tix.ok("mail", "fetch", "--url", imap(), "--json").json().get(0).get("ingested").asInt());
    }

    @Test
    void keepLeavesASharedMailboxAsItWasButForTheSeenFlag() throws Exception {
        Transport.send(customerMail("One", "first", "<k1@example.org>", null));
        Transport.send(customerMail("Two", "second", "<k2@example.org>", null));
        assertTrue(MAIL.waitForIncomingEmail(5000, 2));

        var first = tix.run("mail", "fetch", "--url", imap(), "--keep", "--json");
        assertEquals(0, first.code(), first.toString());
        assertEquals(2, first.json().get(0).get("ingested").asInt(), first.out());
        assertArrayEquals(new int[] {2, 2}, supportInbox(), "kept on the server, marked seen");

        var again = tix.run("mail", "fetch", "--url", imap(), "--keep", "--json");
        assertEquals(0, again.json().get(0).get("fetched").asInt(), "seen mail is not read again: " + again.out());

        Transport.send(customerMail("Three", "third", "<k3@example.org>", null));
        assertTrue(MAIL.waitForIncomingEmail(5000, 3));
        var third = tix.run("mail", "fetch", "--url", imap(), "--keep", "--json");
        assertEquals(1, third.json().get(0).get("ingested").asInt(), third.out());
        assertArrayEquals(new int[] {3, 3}, supportInbox());

        // without --keep the mailbox is emptied; what tix has is recognised, not ingested twice
        var drain = tix.run("mail", "fetch", "--url", imap(), "--json");
        assertEquals(3, drain.json().get(0).get("duplicates").asInt(), drain.out());
        assertArrayEquals(new int[] {0, 0}, supportInbox());
        assertEquals(3, tix.ok("list", "--json").json().size());
    }

    @Test
    void customerMailsAgentAnswersCustomerRepliesAndTheSameTicketReopens() throws Exception {
        Transport.send(customerMail("Printer löst Feuer aus", "The printer is on fire.\nPlease help!",
                "<first.1@example.org>", null));
        assertTrue(MAIL.waitForIncomingEmail(5000, 1));

        var fetched = tix.run("mail", "fetch", "--url", imap(), "--json");
        assertEquals(0, fetched.code(), fetched.toString());
        assertEquals(1, fetched.json().get(0).get("ingested").asInt(), fetched.out());
        assertFalse(fetched.out().contains("s3cret"), "the password is never printed");

        JsonNode t = tix.ok("show", "1", "--json").json();
        assertEquals("Printer löst Feuer aus", t.get("title").asText());
        assertEquals("email", t.get("channel").asText());
        assertEquals("new", t.get("status").asText());
        assertEquals("ana@example.org", t.get("requester").get("email").asText());
        assertTrue(t.get("messages").get(0).get("body").asText().startsWith("The printer is on fire."));

        // deleted on the server once committed: a second fetch finds nothing
        var again = tix.run("mail", "fetch", "--url", imap(), "--json");
        assertEquals(0, again.json().get(0).get("fetched").asInt(), again.out());

        tix.ok("reply", "1", "--body", "Please unplug it first.", "--status", "pending");
        var sent = tix.run("mail", "send", "--url", smtp(), "--json");
        assertEquals(0, sent.code(), sent.toString());
        assertEquals(2, sent.json().get("sent").asInt(), "the auto-response and the reply: " + sent.out());

        List<MimeMessage> inbox = customerInbox();
        assertEquals(2, inbox.size());
        MimeMessage auto = inbox.stream().filter(m -> header(m, "Auto-Submitted") != null).findFirst().orElseThrow();
        assertEquals("auto-replied", header(auto, "Auto-Submitted"));
        assertEquals("All", header(auto, "X-Auto-Response-Suppress"));
        MimeMessage answer = inbox.stream().filter(m -> header(m, "Auto-Submitted") == null).findFirst().orElseThrow();
        assertEquals("[#1] Printer löst Feuer aus", answer.getSubject());
        assertEquals("support@example.com", ((InternetAddress) answer.getFrom()[0]).getAddress());
        assertEquals("<first.1@example.org>", header(answer, "In-Reply-To"));
        assertTrue(header(answer, "References").contains("<tix.1@example.com>"), header(answer, "References"));
        assertTrue(header(answer, "References").contains("<first.1@example.org>"));
        String text = (String) answer.getContent();
        assertTrue(text.contains("Please unplug it first."), text);
        assertTrue(text.contains("-- \r\nLea, Example Support") || text.contains("-- \nLea, Example Support"), text);
        assertEquals("pending", tix.ok("show", "1", "--json").json().get("status").asText());

        // nothing is sent twice
        var second = tix.run("mail", "send", "--url", smtp(), "--json");
        assertEquals(0, second.json().get("sent").asInt());
        assertEquals(2, customerInbox().size());

        // the customer answers the reply, threaded by In-Reply-To; fetched over POP3 this time
        String answerId = answer.getMessageID();
        Transport.send(customerMail("Re: [#1] Printer löst Feuer aus", "Unplugged, still smoking.\n\n"
                + "On Mon, Lea wrote:\n> Please unplug it first.\n", "<second.2@example.org>", answerId));
        assertTrue(MAIL.waitForIncomingEmail(5000, 3));
        var pop = tix.run("mail", "fetch", "--url", pop3(), "--json");
        assertEquals(0, pop.code(), pop.toString());
        assertEquals(1, pop.json().get(0).get("ingested").asInt(), pop.out());

        JsonNode after = tix.ok("show", "1", "--json").json();
        assertEquals("open", after.get("status").asText(), "a customer reply reopens a pending ticket");
        JsonNode last = after.get("messages").get(after.get("messages").size() - 1);
        assertEquals("customer", last.get("kind").asText());
        assertEquals("Unplugged, still smoking.", last.get("body").asText(), "the quoted reply is trimmed");
        assertEquals(1, tix.ok("list", "--json").json().size(), "no second ticket");
        assertEquals("", tix.ok("mail", "outbox", "--status", "queued").out(), "no auto-response to a reply");
    }

    @Test
    void anUnreachableServerLeavesMailQueuedWithBackoffAndRetryDeliversItOnce() throws Exception {
        tix.at("2026-11-23T10:00:00Z");
        tix.ok("create", "--title", "Call back", "--requester", "ana@example.org", "--body", "x");
        tix.ok("reply", "1", "--body", "We called.");
        var down = tix.run("mail", "send", "--url", "smtp://127.0.0.1:1", "--json");
        assertEquals(0, down.code(), down.toString());
        assertEquals(1, down.json().get("retrying").asInt());
        JsonNode row = tix.ok("mail", "outbox", "--json").json().get(0);
        assertEquals("queued", row.get("status").asText());
        assertEquals(1, row.get("attempts").asInt());
        assertNotNull(row.get("last_error").asText());

        // not due yet: the backoff holds it back
        var early = tix.run("mail", "send", "--url", smtp(), "--json");
        assertEquals(0, early.json().get("sent").asInt());
        tix.at("2026-11-23T10:02:00Z");
        var later = tix.run("mail", "send", "--url", smtp(), "--json");
        assertEquals(1, later.json().get("sent").asInt(), later.out());
        assertEquals(1, customerInbox().size());
        assertEquals("sent", tix.ok("mail", "outbox", "--json").json().get(0).get("status").asText());
    }

    @Test
    void aSecondMailSendWhileOneRunsSendsNothingSoNoMailGoesOutTwice() throws Exception {
        tix.at("2026-11-23T10:00:00Z");
        tix.ok("create", "--title", "Call back", "--requester", "ana@example.org", "--body", "x");
        tix.ok("reply", "1", "--body", "We called.");
        // hold the desk's send lock the way a running `mail send` does (two cron runs overlapping): a lock file
        // beside a SQLite desk, an advisory lock of another session on PostgreSQL
        if (tix.postgres()) {
            try (java.sql.Connection c = tix.connection(); java.sql.Statement st = c.createStatement()) {
                st.execute("SELECT pg_advisory_lock(" + 0x746978 + ", hashtext('mail-send'))");
                secondSendSendsNothing();
            }
        } else {
            Path lockFile = tix.db().resolveSibling(tix.db().getFileName() + ".mail-send.lock");
            try (var ch = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE); var held = ch.lock()) {
                secondSendSendsNothing();
            }
        }
        var first = tix.run("mail", "send", "--url", smtp(), "--json");
        assertEquals(1, first.json().get("sent").asInt(), first.out());
        assertEquals("", first.err());
        assertEquals(1, customerInbox().size());
    }

    private void secondSendSendsNothing() throws Exception {
        var second = tix.run("mail", "send", "--url", smtp(), "--json");
        assertEquals(0, second.code(), second.toString());
        assertEquals("tix: another mail send is running on this database; nothing sent\n", second.err());
        assertEquals(0, second.json().get("sent").asInt());
        assertEquals(0, customerInbox().size());
        assertEquals("queued", tix.ok("mail", "outbox", "--json").json().get(0).get("status").asText());
    }

    @Test
    void aBounceOfSentMailIsNotedOnTheTicketAndLaterMailToTheAddressIsHeld() throws Exception {
        tix.ok("create", "--title", "Invoice", "--requester", "ana@example.org", "--body", "where is it?");
        tix.ok("reply", "1", "--body", "Attached.");
        assertEquals(1, tix.run("mail", "send", "--url", smtp(), "--json").json().get("sent").asInt());
        String sentId = customerInbox().get(0).getMessageID();

        String dsn = "From: MAILER-DAEMON@mx.example.org\r\nTo: support@example.com\r\nSubject: Undelivered Mail\r\n"
                + "Message-ID: <dsn.1@mx.example.org>\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n"
                + "--B\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n"
                + "--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n"
                + "Final-Recipient: rfc822; ana@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n"
                + "--B\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: " + sentId + "\r\nSubject: [#1] Invoice\r\n"
                + "--B--\r\n";
        MimeMessage bounce = new MimeMessage(client(), new java.io.ByteArrayInputStream(dsn.getBytes(StandardCharsets.US_ASCII)));
        Transport.send(bounce, new InternetAddress[] {new InternetAddress("support@example.com")});
        assertTrue(MAIL.waitForIncomingEmail(5000, 2));
        var fetched = tix.run("mail", "fetch", "--url", imap(), "--json");
        assertEquals(0, fetched.code(), fetched.toString());

        JsonNode t = tix.ok("show", "1", "--json").json();
        JsonNode last = t.get("messages").get(t.get("messages").size() - 1);
        assertEquals("system", last.get("kind").asText());
        assertTrue(last.get("body").asText().contains("5.1.1"), last.toString());
        assertEquals(1, tix.ok("list", "--json").json().size(), "no ticket for the bounce");

        tix.ok("reply", "1", "--body", "Did you get it?");
        assertEquals(1, tix.ok("mail", "outbox", "--status", "held", "--json").json().size());
        assertEquals(0, tix.run("mail", "send", "--url", smtp(), "--json").json().get("sent").asInt());
        assertEquals(1, customerInbox().size());
    }

    private static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name, " ");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
