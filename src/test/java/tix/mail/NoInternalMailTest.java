package tix.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/**
 * Internal notes and system messages never leave: a desk writes every kind of message, each with a marker, sends
 * everything through a real SMTP server, and no outbox row and no delivered message carries a private marker.
 */
class NoInternalMailTest {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    static final List<String> PRIVATE = List.of("NOTE-MARKER-1", "QUESTION-MARKER-2", "SYSTEM-MARKER-3",
            "INTERNAL-CREATE-MARKER-4", "NOTE-ON-CLOSED-MARKER-5", "MERGED-NOTE-MARKER-6");

    static byte[] mail(String id, String subject, String body, String... extra) {
        StringBuilder b = new StringBuilder("From: Ana <ana@example.org>\r\nTo: support@example.com\r\nSubject: ")
                .append(subject).append("\r\nMessage-ID: ").append(id).append("\r\n");
        for (String e : extra) b.append(e).append("\r\n");
        return b.append("\r\n").append(body).append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void noNoteOrSystemMessageReachesAnyOutboxRowOrSmtpMessage() throws Exception {
        TixRunner tix = new TixRunner(dir).as("lead");
        tix.ok("init");
        tix.ok("queue", "set", "support", "--add-address", "support@example.com",
                "--closed-template", "Ticket {ticket.id} ({ticket.title}) is resolved.");
        tix.runWithBytes(mail("<m1@example.org>", "Help", "PUBLIC-CUSTOMER-TEXT"), "mail", "ingest");
        tix.ok("note", "1", "--body", "NOTE-MARKER-1 do not tell the customer");
        tix.ok("escalate", "1", "--question", "QUESTION-MARKER-2 is this a bug?");
        var auto = tix.runWithBytes(mail("<m2@example.org>", "Out of office", "SYSTEM-MARKER-3 away",
                "Auto-Submitted: auto-replied", "In-Reply-To: <m1@example.org>"), "mail", "ingest", "--json");
        assertEquals(1, auto.json().get("id").asInt());
        tix.ok("create", "--title", "Phone call", "--requester", "ana@example.org", "--channel", "phone",
                "--internal", "--body", "INTERNAL-CREATE-MARKER-4 caller was rude");
        tix.runWithBytes(mail("<m3@example.org>", "Second question", "another"), "mail", "ingest");
        tix.ok("note", "3", "--body", "MERGED-NOTE-MARKER-6");
        tix.ok("merge", "3", "--into", "1");
        tix.ok("reply", "1", "--body", "PUBLIC-ANSWER-TEXT", "--status", "resolved");
        tix.ok("close", "1");
        tix.ok("note", "1", "--body", "NOTE-ON-CLOSED-MARKER-5");

        JsonNode shown = tix.ok("show", "1", "--json").json();
        String everything = shown.toString();
        for (String marker : PRIVATE.subList(0, 3)) assertTrue(everything.contains(marker), "the desk holds " + marker);

        var sent = tix.run("mail", "send", "--url", "smtp://127.0.0.1:" + MAIL.getSmtp().getPort(), "--json");
        assertEquals(0, sent.code(), sent.toString());
        MimeMessage[] delivered = MAIL.getReceivedMessages();
        assertTrue(delivered.length >= 4, "auto-responses, phone follow-up, reply, resolved response: " + delivered.length);

        StringBuilder wire = new StringBuilder();
        for (MimeMessage m : delivered) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            wire.append(out.toString(StandardCharsets.UTF_8)).append('\n').append(m.getContent()).append('\n');
        }
        StringBuilder rows = new StringBuilder();
        try (Connection c = tix.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT subject, body, coalesce(in_reply_to, ''), coalesce(refs, '') FROM outbox")) {
            while (rs.next()) {
                for (int i = 1; i <= 4; i++) rows.append(rs.getString(i)).append('\n');
            }
        }
        assertTrue(wire.toString().contains("PUBLIC-ANSWER-TEXT"), "the public answer went out");
        assertTrue(wire.toString().contains("is resolved."), "the resolved auto-response went out");
        for (String marker : PRIVATE) {
            assertFalse(rows.toString().contains(marker), marker + " in the outbox");
            assertFalse(wire.toString().contains(marker), marker + " on the wire");
        }
        // the automated mail's Message-ID is recorded on a system message: it must not appear in References either
        assertFalse(rows.toString().contains("<m2@example.org>"), "a system message's id in threading headers");
    }
}
