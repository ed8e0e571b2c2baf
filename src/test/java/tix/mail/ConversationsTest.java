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
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/**
 * Who an answer reaches (issue 14): CC kept and given, the desk address the customer wrote to, files sent as MIME
 * parts, side conversations with a partner, and answers to channel handles that a person posts. Real SMTP (GreenMail).
 */
class ConversationsTest {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(true);

    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() {
        tix = new TixRunner(dir).as("lead").env("TIX_DEBUG", System.getenv("TIX_DEBUG"));
        tix.ok("init");
        tix.ok("queue", "add", "cloud", "--address", "cloud@chat.example,suporte@chat.example");
    }

    private String smtp() {
        return "smtp://127.0.0.1:" + MAIL.getSmtp().getPort();
    }

    static MimeMessage mail(String from, String to, String cc, String subject, String body, String messageId,
                            String inReplyTo) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        if (cc != null) m.setRecipients(Message.RecipientType.CC, InternetAddress.parse(cc));
        m.setSubject(subject, "UTF-8");
        m.setText(body, "UTF-8");
        if (inReplyTo != null) {
            m.setHeader("In-Reply-To", inReplyTo);
            m.setHeader("References", inReplyTo);
        }
        m.saveChanges();
        return m;
    }

    static String raw(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private TixRunner.Result ingest(MimeMessage m) throws Exception {
        return tix.runWithInput(raw(m), "mail", "ingest", "--json");
    }

    private static List<String> addresses(MimeMessage m, Message.RecipientType type) throws Exception {
        List<String> out = new ArrayList<>();
        if (m.getRecipients(type) != null) {
            for (var a : m.getRecipients(type)) out.add(((InternetAddress) a).getAddress());
        }
        return out;
    }

    private MimeMessage received(String subjectPart) {
        return received(subjectPart, "");
    }

    private MimeMessage received(String subjectPart, String bodyPart) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(subjectPart) && (bodyPart.isEmpty()
                        || m.getContent() instanceof String text && text.contains(bodyPart));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no mail with " + subjectPart));
    }

    @Test
    void theAnswerComesFromTheAddressTheCustomerWroteToAndCopiesWhomTheyCopied() throws Exception {
        tix.ok("queue", "set", "cloud", "--cc", "audit@chat.example");
        ingest(mail("ana@example.org", "suporte@chat.example", "boss@example.org, cloud@chat.example",
                "Não consigo entrar", "Olá", "<a1@example.org>", null));
        JsonNode t = tix.ok("show", "1", "--json").json();
        assertEquals("suporte@chat.example", t.get("to_address").asText());
        assertEquals("[\"suporte@chat.example\"]", t.get("messages").get(0).get("to").toString());
        assertEquals("[\"boss@example.org\",\"cloud@chat.example\"]", t.get("messages").get(0).get("cc").toString());

        tix.ok("reply", "1", "--body", "Tente de novo", "--cc", "tier2@chat.example");
        JsonNode reply = tix.ok("show", "1", "--json").json().get("messages").get(1);
        assertEquals("[\"ana@example.org\"]", reply.get("to").toString());
        assertEquals("[\"tier2@chat.example\",\"audit@chat.example\",\"boss@example.org\"]", reply.get("cc").toString(),
                "given, the queue's default, whom the customer copied; never the desk's own address");

        assertEquals(0, tix.run("mail", "send", "--url", smtp()).code());
        MimeMessage out = received("[#1] Não consigo", "Tente de novo");
        assertEquals("suporte@chat.example", ((InternetAddress) out.getFrom()[0]).getAddress(),
                "not the queue's first address cloud@");
        MimeMessage auto = received("[#1] Não consigo", "received");
        assertEquals("suporte@chat.example", ((InternetAddress) auto.getFrom()[0]).getAddress(), "the auto-response too");
        assertEquals(List.of(), addresses(auto, Message.RecipientType.CC), "no CC on automatic mail");
        assertEquals(List.of("ana@example.org"), addresses(out, Message.RecipientType.TO));
        assertEquals(List.of("tier2@chat.example", "audit@chat.example", "boss@example.org"),
                addresses(out, Message.RecipientType.CC));
        assertEquals(1 + 4, MAIL.getReceivedMessages().length, "the auto-response, and the answer to ana and three CCs");
    }

    @Test
    void aBadCcAddressIsAUsageErrorAndWritesNothing() {
        tix.ok("create", "--title", "x", "--requester", "ana@example.org");
        byte[] before = tix.bytes();
        TixRunner.Result bad = tix.run("reply", "1", "--body", "hi", "--cc", "not an address");
        assertEquals(2, bad.code(), bad.toString());
        assertEquals("tix: bad CC address 'not an address' (an email like dev@example.com)\n", bad.err());
        assertArrayEquals(before, tix.bytes());
    }

    @Test
    void attachedFilesLeaveAsMimePartsByteForByte() throws Exception {
        tix.ok("create", "--title", "Screenshot please", "--requester", "ana@example.org", "--body", "It breaks");
        byte[] png = new byte[70_000];
        new Random(42).nextBytes(png);
        Path shot = dir.resolve("tela cheia ç.png");
        Files.write(shot, png);
        Path log = dir.resolve("trace.log");
        Files.writeString(log, "line 1\r\nline 2 – ünïcode\n", StandardCharsets.UTF_8);

        tix.ok("reply", "1", "--body", "See the annotated screenshot", "--attach", shot.toString(), "--attach",
                log.toString());
        JsonNode list = tix.ok("attachment", "list", "1", "--json").json();
        assertEquals(2, list.size());
        assertEquals("tela cheia ç.png", list.get(0).get("filename").asText());
        assertEquals("image/png", list.get(0).get("content_type").asText());
        assertTrue(tix.ok("show", "1").out().contains("tela cheia ç.png"), "show lists it");

        assertEquals(0, tix.run("mail", "send", "--url", smtp()).code());
        MimeMessage out = received("Screenshot please");
        Multipart parts = (Multipart) out.getContent();
        assertEquals(3, parts.getCount());
        assertTrue(parts.getBodyPart(0).getContent().toString().startsWith("See the annotated screenshot"));
        Part image = parts.getBodyPart(1);
        assertEquals("tela cheia ç.png", jakarta.mail.internet.MimeUtility.decodeText(image.getFileName()));
        assertArrayEquals(png, image.getInputStream().readAllBytes());
        assertArrayEquals(Files.readAllBytes(log), parts.getBodyPart(2).getInputStream().readAllBytes(),
                "a text file keeps its CRLF and bytes");

        // the customer answers with the file quoted back: tix's own reader keeps the same bytes
        MimeMessage back = new MimeMessage(out);
        back.setFrom(new InternetAddress("ana@example.org"));
        back.setRecipients(Message.RecipientType.TO, "support@example.com");
        back.setHeader("In-Reply-To", out.getMessageID());
        back.setHeader("Message-ID", "<back1@example.org>");
        back.saveChanges();
        back.setHeader("Message-ID", "<back1@example.org>");
        TixRunner.Result again = tix.runWithInput(raw(back), "mail", "ingest", "--json");
        assertEquals(0, again.code(), again.toString());
        Path saved = Files.createDirectory(dir.resolve("saved"));
        tix.ok("attachment", "save", "1", "3", "--to", saved.toString());
        assertArrayEquals(png, Files.readAllBytes(saved.resolve("tela cheia ç.png")));
    }

    @Test
    void anInlineImageIsKeptWithItsMessageAndListedInShow() throws Exception {
        byte[] png = new byte[4000];
        new Random(3).nextBytes(png);
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("ana@example.org"));
        m.setRecipients(Message.RecipientType.TO, "cloud@chat.example");
        m.setSubject("Look at this");
        jakarta.mail.internet.MimeMultipart related = new jakarta.mail.internet.MimeMultipart("related");
        jakarta.mail.internet.MimeBodyPart html = new jakarta.mail.internet.MimeBodyPart();
        html.setContent("<p>The error: <img src=\"cid:shot1\"></p>", "text/html; charset=UTF-8");
        related.addBodyPart(html);
        jakarta.mail.internet.MimeBodyPart image = new jakarta.mail.internet.MimeBodyPart();
        image.setDataHandler(new jakarta.activation.DataHandler(
                new jakarta.mail.util.ByteArrayDataSource(png, "image/png")));
        image.setContentID("<shot1>");
        image.setDisposition(Part.INLINE);
        related.addBodyPart(image);
        m.setContent(related);
        m.saveChanges();
        assertEquals(0, ingest(m).code());
        JsonNode list = tix.ok("attachment", "list", "1", "--json").json();
        assertEquals(1, list.size());
        assertEquals("image/png", list.get(0).get("content_type").asText());
        assertEquals(4000, list.get(0).get("size").asInt());
        assertTrue(tix.ok("show", "1").out().contains("Attachments (tix attachment save ID N)"));
        Path saved = Files.createDirectory(dir.resolve("saved"));
        TixRunner.Result save = tix.ok("attachment", "save", "1", "1", "--to", saved.toString());
        assertArrayEquals(png, Files.readAllBytes(Path.of(save.out().strip())));
    }

    @Test
    void filesOverTheDeskLimitAreRefusedAndNothingIsWritten() throws Exception {
        tix.ok("create", "--title", "Big", "--requester", "ana@example.org", "--body", "x");
        tix.ok("config", "set", "attach.max_size", "1KB");
        assertEquals("1KB", tix.ok("config", "get", "attach.max_size", "--json").json().get("value").asText());
        Path big = dir.resolve("big.bin");
        Files.write(big, new byte[2048]);
        byte[] before = tix.bytes();
        for (String[] cmd : List.of(new String[] {"reply", "1", "--body", "x", "--attach", big.toString()},
                new String[] {"note", "1", "--body", "x", "--attach", big.toString()},
                new String[] {"create", "--title", "t", "--requester", "b@example.org", "--body", "x", "--attach",
                    big.toString()})) {
            TixRunner.Result r = tix.run(cmd);
            assertEquals(2, r.code(), r.toString());
            assertEquals("tix: attachments too large: 2KB over the desk's 1KB (send a link instead, or raise it: "
                    + "tix config set attach.max_size 25MB)\n", r.err());
            assertArrayEquals(before, tix.bytes(), String.join(" ", cmd));
        }
        TixRunner.Result missing = tix.run("note", "1", "--body", "x", "--attach", dir.resolve("nope.png").toString());
        assertEquals(2, missing.code());
        assertArrayEquals(before, tix.bytes());
        assertEquals(2, tix.run("config", "set", "attach.max_size", "lots").code());
    }

    @Test
    void aSideConversationThreadsThePartnersAnswerBackAsAnInternalNote() throws Exception {
        ingest(mail("ana@example.org", "cloud@chat.example", null, "Webhook lost", "Our webhooks vanish",
                "<c1@example.org>", null));
        JsonNode side = tix.ok("side", "1", "--to", "support@partner.example", "--cc", "dev@chat.example,tier2@chat.example",
                "--body", "Do you drop webhooks over 1MB?", "--json").json();
        assertEquals(1, side.get("id").asInt());
        assertEquals("[\"dev@chat.example\",\"tier2@chat.example\"]", side.get("cc").toString());
        assertEquals(0, tix.run("mail", "send", "--url", smtp()).code());
        MimeMessage toPartner = received("side 1");
        assertEquals("[#1 side 1] Webhook lost", toPartner.getSubject());
        assertEquals(List.of("dev@chat.example", "tier2@chat.example"), addresses(toPartner, Message.RecipientType.CC));
        assertTrue(toPartner.getHeader("References")[0].contains(side.get("reference").asText()));
        assertFalse(toPartner.getHeader("References")[0].contains("c1@example.org"), "the customer's mail ids stay home");
        assertFalse(toPartner.getContent().toString().contains("Our webhooks vanish"));

        String status = tix.ok("show", "1", "--json").json().get("status").asText();
        // the partner's ticket system answers with its own number in the subject, threaded to our mail
        ingest(mail("support@partner.example", "cloud@chat.example", null,
                "Re: [Partner #1234] [#1 side 1] Webhook lost", "Yes, 1MB is our cap.", "<p1@partner.example>",
                toPartner.getMessageID()));
        JsonNode t = tix.ok("show", "1", "--json").json();
        JsonNode answer = t.get("messages").get(t.get("messages").size() - 1);
        assertEquals("note", answer.get("kind").asText());
        assertEquals("support@partner.example", answer.get("author").asText());
        assertEquals(1, answer.get("side").asInt());
        assertEquals(status, t.get("status").asText(), "a partner's answer changes no status");
        assertEquals(1, tix.ok("list", "--json").json().size(), "no new ticket");
        JsonNode sides = tix.ok("side", "list", "1", "--json").json();
        assertEquals("1234", sides.get(0).get("partner_ticket").asText());
        assertEquals(2, sides.get(0).get("messages_count").asInt());

        // never in front of the customer
        tix.ok("reply", "1", "--body", "We found the cause.");
        String customer = tix.ok("export", "--customer", "--format", "json").out();
        assertFalse(customer.contains("1MB is our cap") || customer.contains("drop webhooks"), customer);
        assertEquals(0, tix.run("mail", "send", "--url", smtp()).code());
        MimeMessage toAna = received("Re: Webhook lost".substring(4));
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (addresses(m, Message.RecipientType.TO).contains("ana@example.org")) {
                assertFalse(m.getContent().toString().contains("1MB is our cap"));
            }
        }
        assertTrue(toAna != null);

        // a subject naming "Case 987" in a later answer updates the number
        ingest(mail("support@partner.example", "cloud@chat.example", null, "Case 987: [#1 side 1] Webhook lost",
                "Moved to engineering.", "<p2@partner.example>", "<p1@partner.example>"));
        assertEquals("987", tix.ok("side", "list", "1", "--json").json().get(0).get("partner_ticket").asText());
    }

    @Test
    void aSideConversationGoesTwoRoundsOnOneThread() throws Exception {
        ingest(mail("ana@example.org", "cloud@chat.example", null, "Webhook lost", "Our webhooks vanish",
                "<c1@example.org>", null));
        String reference = tix.ok("side", "1", "--to", "support@partner.example", "--cc", "dev@chat.example",
                "--body", "Do you drop webhooks over 1MB?", "--json").json().get("reference").asText();
        assertEquals(0, tix.run("mail", "send", "--url", smtp()).code());
        MimeMessage first = received("side 1", "over 1MB");
        ingest(mail("support@partner.example", "cloud@chat.example", null, "Re: [#1 side 1] Webhook lost",
                "Yes, 1MB is our cap.", "<p1@partner.example>", first.getMessageID()));

        // round two: the agent asks again in the same conversation, copying tier2@ from now on
        Path trace = dir.resolve("trace.txt");
        Files.writeString(trace, "POST /hook 413\n");
        JsonNode again = tix.ok("side", "reply", "1", "--cc", "tier2@chat.example", "--body",
                "Can you raise it for us?", "--attach", trace.toString(), "--json").json();
        assertEquals(3, again.get("messages_count").asInt());
        assertEquals("[\"dev@chat.example\",\"tier2@chat.example\"]", again.get("cc").toString());
        assertEquals(0, tix.run("mail", "send", "--url", smtp()).code());
        MimeMessage second = received("Re: [#1 side 1]");
        assertEquals("Re: [#1 side 1] Webhook lost", second.getSubject());
        assertEquals(List.of("support@partner.example"), addresses(second, Message.RecipientType.TO));
        assertEquals(List.of("dev@chat.example", "tier2@chat.example"), addresses(second, Message.RecipientType.CC));
        assertEquals("<p1@partner.example>", second.getHeader("In-Reply-To")[0], "answers the partner's last mail");
        String refs = second.getHeader("References")[0];
        assertTrue(refs.startsWith(reference) && refs.contains(first.getMessageID()) && refs.contains("<p1@partner.example>"),
                refs);
        assertFalse(refs.contains("c1@example.org"), "the customer's mail ids stay home");
        Multipart parts = (Multipart) second.getContent();
        assertArrayEquals(Files.readAllBytes(trace), parts.getBodyPart(1).getInputStream().readAllBytes());

        // the partner answers the second mail (only its Message-ID in In-Reply-To, a subject of their own)
        MimeMessage answer = mail("support@partner.example", "cloud@chat.example", null, "Your request",
                "Raised to 5MB.", "<p2@partner.example>", null);
        answer.setHeader("In-Reply-To", second.getMessageID());
        answer.saveChanges();
        answer.setHeader("Message-ID", "<p2@partner.example>");
        assertEquals(0, ingest(answer).code());
        JsonNode t = tix.ok("show", "1", "--json").json();
        JsonNode last = t.get("messages").get(t.get("messages").size() - 1);
        assertEquals("Raised to 5MB.", last.get("body").asText().strip());
        assertEquals("note", last.get("kind").asText());
        assertEquals(1, last.get("side").asInt());
        assertEquals(1, tix.ok("list", "--json").json().size(), "no new ticket");
        JsonNode listed = tix.ok("side", "list", "1", "--json").json().get(0);
        assertEquals(4, listed.get("messages_count").asInt());
        assertEquals(last.get("created_at").asText(), listed.get("updated_at").asText(), "last activity");
        String text = tix.ok("side", "list", "1").out();
        assertTrue(text.contains("support@partner.example") && text.contains(" 4 "), text);
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (addresses(m, Message.RecipientType.TO).contains("ana@example.org")) {
                assertFalse(m.getContent().toString().contains("raise it"), "never to the customer");
            }
        }

        byte[] before = tix.bytes();
        TixRunner.Result missing = tix.run("side", "reply", "9", "--body", "hello?");
        assertEquals(3, missing.code(), missing.toString());
        assertEquals("tix: side conversation 9 not found (tix side list TICKET shows a ticket's)\n", missing.err());
        assertEquals(2, tix.run("side", "reply", "x", "--body", "hello?").code());
        assertEquals(2, tix.run("side", "reply", "1", "--body", "hi", "--cc", "nobody").code());
        assertArrayEquals(before, tix.bytes());
    }

    @Test
    void sideNeedsAPartnerAndATicket() {
        tix.ok("create", "--title", "x", "--requester", "ana@example.org");
        byte[] before = tix.bytes();
        assertEquals(2, tix.run("side", "1", "--body", "hi").code());
        assertEquals(2, tix.run("side", "1", "--to", "nobody", "--body", "hi").code());
        assertEquals(3, tix.run("side", "9", "--to", "p@partner.example", "--body", "hi").code());
        assertArrayEquals(before, tix.bytes());
        assertEquals("[]", tix.ok("side", "list", "1", "--json").json().toString());
    }

    @Test
    void answersToAHandleWaitForAPersonToPostThem() throws Exception {
        JsonNode t = tix.ok("create", "--title", "App crashes", "--requester", "twitter:@ana_l", "--body",
                "your app crashes", "--json").json();
        assertEquals("social", t.get("channel").asText(), "the handle tells the channel");
        assertEquals("twitter:@ana_l", t.get("requester").get("email").asText());
        tix.ok("create", "--title", "1 star", "--requester", "appstore:review-5521", "--body", "bad");
        assertEquals("review", tix.ok("show", "2", "--json").json().get("channel").asText());

        tix.ok("reply", "1", "--body", "Sorry! Fixed in 2.1.");
        JsonNode manual = tix.ok("mail", "outbox", "--status", "manual", "--json").json();
        assertEquals(1, manual.size());
        assertEquals("reply", manual.get(0).get("kind").asText());
        assertEquals("twitter:@ana_l", manual.get(0).get("to").asText());
        assertEquals("Sorry! Fixed in 2.1.", manual.get(0).get("body").asText().strip());

        JsonNode sent = tix.ok("mail", "send", "--url", smtp(), "--json").json();
        assertEquals(0, sent.get("sent").asInt());
        assertEquals(0, MAIL.getReceivedMessages().length, "never mailed");

        long id = manual.get(0).get("id").asLong();
        assertEquals("sent", tix.ok("mail", "mark-sent", String.valueOf(id), "--json").json().get("status").asText());
        assertEquals("[]", tix.ok("mail", "outbox", "--status", "manual", "--json").json().toString());
        TixRunner.Result twice = tix.run("mail", "mark-sent", String.valueOf(id));
        assertEquals(4, twice.code(), twice.toString());
        assertEquals(3, tix.run("mail", "mark-sent", "999").code());
        assertEquals(2, tix.run("create", "--title", "x", "--requester", "myspace:tom").code(), "unknown network");
        assertNull(tix.ok("show", "1", "--json").json().get("to_address").textValue());
    }
}
