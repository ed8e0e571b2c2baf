package tix.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/**
 * The four desks of SPEC §1, each acting out a working day with several agents, and who was told of what: the mail
 * each agent received (GreenMail, after `tix mail send`) and the lines the desk's hook script was given.
 *
 * <p>Routing work to others (assigning a colleague, handing a ticket to a team) needs the admin role until the rights
 * table of issue 13 point 1 lands; the agents who route work in these days are given it for now, and say so.
 */
class DeskDaysTest {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort()}).withPerMethodLifecycle(true);

    /** Monday 2026-11-23, 08:50 UTC: the desks open at nine. */
    static final String MORNING = "2026-11-23T08:50:00Z";

    @TempDir
    Path dir;

    TixRunner tix;
    Path hookLog;

    @BeforeEach
    void desk() throws Exception {
        tix = new TixRunner(dir).as("lead").at(MORNING);
        tix.ok("init");
        hookLog = dir.resolve("chat.log");
        Path hook = dir.resolve("post-to-chat.sh");
        Files.writeString(hook, "#!/bin/sh\n# posts each notification to the team chat; here: a log file\ncat >> '"
                + hookLog + "'\n");
        tix.ok("config", "set", "notify.hook", "sh " + hook);
    }

    // ---------------------------------------------------------------- helpers

    private TixRunner at(String agent, String time) {
        return tix.as(agent).at(time);
    }

    private void mailIn(String time, String from, String to, String subject, String body, String messageId,
                        String inReplyTo) {
        String raw = "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nMessage-ID: " + messageId
                + "\r\nDate: Mon, 23 Nov 2026 09:00:00 +0000\r\n"
                + (inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + "\r\nReferences: " + inReplyTo + "\r\n")
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n";
        var r = tix.at(time).runWithInput(raw, "mail", "ingest");
        assertEquals(0, r.code(), r.toString());
    }

    /** Sends the outbox to GreenMail and returns, per address, the subjects of the notifications it received. */
    private Map<String, List<String>> notificationsByMail() throws Exception {
        tix.at("2026-11-23T18:00:00Z").ok("mail", "send", "--url", "smtp://127.0.0.1:" + MAIL.getSmtp().getPort());
        Map<String, List<String>> out = new TreeMap<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (m.getHeader("Auto-Submitted") == null || !m.getSubject().matches("\\[#\\d+] .*")) continue;
            String to = ((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress();
            if (!to.endsWith("@desk.example")) continue;
            out.computeIfAbsent(to.substring(0, to.indexOf('@')), k -> new ArrayList<>()).add(m.getSubject());
        }
        return out;
    }

    /** What the hook was given: "agent event subject", in order. */
    private List<String> hooked() throws Exception {
        List<String> out = new ArrayList<>();
        if (!Files.exists(hookLog)) return out;
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(hookLog)) {
            JsonNode n = json.readTree(line);
            out.add(n.get("agent").asText() + " " + n.get("event").asText() + " " + n.get("subject").asText());
        }
        return out;
    }

    /** The mail bodies one address received. */
    private List<String> bodiesTo(String address) throws Exception {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            for (Address a : m.getAllRecipients()) {
                if (a.toString().contains(address)) out.add(m.getContent().toString());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- §1.1 the chat vendor's desk

    /**
     * Departments Paid Support, Community and Trials, routed by rules; a phone call; a customer's reply reaching the
     * agent who has the ticket; a hand-over to Trials; agents choosing what they hear of.
     */
    @Test
    void chatVendorDesk() throws Exception {
        tix.ok("team", "add", "paid", "--member", "lead");
        tix.ok("team", "add", "trials");
        tix.ok("team", "add", "community");
        tix.ok("queue", "set", "support", "--add-address", "support@chat.example,billing@chat.example");
        tix.ok("agent", "add", "ana", "--name", "Ana", "--team", "paid", "--email", "ana@desk.example", "--notify", "all");
        tix.ok("agent", "add", "bo", "--name", "Bo", "--team", "community", "--email", "bo@desk.example", "--notify", "all");
        // a plain agent: routing a colleague's ticket to another department is an agent's right (ticket.assign.others)
        tix.ok("agent", "add", "cy", "--name", "Cy", "--team", "trials", "--email", "cy@desk.example",
                "--notify", "assigned,reply,mention");
        tix.ok("route", "add", "to", "billing@chat.example", "--team", "paid", "--tag", "special:billing");
        tix.ok("route", "add", "domain", "trial.example", "--team", "trials");

        mailIn("2026-11-23T09:05:00Z", "pat@bigco.example", "billing@chat.example", "Invoice twice", "We were billed twice.",
                "<b1@bigco.example>", null);
        mailIn("2026-11-23T09:10:00Z", "tim@trial.example", "support@chat.example", "How do I invite users?",
                "Trying the product.", "<t1@trial.example>", null);
        at("bo", "2026-11-23T09:20:00Z").ok("create", "--title", "Phone: widget not loading", "--requester",
                "sam@shop.example", "--channel", "phone", "--body", "Called about the widget.");

        at("ana", "2026-11-23T09:30:00Z").ok("take", "1");
        at("ana", "2026-11-23T09:35:00Z").ok("reply", "1", "--body", "Refund is on its way.", "--status", "pending");
        mailIn("2026-11-23T11:00:00Z", "pat@bigco.example", "billing@chat.example", "Re: [#1] Invoice twice",
                "Thanks, and the second invoice?", "<b2@bigco.example>", "<b1@bigco.example>");
        at("bo", "2026-11-23T11:30:00Z").ok("take", "3");
        at("bo", "2026-11-23T11:40:00Z").ok("note", "3", "--body", "Looks like a trial account, @cy can you check?");
        at("cy", "2026-11-23T12:00:00Z").ok("assign", "3", "--team", "trials", "--to", "cy");

        Map<String, List<String>> mail = notificationsByMail();
        assertEquals(List.of(
                "[#1] New ticket: Invoice twice",
                "[#3] New ticket: Phone: widget not loading",
                "[#1] Customer reply: Invoice twice"), mail.get("ana"),
                "ana hears of every new ticket of her team (#1 routed to paid, #3 unrouted), and of her customer's reply");
        assertEquals(List.of("[#3] Reassigned to cy: Phone: widget not loading"), mail.get("bo"),
                "bo hears of no ticket he made himself, nor of those routed to other teams; only that #3 went to cy");
        assertEquals(List.of("[#3] Mentioned: Phone: widget not loading"), mail.get("cy"),
                "cy chose assignments, replies and mentions, not new tickets (not even #2, routed to her team)");
        assertFalse(bodiesTo("pat@bigco.example").stream().anyMatch(b -> b.contains("trial account")),
                "no note text reaches a customer");
        assertTrue(bodiesTo("cy@desk.example").stream().anyMatch(b -> b.contains("> Looks like a trial account, @cy")),
                "the mention carries the note to the agent");
        assertEquals(List.of(
                "ana new [#1] New ticket: Invoice twice",
                "ana new [#3] New ticket: Phone: widget not loading",
                "ana reply [#1] Customer reply: Invoice twice",
                "cy mention [#3] Mentioned: Phone: widget not loading",
                "bo assigned [#3] Reassigned to cy: Phone: widget not loading"), hooked(),
                "the chat hears the same, in order; lead (admin, default choices) is told of no new ticket");
    }

    // ---------------------------------------------------------------- §1.2 the tiered escalation desk

    /**
     * Triage, tiers with their teams, the sweep's escalation of an unattended ticket, a follower from Engagement, a
     * "Product" note, an escalation to on-call at night paging the on-call team, and its acknowledgement.
     */
    @Test
    void tieredEscalationDesk() throws Exception {
        tix.ok("team", "add", "tier1");
        tix.ok("team", "add", "tier2");
        tix.ok("team", "add", "engagement");
        tix.ok("team", "add", "product");
        tix.ok("tier", "set", "t1", "--team", "tier1");
        tix.ok("tier", "set", "t2", "--team", "tier2");
        tix.ok("agent", "add", "tara", "--team", "tier1", "--email", "tara@desk.example");
        tix.ok("agent", "add", "ted", "--team", "tier1", "--email", "ted@desk.example");
        tix.ok("agent", "add", "uma", "--team", "tier2", "--email", "uma@desk.example");
        tix.ok("agent", "add", "eve", "--team", "engagement", "--email", "eve@desk.example");
        tix.ok("agent", "add", "pam", "--team", "product", "--email", "pam@desk.example", "--notify", "none");
        tix.ok("agent", "add", "otto", "--team", "oncall", "--email", "otto@desk.example", "--notify", "none");
        tix.ok("agent", "add", "olga", "--team", "oncall");

        at("tara", "2026-11-23T09:00:00Z").ok("create", "--title", "Sync stuck", "--requester", "kim@acme.example",
                "--body", "Sync has been stuck since morning.");
        at("tara", "2026-11-23T09:05:00Z").ok("create", "--title", "Exports empty", "--requester", "lee@acme.example");
        // nobody attends #2 for a business hour: the sweep escalates it to t1, whose team hears of it
        tix.at("2026-11-23T10:10:00Z").ok("sweep");
        at("ted", "2026-11-23T10:20:00Z").ok("take", "2");
        at("eve", "2026-11-23T10:30:00Z").ok("follow", "1", "--team", "engagement");
        at("tara", "2026-11-23T10:40:00Z").ok("take", "1");
        at("tara", "2026-11-23T11:00:00Z").ok("escalate", "1", "--to", "t2", "--question", "Sync queue shows 0 workers?");
        at("uma", "2026-11-23T11:30:00Z").ok("take", "1");
        at("uma", "2026-11-23T11:40:00Z").ok("notify", "1", "--team", "product", "--note", "Customers need a sync status page");
        // at night the customer's whole account is down: on-call is paged at once
        at("uma", "2026-11-23T22:00:00Z").ok("escalate", "1", "--oncall", "--question", "Account down, all syncs fail");
        at("olga", "2026-11-23T22:25:00Z").ok("take", "1");
        at("olga", "2026-11-23T23:00:00Z").ok("reply", "1", "--body", "Fixed: a stuck worker was restarted.", "--status",
                "resolved");

        JsonNode sla = tix.at("2026-11-24T08:00:00Z").ok("sla", "explain", "1", "--json").json();
        assertEquals("olga", sla.get("acknowledged_by").asText(), sla.toString());
        assertEquals("2026-11-23T22:25:00Z", sla.get("stopped_at").asText());
        assertEquals("green", sla.get("colour").asText(), "acknowledged 25 minutes after the page");

        Map<String, List<String>> mail = notificationsByMail();
        assertEquals(List.of("[#1] Escalated to t1: Sync stuck", "[#2] Escalated to t1: Exports empty"), mail.get("tara"),
                "tier1 hears of the sweep's escalations into t1; tara's own escalation of #1 to t2 is not news to her");
        assertEquals(List.of("[#1] Escalated to t1: Sync stuck", "[#2] Escalated to t1: Exports empty"), mail.get("ted"));
        assertEquals(List.of("[#1] Escalated to t2: Sync stuck"), mail.get("uma"),
                "uma's team is told of the escalation into t2; what uma does herself is not news to her");
        assertEquals(List.of("[#1] Escalated to t2: Sync stuck", "[#1] ON-CALL: escalated to oncall: Sync stuck",
                "[#1] Status open -> resolved: Sync stuck"), mail.get("eve"), "Engagement follows the ticket");
        assertEquals(List.of("[#1] Note for team product: Sync stuck"), mail.get("pam"), "told although she chose none");
        assertEquals(List.of("[#1] ON-CALL: escalated to oncall: Sync stuck"), mail.get("otto"),
                "on-call is paged whatever they chose");
        assertTrue(hooked().contains("olga escalation [#1] ON-CALL: escalated to oncall: Sync stuck"),
                "olga has no address: the hook (the pager) still pages her: " + hooked());
        assertEquals(List.of("team:engagement", "team:product"), list(tix.ok("show", "1", "--json").json().get("watchers")));
    }

    // ---------------------------------------------------------------- §1.3 the hosting control panel's desk

    /**
     * Queues tied to addresses; the support admin (admin by the procedure) picks up and assigns; technicians hear of
     * what is given to them and of their customers' replies; a non-sticky ticket un-assigns on a reply; internal notes
     * never reach a customer.
     */
    @Test
    void hostingDesk() throws Exception {
        tix.ok("queue", "add", "billing", "--address", "billing@host.example");
        tix.ok("queue", "add", "tech", "--address", "tech@host.example");
        tix.ok("agent", "add", "sadmin", "--role", "admin", "--email", "sadmin@desk.example", "--notify", "all");
        tix.ok("agent", "add", "tech1", "--email", "tech1@desk.example");
        tix.ok("agent", "add", "tech2", "--email", "tech2@desk.example");

        mailIn("2026-11-23T09:00:00Z", "owner@site.example", "tech@host.example", "Site returns 500",
                "Since the upgrade my site is down.", "<s1@site.example>", null);
        mailIn("2026-11-23T09:10:00Z", "buyer@shop.example", "billing@host.example", "Upgrade plan",
                "Please move me to the bigger plan.", "<s2@shop.example>", null);
        at("sadmin", "2026-11-23T09:15:00Z").ok("assign", "1", "--to", "tech1");
        at("sadmin", "2026-11-23T09:16:00Z").ok("assign", "2", "--to", "tech2", "--no-sticky");
        at("tech1", "2026-11-23T09:40:00Z").ok("note", "1", "--body", "PHP version mismatch; @tech2 seen this before?");
        at("tech1", "2026-11-23T09:50:00Z").ok("reply", "1", "--body", "We are on it.");
        mailIn("2026-11-23T10:30:00Z", "owner@site.example", "tech@host.example", "Re: [#1] Site returns 500",
                "Still down!", "<s3@site.example>", "<s1@site.example>");
        at("tech2", "2026-11-23T10:00:00Z").ok("reply", "2", "--body", "Which plan?", "--status", "pending");
        mailIn("2026-11-23T11:00:00Z", "buyer@shop.example", "billing@host.example", "Re: [#2] Upgrade plan",
                "The business plan.", "<s4@shop.example>", "<s2@shop.example>");

        assertTrue(tix.ok("show", "2", "--json").json().get("assignee").isNull(), "not sticky: the reply un-assigned it");
        Map<String, List<String>> mail = notificationsByMail();
        assertEquals(List.of("[#1] Assigned to you: Site returns 500", "[#1] Customer reply: Site returns 500"),
                mail.get("tech1"));
        assertEquals(List.of("[#2] Assigned to you: Upgrade plan", "[#1] Mentioned: Site returns 500",
                "[#1] Status new -> open: Site returns 500", "[#1] Customer reply: Site returns 500",
                "[#2] Customer reply: Upgrade plan"), mail.get("tech2"),
                "the mention made tech2 a watcher of #1; she hears of the reply that took #2 off her");
        assertEquals(List.of("[#1] New ticket: Site returns 500", "[#2] New ticket: Upgrade plan"), mail.get("sadmin"));
        assertFalse(bodiesTo("owner@site.example").stream().anyMatch(b -> b.contains("PHP version")),
                "the note stays inside");
        assertEquals(List.of("sadmin", "tech1", "tech2"), tix.ok("notifications", "--ticket", "1", "--json").json()
                .findValuesAsText("agent").stream().distinct().toList());
    }

    // ---------------------------------------------------------------- §1.4 the small provider's desk

    /**
     * New tickets notify the team; triage moves New to Open; a ticket nobody attends escalates after about an hour and
     * its tier's team hears of it, then of its SLA turning yellow; pending four days goes to Solved and the watcher
     * hears of it.
     */
    @Test
    void smallProviderDesk() throws Exception {
        tix.ok("team", "add", "support");
        tix.ok("tier", "set", "t1", "--team", "support");
        tix.ok("agent", "add", "mia", "--team", "support", "--email", "mia@desk.example", "--notify", "all");
        tix.ok("agent", "add", "noah", "--team", "support", "--email", "noah@desk.example", "--notify", "all");
        tix.ok("config", "set", "pending.reminder_after", "off");
        tix.ok("config", "set", "pending.resolve_after", "4d");

        mailIn("2026-11-23T09:00:00Z", "a@client.example", "help@provider.example", "Mailbox full", "Cannot receive.",
                "<c1@client.example>", null);
        mailIn("2026-11-23T09:02:00Z", "b@client.example", "help@provider.example", "DNS change", "Please point www.",
                "<c2@client.example>", null);
        at("mia", "2026-11-23T09:10:00Z").ok("take", "1");
        at("mia", "2026-11-23T09:11:00Z").ok("status", "1", "open");
        at("mia", "2026-11-23T09:12:00Z").ok("follow", "1");
        at("mia", "2026-11-23T09:30:00Z").ok("reply", "1", "--body", "Quota raised; please check.", "--status", "pending");
        // #2: nobody looks for over an hour
        tix.at("2026-11-23T10:05:00Z").ok("sweep");
        assertEquals("t1", tix.ok("show", "2", "--json").json().get("tier").asText());
        // t1: green < 2 business hours from 10:05, so yellow at 12:05
        tix.at("2026-11-23T12:10:00Z").ok("sweep");
        // pending four days: solved
        tix.at("2026-11-27T09:31:00Z").ok("sweep");
        assertEquals("resolved", tix.ok("show", "1", "--json").json().get("status").asText());

        Map<String, List<String>> mail = notificationsByMail();
        assertEquals(List.of("[#1] New ticket: Mailbox full", "[#2] New ticket: DNS change",
                "[#2] Escalated to t1: DNS change", "[#2] SLA yellow: DNS change", "[#2] SLA red: DNS change"),
                mail.get("noah"), "nobody has #2: the team of its tier hears of its SLA");
        assertEquals(List.of("[#1] New ticket: Mailbox full", "[#2] New ticket: DNS change",
                "[#2] Escalated to t1: DNS change", "[#2] SLA yellow: DNS change", "[#2] SLA red: DNS change",
                "[#1] Status pending -> resolved: Mailbox full"), mail.get("mia"),
                "mia follows #1: the sweep's move to resolved is news (her own changes are not)");
        List<String> hook = hooked();
        assertEquals(11, hook.size(), hook.toString());
        assertTrue(hook.contains("mia status [#1] Status pending -> resolved: Mailbox full"), hook.toString());
    }

    private static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) out.add(n.asText());
        return out;
    }
}
