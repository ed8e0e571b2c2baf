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
final class MailComposer {
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
     * Queues {@code reply} (stored with its Message-ID from {@link #nextMessageId}) to the requester, with CC: the
     * addresses given, the queue's default CC and the people the requester last wrote to besides the desk. Held, not
     * sent, when the address is known undeliverable. To a channel handle it is a `manual` row: a person posts it.
     * The message records the To and Cc it went out with.
     */
    public void queueReply(Ticket t, Message reply, Contact requester, String agentLogin, Instant now,
                           List<String> extraCc) {
        String signature = tx.agents().agent(agentLogin).map(a -> a.signature()).orElse(null);
        String body = reply.body() + (signature == null || signature.isBlank() ? "" : "\n\n-- \n" + signature);
        if (tix.domain.Handles.is(requester.email())) {
            tx.outbox().enqueue(new Outbox.Item(0, t.id(), reply.id(), "reply", reply.messageId(), null,
                    requester.email(), subject(t), body, null, null, "manual", 0, now, null, null, null));
            tx.messages().setAddresses(reply.id(), List.of(requester.email()), List.of());
            return;
        }
        if (!tix.domain.Handles.mailable(requester.email())) return;
        String domain = domain(t);
        String messageId = reply.messageId();
        List<String> refs = new ArrayList<>();
        refs.add(ticketReference(t.id(), domain));
        String inReplyTo = null;
        List<String> cc = new ArrayList<>();
        for (String a : extraCc == null ? List.<String>of() : extraCc) add(cc, a);
        for (String a : tx.conversations().queueCc(t.queue())) add(cc, a);
        Message lastCustomer = null;
        for (Message m : tx.messages().forTicket(t.id())) {
            if (m.messageId() != null && m.kind().isPublic() && m.id() != reply.id()) {
                refs.add(m.messageId());
                if (m.kind() == tix.domain.MessageKind.CUSTOMER) inReplyTo = m.messageId();
            }
            if (m.kind() == tix.domain.MessageKind.CUSTOMER && m.sideId() == null) lastCustomer = m;
        }
        if (lastCustomer != null) {
            // reply to all: whoever the requester wrote to besides this desk hears the answer too
            for (String a : lastCustomer.to()) add(cc, a);
            for (String a : lastCustomer.cc()) add(cc, a);
        }
        cc.removeIf(a -> a.equalsIgnoreCase(requester.email()) || isDeskAddress(a));
        String from = fromAddress(t);
        tx.outbox().enqueue(new Outbox.Item(0, t.id(), reply.id(), "reply", messageId, from, requester.email(),
                subject(t), body, inReplyTo, String.join(" ", refs), requester.undeliverable() ? "held" : "queued", 0,
                now, null, null, cc.isEmpty() ? null : String.join(",", cc)));
        tx.messages().setAddresses(reply.id(), List.of(requester.email()), cc);
    }

    /**
     * Queues a message of a side conversation to the partner (kind {@code side}): threaded by the conversation's own
     * reference, never by the customer's thread, so the partner never sees the customer's mail ids.
     */
    public Outbox.Item queueSide(Ticket t, Conversations.Side side, Message msg, String agentLogin, Instant now) {
        String signature = tx.agents().agent(agentLogin).map(a -> a.signature()).orElse(null);
        String body = msg.body() + (signature == null || signature.isBlank() ? "" : "\n\n-- \n" + signature);
        List<String> refs = new ArrayList<>();
        refs.add(side.reference());
        String inReplyTo = null;
        for (Message m : tx.messages().forTicket(t.id())) {
            if (m.messageId() == null || m.id() == msg.id() || !Long.valueOf(side.id()).equals(m.sideId())) continue;
            refs.add(m.messageId());
            inReplyTo = m.messageId(); // the latest earlier message, the partner's or ours: their client threads it
        }
        Outbox.Item item = tx.outbox().enqueue(new Outbox.Item(0, t.id(), msg.id(), "side", msg.messageId(),
                fromAddress(t), side.partner(), (inReplyTo == null ? "" : "Re: ") + sideSubject(t, side), body,
                inReplyTo, String.join(" ", refs),
                "queued", 0, now, null, null, side.cc().isEmpty() ? null : String.join(",", side.cc())));
        tx.messages().setAddresses(msg.id(), List.of(side.partner()), side.cc());
        return item;
    }

    /** "[#42 side 3] subject": not the customer's [#42] tag, so an answer can never pass as the customer's. */
    public static String sideSubject(Ticket t, Conversations.Side side) {
        return "[#" + t.id() + " side " + side.id() + "] " + side.subject();
    }

    /** The reference of a new side conversation of the ticket. */
    public String newSideReference(Ticket t) {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return "<tix." + t.id() + ".side." + HexFormat.of().formatHex(b) + "@" + domain(t) + ">";
    }

    private static void add(List<String> list, String address) {
        if (address == null || address.isBlank()) return;
        for (String a : list) if (a.equalsIgnoreCase(address.strip())) return;
        list.add(address.strip());
    }

    /** An address mail to which reaches this desk (a queue's inbound or From address). */
    boolean isDeskAddress(String address) {
        if (tx.mail().queueForAddress(address).isPresent()) return true;
        for (tix.domain.Queue q : tx.queues().queues()) {
            if (q.address() != null && q.address().equalsIgnoreCase(address)) return true;
        }
        return false;
    }

    /**
     * Queues an automatic mail ({@code reminder}, {@code auto_response}, {@code follow_up}, {@code notification})
     * to the requester: the template filled in, threaded like a reply. It is no message of the ticket, so nothing
     * but this text can leave. Held when the address is undeliverable; nothing when it is no address.
     */
    public Outbox.Item queueAutomatic(Ticket t, String kind, String template, String agentLogin, Instant now) {
        Contact requester = tx.contacts().contact(t.requesterId()).orElseThrow();
        if (!tix.domain.Handles.mailable(requester.email())) return null;
        String domain = domain(t);
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
        String from = fromAddress(t);
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

    /**
     * The From of mail about the ticket: the desk address the customer wrote to, when it still is one of this desk's
     * addresses; else the queue's.
     */
    String fromAddress(Ticket t) {
        java.util.Optional<String> wrote = tx.conversations().toAddress(t.id());
        if (wrote.isPresent() && isDeskAddress(wrote.get())) return wrote.get();
        return fromAddress(t.queue());
    }

    /** The mail domain of the ticket's From address, else the setting mail.domain, else localhost. */
    String domain(Ticket t) {
        String address = fromAddress(t);
        if (address != null && address.indexOf('@') > 0) return address.substring(address.indexOf('@') + 1);
        return tx.settings().get("mail.domain").orElse("localhost");
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
