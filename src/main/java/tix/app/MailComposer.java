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
        String signature = tx.directory().agent(agentLogin).map(a -> a.signature()).orElse(null);
        String body = reply.body() + (signature == null || signature.isBlank() ? "" : "\n\n-- \n" + signature);
        String from = tx.directory().queue(t.queue()).map(q -> q.address()).orElse(null);
        tx.outbox().enqueue(new Outbox.Item(0, t.id(), reply.id(), "reply", messageId, from, requester.email(),
                subject(t), body, inReplyTo, String.join(" ", refs), requester.undeliverable() ? "held" : "queued", 0,
                now, null, null));
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

    /** The mail domain: the queue address's domain, else the setting mail.domain, else localhost. */
    String domain(String queue) {
        String address = tx.directory().queue(queue).map(q -> q.address()).orElse(null);
        if (address != null && address.indexOf('@') > 0) return address.substring(address.indexOf('@') + 1);
        return tx.settings().get("mail.domain").orElse("localhost");
    }
}
