package tix.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/**
 * Issue 14 "Done when": a day at the chat vendor's desk (SPEC §1.1), its tags set up from the seed lists verbatim
 * (`tagset add --preset chat-vendor`, plus the desk's own area tags) and written as agents write them ("Cloud Service", "deletion request"), with
 * several inbound addresses, CC, a screenshot going out and a customer's file coming back through real SMTP and IMAP
 * (GreenMail), a side conversation with a partner (dev@ and tier2@ in CC) whose answer threads back as an internal
 * note, a social-media ticket answered by hand, and the hand-over report at the end of the day. Every mail a customer
 * gets is checked for what must never reach them.
 */
class ChatVendorDayTest {
    private static final ServerSetup[] SERVERS = Arrays.stream(ServerSetupTest.SMTP_IMAP)
            .map(ServerSetup::dynamicPort).toArray(ServerSetup[]::new);

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(SERVERS).withPerMethodLifecycle(true);

    @TempDir
    Path dir;

    private Session client() {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", String.valueOf(MAIL.getSmtp().getPort()));
        return Session.getInstance(p);
    }

    private MimeMessage mail(String from, String to, String cc, String subject, String body, String messageId,
                             String inReplyTo, String fileName, byte[] file) throws Exception {
        MimeMessage m = new MimeMessage(client()) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        if (cc != null) m.setRecipients(Message.RecipientType.CC, InternetAddress.parse(cc));
        m.setSubject(subject, "UTF-8");
        if (file == null) {
            m.setText(body, "UTF-8");
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "UTF-8");
            mixed.addBodyPart(text);
            MimeBodyPart part = new MimeBodyPart();
            part.setContent(file, "application/octet-stream");
            part.setFileName(fileName);
            part.setDisposition("attachment");
            part.setHeader("Content-Transfer-Encoding", "base64");
            mixed.addBodyPart(part);
            m.setContent(mixed);
        }
        if (inReplyTo != null) {
            m.setHeader("In-Reply-To", inReplyTo);
            m.setHeader("References", inReplyTo);
        }
        m.saveChanges();
        return m;
    }

    private List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            // GreenMail keeps one copy per recipient; the envelope recipient is in Delivered-To-less copies' headers,
            // so count a message once for each address it names in To or Cc
            List<String> named = new ArrayList<>();
            for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
                if (m.getRecipients(type) != null) {
                    for (var a : m.getRecipients(type)) named.add(((InternetAddress) a).getAddress());
                }
            }
            if (named.contains(address) && out.stream().noneMatch(o -> same(o, m))) out.add(m);
        }
        return out;
    }

    private static boolean same(MimeMessage a, MimeMessage b) {
        try {
            return a.getMessageID().equals(b.getMessageID());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String ids(JsonNode tickets) {
        List<Long> out = new ArrayList<>();
        for (JsonNode t : tickets) out.add(t.get("id").asLong());
        return out.toString().replace(" ", "");
    }

    private static String text(MimeMessage m) throws Exception {
        Object c = m.getContent();
        if (c instanceof String s) return s;
        return ((Multipart) c).getBodyPart(0).getContent().toString();
    }

    @Test
    void aDayWithCcAttachmentsASideConversationAndASocialTicket() throws Exception {
        MAIL.setUser("support@chat.example", "support", "s3cret");
        MAIL.setUser("billing@chat.example", "billing", "s3cret");
        TixRunner tix = new TixRunner(dir).as("lead").env("TIX_MAIL_PASSWORD", "s3cret");
        String imap = "imap://support@127.0.0.1:" + MAIL.getImap().getPort() + "/INBOX";
        String smtp = "smtp://127.0.0.1:" + MAIL.getSmtp().getPort();

        // the desk: one mailbox, several addresses (support@, billing@, gdpr@), departments with a default CC
        tix.ok("init");
        tix.ok("agent", "set", "lead", "--name", "Lea Lead", "--signature", "Lea, Chat Support");
        tix.ok("agent", "add", "ana", "--name", "Ana Agent");
        tix.ok("queue", "set", "support", "--add-address", "support@chat.example");
        tix.ok("queue", "add", "billing", "--address", "billing@chat.example", "--priority", "high");
        tix.ok("queue", "set", "billing", "--cc", "finance@chat.example");
        tix.ok("queue", "add", "gdpr", "--address", "gdpr@chat.example");
        // the seed tag lists of SPEC §1 verbatim: area, type (one per ticket) and special, names with spaces; then
        // the desk's own area tags beyond §1, with spaces and '/'
        tix.ok("tagset", "add", "--preset", "chat-vendor");
        tix.ok("tagset", "add", "area", "Cloud Service", "Apps / Integrations");
        JsonNode seeded = tix.ok("tagset", "list", "--json").json();
        List<String> seedTags = new ArrayList<>();
        for (JsonNode t : seeded) seedTags.add(t.get("tag").asText());
        assertTrue(seedTags.containsAll(List.of("area:Omnichannel", "area:Authentication", "area:Cloud Service",
                "area:Apps / Integrations", "type:Bug", "type:Consulting", "type:Insufficient Documentation",
                "type:Sales Related Question", "special:billing", "special:refund", "special:licensing",
                "special:deletion request")), seedTags.toString());

        // 09:00 a customer writes to billing@ with her accountant in CC; the mailbox holds it for the desk
        Transport.send(mail("carla@shop.example", "billing@chat.example", "accounts@shop.example",
                "Charged twice", "We were charged twice this month.", "<c1@shop.example>", null, null, null));
        assertTrue(MAIL.waitForIncomingEmail(5000, 2));
        JsonNode fetched = tix.ok("mail", "fetch", "--url", "imap://billing@127.0.0.1:" + MAIL.getImap().getPort()
                + "/INBOX", "--queue", "billing", "--json").json();
        assertEquals(1, fetched.get(0).get("ingested").asInt(), fetched.toString());
        JsonNode t1 = tix.ok("show", "1", "--json").json();
        assertEquals("billing", t1.get("queue").asText());
        assertEquals("billing@chat.example", t1.get("to_address").asText());
        assertEquals("[\"accounts@shop.example\"]", t1.get("messages").get(0).get("cc").toString());
        // the agent types the tags as she says them; they match the families' display names by key
        tix.ok("tag", "1", "+Billing", "+REFUND", "+sales-related-question");
        assertEquals("[\"special:billing\",\"special:refund\",\"type:Sales Related Question\"]",
                tix.ok("show", "1", "--json", "tags").json().get("tags").toString());

        // the agent answers with a screenshot of the invoice; CC: the accountant, finance@ (the queue's), tier2@;
        // her colleague Ana is copied in as a watcher
        byte[] screenshot = new byte[150_000];
        new Random(7).nextBytes(screenshot);
        Path shot = dir.resolve("invoice-2026-11.png");
        Files.write(shot, screenshot);
        tix.ok("reply", "1", "--body", "Refunded, see the marked lines.", "--attach", shot.toString(),
                "--cc", "tier2@chat.example", "--cc-agent", "ana", "--status", "pending");
        assertEquals("[\"ana\"]", tix.ok("show", "1", "--json").json().get("watchers").toString(),
                "--cc-agent goes with --cc and --attach: Ana watches the ticket from now on");
        JsonNode sent = tix.ok("mail", "send", "--url", smtp, "--json").json();
        assertEquals(2, sent.get("sent").asInt(), "the auto-response and the answer: " + sent);
        MimeMessage answer = to("carla@shop.example").stream().filter(m -> {
            try {
                return text(m).startsWith("Refunded");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).findFirst().orElseThrow();
        assertEquals("billing@chat.example", ((InternetAddress) answer.getFrom()[0]).getAddress());
        List<String> cc = new ArrayList<>();
        for (var a : answer.getRecipients(Message.RecipientType.CC)) cc.add(((InternetAddress) a).getAddress());
        assertEquals(List.of("tier2@chat.example", "finance@chat.example", "accounts@shop.example"), cc);
        Multipart parts = (Multipart) answer.getContent();
        assertEquals("invoice-2026-11.png", parts.getBodyPart(1).getFileName());
        assertArrayEquals(screenshot, parts.getBodyPart(1).getInputStream().readAllBytes(), "byte for byte");

        // 10:30 the customer answers the thread with a CSV export of her own
        byte[] csv = "date,amount\r\n2026-11-02,49.00\r\n2026-11-02,49.00\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Transport.send(mail("carla@shop.example", "billing@chat.example", "accounts@shop.example",
                "Re: " + answer.getSubject(), "Thanks, here is our side.", "<c2@shop.example>", answer.getMessageID(),
                "statement.csv", csv));
        tix.ok("mail", "fetch", "--url", "imap://billing@127.0.0.1:" + MAIL.getImap().getPort() + "/INBOX",
                "--queue", "billing");
        assertEquals("open", tix.ok("show", "1", "--json").json().get("status").asText(), "her answer reopens it");
        JsonNode files = tix.ok("attachment", "list", "1", "--json").json();
        assertEquals(2, files.size(), files.toString());
        Path saved = Files.createDirectory(dir.resolve("saved"));
        tix.ok("attachment", "save", "1", "2", "--to", saved.toString());
        assertArrayEquals(csv, Files.readAllBytes(saved.resolve("statement.csv")));

        // 11:00 a webhook problem needs the payment partner: a side conversation with dev@ and tier2@ in CC
        Transport.send(mail("dan@game.example", "support@chat.example", null, "Webhooks lost since Monday",
                "Our payment webhooks never arrive.", "<d1@game.example>", null, null, null));
        tix.ok("mail", "fetch", "--url", imap);
        tix.ok("tag", "2", "+Cloud Service", "+Omnichannel", "+type:Bug");
        TixRunner.Result typo = tix.run("tag", "2", "+Cloud Servise");
        assertEquals(2, typo.code(), typo.toString());
        assertTrue(typo.err().contains("Cloud Service"), "the refusal suggests the family's tag: " + typo.err());
        assertEquals("[2]", ids(tix.ok("list", "--tag", "cloud service", "--json").json()), "any spelling finds it");
        // the webhook problem goes up to the developers' tier while the partner is asked
        tix.ok("escalate", "2", "--to", "t3", "--question", "Do the webhooks fail above a payload size?");
        tix.ok("known", "create", "--title", "Payment webhooks above 1MB are dropped");
        tix.ok("known", "link", "1", "2");
        JsonNode side = tix.ok("side", "2", "--to", "support@payments.example", "--cc",
                "dev@chat.example,tier2@chat.example", "--body", "Do you cap webhook payloads at 1MB?", "--json").json();
        tix.ok("note", "2", "--body", "Asked the payment partner, see side 1");
        tix.ok("mail", "send", "--url", smtp);
        MimeMessage toPartner = to("support@payments.example").get(0);
        assertEquals("[#2 side 1] Webhooks lost since Monday", toPartner.getSubject());
        assertFalse(text(toPartner).contains("never arrive"), "the customer's words stay home");

        // 13:00 the partner's desk answers with its own case number; it threads back as an internal note
        Transport.send(mail("support@payments.example", "support@chat.example", "dev@chat.example",
                "RE: [#2 side 1] Webhooks lost since Monday [Payments #88123]", "Yes: 1MB, raise it in the console.",
                "<p1@payments.example>", toPartner.getMessageID(), null, null));
        tix.ok("mail", "fetch", "--url", imap);
        JsonNode t2 = tix.ok("show", "2", "--json").json();
        JsonNode last = t2.get("messages").get(t2.get("messages").size() - 1);
        assertEquals("note", last.get("kind").asText());
        assertEquals(side.get("id").asInt(), last.get("side").asInt());
        assertEquals("88123", tix.ok("side", "list", "2", "--json").json().get(0).get("partner_ticket").asText());
        assertEquals(2, tix.ok("list", "--json").json().size(), "the partner's mail opened no ticket");
        tix.ok("deescalate", "2", "--to", "t1", "--answer", "The partner caps payloads at 1MB; raise it in the console");

        tix.ok("reply", "2", "--body", "Please raise the payload limit in the console.", "--status", "resolved");
        tix.ok("mail", "send", "--url", smtp);
        for (MimeMessage m : to("dan@game.example")) {
            String body = text(m);
            assertFalse(body.contains("1MB, raise it") || body.contains("Asked the payment partner")
                    || body.contains("cap webhook payloads"), "internal text reached the customer: " + body);
        }
        String customerExport = tix.ok("export", "--customer", "--format", "json").out();
        assertFalse(customerExport.contains("1MB, raise it") || customerExport.contains("cap webhook payloads"));

        // 15:00 a tweet: the requester is a handle; the answer waits for a person to post it
        tix.ok("create", "--title", "App logs me out", "--requester", "twitter:@gamer_jo", "--body",
                "@chatvendor your app keeps logging me out", "--tag", "area:Authentication");
        tix.ok("reply", "3", "--body", "Sorry Jo! Update to 4.2, it fixes the logout.");
        int before = MAIL.getReceivedMessages().length;
        tix.ok("mail", "send", "--url", smtp);
        assertEquals(before, MAIL.getReceivedMessages().length, "nothing mailed to a handle");
        JsonNode manual = tix.ok("mail", "outbox", "--status", "manual", "--json").json();
        assertEquals("twitter:@gamer_jo", manual.get(0).get("to").asText());
        tix.ok("mail", "mark-sent", manual.get(0).get("id").asText());
        assertEquals("[]", tix.ok("mail", "outbox", "--status", "manual", "--json").json().toString());
        assertEquals("social", tix.ok("show", "3", "--json").json().get("channel").asText());
        tix.ok("tag", "3", "+Apps / Integrations");
        tix.ok("escalate", "3", "--to", "t3", "--question", "Does 4.1 log out every Android user?");

        // 17:30 the hand-over: escalations both ways, the known issue, what is still open in T3 and above
        JsonNode handoff = tix.ok("report", "handoff", "--since", "7d", "--json").json();
        List<String> escalations = new ArrayList<>();
        for (JsonNode e : handoff.get("escalations")) {
            escalations.add("#" + e.get("ticket_id").asLong() + " " + e.get("from").asText() + "->" + e.get("to").asText()
                    + " " + e.get("direction").asText());
        }
        assertEquals(List.of("#2 triage->t3 up", "#2 t3->t1 down", "#3 triage->t3 up"), escalations);
        JsonNode known = handoff.get("known_issues");
        assertEquals(1, known.size(), known.toString());
        assertEquals("Payment webhooks above 1MB are dropped", known.get(0).get("title").asText());
        assertTrue(known.get(0).get("opened").asBoolean(), known.toString());
        assertEquals(1, known.get(0).get("linked").asInt(), "ticket 2 linked today: " + known);
        assertEquals(1, known.get(0).get("tickets").asInt(), known.toString());
        JsonNode high = handoff.get("open_in_high_tiers");
        assertEquals(1, high.size(), "the webhook ticket came back down and was resolved: " + high);
        assertEquals(3, high.get(0).get("id").asLong());
        assertEquals("t3", high.get(0).get("tier").asText());
        assertEquals("[]", handoff.get("process_tags").toString(), "the chat vendor's desk keeps no process tags");
        String handoffText = tix.ok("report", "handoff", "--since", "7d").out();
        assertTrue(handoffText.contains("\nStill open in high tiers (1)\n  #3  t3  "), handoffText);
    }
}
