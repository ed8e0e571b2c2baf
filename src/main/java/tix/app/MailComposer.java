package tix.app;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tix.domain.Contact;
import tix.domain.Message;
import tix.domain.Ticket;

/**
 * Turns public answers into outbox rows. Only {@code reply} messages ever reach this class, so internal notes can
 * never leave. Each row gets its RFC 5322 Message-ID here, when queued, and the reply message stores the same id so
 * the customer's answer threads back to the ticket.
 */
public final class MailComposer {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Tx tx;

    public MailComposer(Tx tx) {
        this.tx = tx;
    }

    /** The Message-ID a new outbound message of this ticket will carry. */
    public String nextMessageId(Ticket t) {
        return newMessageId(t.id(), domain(t.queue()));
    }

    /**
     * Queues {@code reply} (stored with its Message-ID from {@link #nextMessageId}) to the requester; held, not
     * sent, when the address is known undeliverable.
     */
    public void queueReply(Ticket t, Message reply, Contact requester, String agentLogin, Instant now) {
        if (requester.email() == null || requester.email().indexOf('@') < 0) return;
        String domain = domain(t.queue());
        String messageId = reply.messageId();
        List<String> refs = new ArrayList<>();
        refs.add(ticketReference(t.id(), domain));
        String inReplyTo = null;
        for (Message m : tx.messages().forTicket(t.id())) {
            if (m.messageId() != null && m.kind().isPublic() && m.id() != reply.id()) {
                refs.add(m.messageId());
                if (m.kind() == tix.domain.MessageKind.CUSTOMER) inReplyTo = m.messageId();
            }
        }
        String signature = tx.agents().agent(agentLogin).map(a -> a.signature()).orElse(null);
        String body = reply.body() + (signature == null || signature.isBlank() ? "" : "\n\n-- \n" + signature);
        String from = fromAddress(t.queue());
        tx.outbox().enqueue(new Outbox.Item(0, t.id(), reply.id(), "reply", messageId, from, requester.email(),
                subject(t), body, inReplyTo, String.join(" ", refs), requester.undeliverable() ? "held" : "queued", 0,
                now, null, null));
    }

    /**
     * Queues an automatic mail ({@code reminder}, {@code auto_response}, {@code follow_up}, {@code notification})
     * to the requester: the template filled in, threaded like a reply. It is no message of the ticket, so nothing
     * but this text can leave. Held when the address is undeliverable; nothing when it is no address.
     */
    public Outbox.Item queueAutomatic(Ticket t, String kind, String template, String agentLogin, Instant now) {
        Contact requester = tx.contacts().contact(t.requesterId()).orElseThrow();
        if (requester.email() == null || requester.email().indexOf('@') < 0) return null;
        String domain = domain(t.queue());
        List<String> refs = new ArrayList<>();
        refs.add(ticketReference(t.id(), domain));
        String inReplyTo = null;
        for (Message m : tx.messages().forTicket(t.id())) {
            if (m.messageId() != null && m.kind().isPublic()) {
                refs.add(m.messageId());
                if (m.kind() == tix.domain.MessageKind.CUSTOMER) inReplyTo = m.messageId();
            }
        }
        String agentName = null;
        if (agentLogin != null) {
            agentName = tx.agents().agent(agentLogin).map(a -> a.name() == null ? a.login() : a.name())
                    .orElse(agentLogin);
        }
        java.util.Map<String, String> values = new java.util.HashMap<>();
        values.put("ticket.id", String.valueOf(t.id()));
        values.put("ticket.title", t.title());
        values.put("requester.name", requester.name() == null || requester.name().isBlank()
                ? requester.email() : requester.name());
        values.put("requester.email", requester.email());
        values.put("agent.name", agentName == null ? "our team" : agentName);
        values.put("queue", t.queue());
        String from = fromAddress(t.queue());
        return tx.outbox().enqueue(new Outbox.Item(0, t.id(), null, kind, newMessageId(t.id(), domain), from,
                requester.email(), subject(t), MailTemplates.fill(template, values), inReplyTo, String.join(" ", refs),
                requester.undeliverable() ? "held" : "queued", 0, now, null, null));
    }

    /** The pending reminder of the ticket's queue (its template, else the built-in text). */
    public Outbox.Item queueReminder(Ticket t, Instant now) {
        MailSettings s = tx.mail().settings(t.queue());
        return queueAutomatic(t, "reminder", s.reminderTemplate() == null ? MailTemplates.REMINDER
                : s.reminderTemplate(), t.assignee(), now);
    }

    /** The short summary a customer gets after a phone call became a ticket. */
    public Outbox.Item queuePhoneFollowUp(Ticket t, String agentLogin, Instant now) {
        MailSettings s = tx.mail().settings(t.queue());
        return queueAutomatic(t, "follow_up", s.phoneTemplate() == null ? MailTemplates.PHONE : s.phoneTemplate(),
                agentLogin, now);
    }

    /** The queue's resolved/closed auto-response, when it has one configured. */
    public Outbox.Item queueClosedResponse(Ticket t, String agentLogin, Instant now) {
        MailSettings s = tx.mail().settings(t.queue());
        if (s.closedTemplate() == null || s.closedTemplate().isBlank()) return null;
        return queueAutomatic(t, "auto_response", s.closedTemplate(), agentLogin, now);
    }

    /**
     * A notification to an agent ({@code kind} notification): the text given, about the ticket but not threaded into
     * the customer's conversation (only the ticket reference, so the agent's client groups them by ticket).
     */
    public Outbox.Item queueNotification(Ticket t, String to, String subject, String body, Instant now) {
        String domain = domain(t.queue());
        return tx.outbox().enqueue(new Outbox.Item(0, t.id(), null, "notification", newMessageId(t.id(), domain),
                fromAddress(t.queue()), to, subject, body, null, ticketReference(t.id(), domain), "queued", 0, now, null,
                null));
    }

    static String subject(Ticket t) {
        return "[#" + t.id() + "] " + t.title();
    }

    /** The per-ticket reference every outbound message carries, e.g. {@code <tix.42@example.com>}. */
    public static String ticketReference(long ticketId, String domain) {
        return "<tix." + ticketId + "@" + domain + ">";
    }

    public static String newMessageId(long ticketId, String domain) {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return "<tix." + ticketId + "." + HexFormat.of().formatHex(b) + "@" + domain + ">";
    }

    /** The queue's From: its address, else its first inbound address, else null (mail.from at send time). */
    String fromAddress(String queue) {
        String address = tx.queues().queue(queue).map(q -> q.address()).orElse(null);
        if (address != null && !address.isBlank()) return address;
        List<String> inbound = tx.mail().addresses(queue);
        return inbound.isEmpty() ? null : inbound.get(0);
    }

    /** The mail domain: the queue address's domain, else the setting mail.domain, else localhost. */
    String domain(String queue) {
        String address = fromAddress(queue);
        if (address != null && address.indexOf('@') > 0) return address.substring(address.indexOf('@') + 1);
        return tx.settings().get("mail.domain").orElse("localhost");
    }
}
