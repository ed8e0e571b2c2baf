package tix.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** Auto-response limits, follow-up policies, templates, Maildir, suspended review, header injection. */
class MailBehaviourTest {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() {
        tix = new TixRunner(dir).as("lead").at("2026-11-23T10:00:00Z");
        tix.ok("init");
        tix.ok("queue", "set", "support", "--add-address", "support@example.com");
    }

    static String mail(String id, String from, String subject, String body, String... extra) {
        StringBuilder b = new StringBuilder("From: ").append(from).append("\r\nTo: support@example.com\r\nSubject: ")
                .append(subject).append("\r\nMessage-ID: ").append(id).append("\r\n");
        for (String e : extra) b.append(e).append("\r\n");
        return b.append("\r\n").append(body).append("\r\n").toString();
    }

    private JsonNode ingest(String raw) {
        var r = tix.runWithInput(raw, "mail", "ingest", "--json");
        assertEquals(0, r.code(), r.toString());
        return r.json();
    }

    private long outbox(String kind) {
        JsonNode rows = tix.ok("mail", "outbox", "--json").json();
        long n = 0;
        for (JsonNode r : rows) if (r.get("kind").asText().equals(kind)) n++;
        return n;
    }

    @Test
    void autoResponsesStopAtThePerSenderHourlyLimit() {
        tix.ok("queue", "set", "support", "--auto-response-limit", "2");
        for (int i = 1; i <= 3; i++) ingest(mail("<l" + i + "@example.org>", "loop@example.org", "n" + i, "x"));
        assertEquals(2, outbox("auto_response"), "a third in the same hour is not sent");
        tix.at("2026-11-23T11:30:00Z");
        ingest(mail("<l4@example.org>", "loop@example.org", "n4", "x"));
        assertEquals(3, outbox("auto_response"), "the next hour has room again");
        tix.ok("queue", "set", "support", "--no-auto-response");
        ingest(mail("<l5@example.org>", "other@example.org", "n5", "x"));
        assertEquals(3, outbox("auto_response"), "switched off per queue");
    }

    @Test
    void aReplyToAClosedTicketFollowsTheQueuePolicy() {
        ingest(mail("<c1@example.org>", "ana@example.org", "Broken", "x"));
        tix.ok("reply", "1", "--body", "fixed", "--status", "resolved");
        tix.ok("close", "1");
        JsonNode follow = ingest(mail("<c2@example.org>", "ana@example.org", "Re: [#1] Broken", "again", "In-Reply-To: <c1@example.org>"));
        assertEquals(2, follow.get("id").asInt(), "default policy: a new follow-up ticket");
        assertEquals(1, follow.get("follow_up_of").asInt());
        assertEquals("new", follow.get("status").asText());

        tix.ok("queue", "set", "support", "--follow-up", "reject");
        long before = outbox("auto_response");
        JsonNode rejected = ingest(mail("<c3@example.org>", "ana@example.org", "Re: [#1] Broken", "once more", "In-Reply-To: <c1@example.org>"));
        assertEquals(1, rejected.get("id").asInt());
        assertEquals("closed", rejected.get("status").asText(), "nothing opened");
        assertEquals(before + 1, outbox("auto_response"), "the customer is told");
        JsonNode last = tix.ok("mail", "outbox", "--json").json();
        assertTrue(last.get(last.size() - 1).toString().contains("[#1]"));
    }

    @Test
    void phoneTicketsQueueAFollowUpFromTheQueueTemplate() {
        tix.ok("agent", "set", "lead", "--name", "Lea Lead");
        tix.ok("queue", "set", "support", "--phone-template",
                "Hi {requester.name}, we noted #{ticket.id} \"{ticket.title}\" ({agent.name}). {unknown}");
        tix.ok("create", "--title", "Router reset", "--requester", "kim@example.org", "--name", "Kim", "--channel", "phone");
        JsonNode rows = tix.ok("mail", "outbox", "--json").json();
        assertEquals(1, rows.size());
        assertEquals("follow_up", rows.get(0).get("kind").asText());
        assertEquals("[#1] Router reset", rows.get(0).get("subject").asText());
        var sent = tix.run("mail", "send", "--url", "smtp://127.0.0.1:" + MAIL.getSmtp().getPort(), "--json");
        assertEquals(1, sent.json().get("sent").asInt(), sent.toString());
        tix.ok("create", "--title", "Walk-in", "--requester", "kim@example.org", "--channel", "web");
        assertEquals(1, tix.ok("mail", "outbox", "--json").json().size(), "only phone tickets get one");
    }

    @Test
    void aMaildirIsIngestedOnceAndItsNewMessagesMoveToCur() throws Exception {
        Path md = dir.resolve("Maildir");
        Files.createDirectories(md.resolve("new"));
        Files.createDirectories(md.resolve("cur"));
        Files.createDirectories(md.resolve("tmp"));
        Files.writeString(md.resolve("new/1.host"), mail("<d1@example.org>", "a@example.org", "one", "1"));
        Files.writeString(md.resolve("new/2.host"), mail("<d2@example.org>", "b@example.org", "two", "2"));
        Files.writeString(md.resolve("cur/0.host:2,S"), mail("<d0@example.org>", "c@example.org", "zero", "0"));
        Files.writeString(md.resolve("new/3.host"), "");
        var r = tix.run("mail", "ingest", md.toString(), "--json");
        assertEquals(7, r.code(), "the empty file is refused: " + r);
        assertEquals(4, r.json().size());
        assertEquals(3, tix.ok("list", "--json").json().size());
        assertTrue(Files.exists(md.resolve("cur/1.host:2,S")) && Files.exists(md.resolve("cur/2.host:2,S")));
        assertTrue(Files.exists(md.resolve("new/3.host")), "what was refused stays where it was");
        var again = tix.run("mail", "ingest", md.toString(), "--json");
        assertEquals(3, tix.ok("list", "--json").json().size(), "nothing twice: " + again.out());
    }

    @Test
    void aColleagueAnsweringInTheThreadIsTheAuthorOfTheirMessage() {
        ingest(mail("<t1@example.org>", "ana@example.org", "Printer", "it jams"));
        ingest(mail("<t2@example.org>", "bob@example.org", "Re: [#1] Printer", "same here", "In-Reply-To: <t1@example.org>"));
        JsonNode t = tix.ok("show", "1", "--json").json();
        JsonNode messages = t.get("messages");
        assertEquals("ana@example.org", messages.get(0).get("author").asText());
        assertEquals("bob@example.org", messages.get(messages.size() - 1).get("author").asText());
        assertEquals("ana@example.org", t.get("requester").get("email").asText(), "the requester stays");
        assertEquals(1, tix.ok("list", "--json").json().size(), "no new ticket");
    }

    @Test
    void suspendedMailIsListedShownAcceptedOrRejected() {
        ingest(mail("<s1@example.org>", "ooo@example.org", "Out of office", "away", "Auto-Submitted: auto-replied"));
        ingest(mail("<s2@example.org>", "spam@example.org", "WIN", "money", "Precedence: bulk"));
        JsonNode list = tix.ok("suspended", "list", "--json").json();
        assertEquals(2, list.size());
        assertEquals("Auto-Submitted: auto-replied", list.get(0).get("reason").asText());
        assertEquals("ooo@example.org", list.get(0).get("from").asText());
        JsonNode shown = tix.ok("suspended", "show", "1", "--json").json();
        assertTrue(shown.get("raw").asText().contains("Message-ID: <s1@example.org>"));
        assertEquals("", tix.ok("list", "--json", "--status", "new").json().toString().replace("[]", ""));
        assertEquals("[]", tix.ok("mail", "outbox", "--json").json().toString(), "nothing answers suspended mail");
        assertEquals("new", tix.ok("suspended", "accept", "1", "--json").json().get("status").asText());
        JsonNode outbox = tix.ok("mail", "outbox", "--json").json();
        assertEquals(1, outbox.size(), "accepted mail gets the queue's new-ticket answer: " + outbox);
        assertEquals("auto_response", outbox.get(0).get("kind").asText());
        assertEquals("ooo@example.org", outbox.get(0).get("to").asText());
        assertEquals(1, outbox.get(0).get("ticket_id").asInt());
        JsonNode rejected = tix.ok("suspended", "reject", "2", "--json").json();
        assertEquals("closed", rejected.get("status").asText());
        assertEquals("spam", rejected.get("tags").get(0).asText());
        byte[] before = tix.bytes();
        var again = tix.run("suspended", "accept", "1");
        assertEquals(4, again.code(), again.toString());
        assertArrayEquals(before, tix.bytes());
        assertEquals(3, tix.run("suspended", "show", "99").code());
    }

    @Test
    void titlesAndAddressesCannotInjectHeaders() throws Exception {
        tix.ok("create", "--title", "Hello\r\nBcc: victim@example.net\r\nX-Evil: 1", "--requester", "ana@example.org",
                "--body", "x");
        tix.ok("reply", "1", "--body", "answer\r\nBcc: other@example.net");
        var sent = tix.run("mail", "send", "--url", "smtp://127.0.0.1:" + MAIL.getSmtp().getPort(), "--json");
        assertEquals(1, sent.json().get("sent").asInt(), sent.toString());
        MimeMessage[] got = MAIL.getReceivedMessages();
        assertEquals(1, got.length, "one recipient, no Bcc smuggled in");
        assertNull(got[0].getHeader("X-Evil"));
        assertNull(got[0].getRecipients(Message.RecipientType.BCC));
        assertEquals("[#1] Hello Bcc: victim@example.net X-Evil: 1", got[0].getSubject());
    }

    @Test
    void aPasswordInAMailUrlIsRefusedAndNothingChanges() {
        byte[] before = tix.bytes();
        var r = tix.run("queue", "set", "support", "--fetch-url", "imaps://me:secret@imap.example.com/INBOX");
        assertEquals(2, r.code(), r.toString());
        assertFalse(r.err().contains("secret"), "the password is not echoed");
        assertArrayEquals(before, tix.bytes());
        var send = tix.run("mail", "send", "--url", "smtp://me:secret@127.0.0.1:25");
        assertEquals(2, send.code());
        var none = tix.run("mail", "send");
        assertEquals(2, none.code(), "no server configured");
        assertTrue(none.err().startsWith("tix: no SMTP server configured"), none.err());
    }
}
