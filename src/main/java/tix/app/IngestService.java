package tix.app;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tix.domain.Channel;
import tix.domain.Contact;
import tix.domain.Message;
import tix.domain.MessageKind;
import tix.domain.Queue;
import tix.domain.Route;
import tix.domain.Cause;
import tix.domain.op.Create;
import tix.domain.op.Step;
import tix.domain.Cause;
import tix.domain.Ticket;

/**
 * What becomes of one received message (SPEC §5 Mail, §7 Automated mail). One transaction: the raw source, the
 * ticket change, attachments and any auto-response are committed together or not at all, and a Message-ID already
 * stored is never ingested twice. Runs without an acting agent: the MTA pipe is no member of staff.
 */
public final class IngestService {
    /** The actor of events written by mail ingest. */
    public static final String ACTOR = "mail";
    /** The requester of mail that came without a usable sender address (kept undeliverable). */
    public static final String UNKNOWN_SENDER = "unknown@invalid";

    private static final String REJECTED = "Hello {requester.name},\n\n"
            + "ticket #{ticket.id} \"{ticket.title}\" is closed, and this desk does not reopen closed tickets by mail.\n"
            + "Please write a new message (without [#{ticket.id}] in the subject) to open a new request.\n\n-- \n{queue}";

    private static final Pattern SUBJECT_TAG = Pattern.compile("\\[#(\\d{1,18})\\]");
    private static final Pattern SIDE_TAG = Pattern.compile("\\[#(\\d{1,18}) side (\\d{1,18})\\]");
    /** "[Partner #1234]", "[Case: 1234]" in brackets; "Case 1234", "Ticket #AB-1234" outside them. */
    private static final Pattern PARTNER_BRACKET = Pattern.compile("\\[[^\\[\\]#]{0,40}#\\s*([A-Za-z0-9][A-Za-z0-9-]{0,30})\\]");
    private static final Pattern PARTNER_WORD = Pattern.compile(
            "(?i)\\b(?:case|ticket|request|incident|issue|ref|reference)\\s*(?:no\\.?|number|id)?\\s*[#:]?\\s*"
                    + "([A-Za-z]{0,6}-?\\d[A-Za-z0-9-]{0,30})");
    private static final Pattern TIX_REFERENCE = Pattern.compile("<tix\\.(\\d{1,18})(?:\\.[0-9a-f]+)?@[^>]+>");

    private final Session session;

    /**
     * The partner's own ticket number in the subject of their answer, outside tix's own tags: "[Partner #1234]" or
     * "Case 1234" gives 1234; null when there is none.
     */
    static String partnerTicket(String subject) {
        if (subject == null) return null;
        String rest = SIDE_TAG.matcher(subject).replaceAll(" ");
        rest = SUBJECT_TAG.matcher(rest).replaceAll(" ");
        Matcher b = PARTNER_BRACKET.matcher(rest);
        if (b.find()) return b.group(1);
        Matcher w = PARTNER_WORD.matcher(rest);
        return w.find() ? w.group(1) : null;
    }

    public IngestService(Session session) {
        this.session = session;
    }

    /**
     * @param outcome   new, thread, follow_up, suspended, system, bounce
     * @param duplicate the Message-ID was ingested before: nothing was written
     */
    public record Result(Ticket ticket, String outcome, String reason, boolean duplicate) {
    }

    public Result ingest(InboundMail m) {
        return ingest(m, Queue.DEFAULT);
    }

    /** {@code defaultQueue}: the queue of mail no queue address claims (the fetching queue's own mailbox). */
    public Result ingest(InboundMail m, String defaultQueue) {
        return session.store().write(tx -> new Run(tx, session.now(), m, defaultQueue).ingest());
    }

    private static final class Run {
        private final Tx tx;
        private final Instant now;
        private InboundMail m;
        private final String defaultQueue;
        private final TicketWriter writer;

        Run(Tx tx, Instant now, InboundMail m, String defaultQueue) {
            this.tx = tx;
            this.now = now;
            this.m = m;
            this.defaultQueue = defaultQueue == null ? Queue.DEFAULT : defaultQueue;
            this.writer = new TicketWriter(tx);
        }

        Result ingest() {
            Optional<MailStore.Raw> seen = tx.mail().raw(m.messageId());
            if (seen.isPresent() && !Arrays.equals(tx.mail().rawBytes(seen.get().id()), m.raw())) {
                // a Message-ID reused for other content (mailers do): kept as a message of its own, flagged
                m = m.withReusedMessageId();
                seen = tx.mail().raw(m.messageId());
            }
            if (seen.isPresent() && seen.get().ticketId() != null) {
                return new Result(tx.tickets().find(seen.get().ticketId()).orElseThrow(), seen.get().outcome(),
                        seen.get().reason(), true);
            }
            Optional<Long> stored = tx.mail().ticketForMessageId(m.messageId());
            if (stored.isPresent()) {
                // a message tix already holds (its own mail come back, or a copy): keep the bytes, change nothing
                tx.mail().saveRaw(m.messageId(), stored.get(), null, "duplicate", "Message-ID already stored",
                        m.source(), m.raw(), now);
                return new Result(tx.tickets().find(stored.get()).orElseThrow(), "duplicate", null, true);
            }
            if (m.report() == null && m.malformed() == null) {
                Optional<Conversations.Side> side = side();
                if (side.isPresent()) return sideReply(side.get());
            }
            Ticket thread = thread();
            String queue = thread != null ? thread.queue() : queueByRecipient();
            MailSettings settings = tx.mail().settings(queue);
            String sender = m.replyTo() != null ? m.replyTo() : m.from();

            if (m.malformed() != null) return suspend(queue, sender, "malformed: " + m.malformed());
            if (m.raw().length > settings.maxMessageBytes()) {
                return suspend(queue, sender, "over the size limit (" + m.raw().length + " > "
                        + settings.maxMessageBytes() + " bytes)");
            }
            if (m.report() != null) return report(queue, sender, thread);
            String automated = m.automated();
            if (automated == null && m.listMail() && thread == null) automated = "list mail (List-Unsubscribe) on a new thread";
            if (automated == null && sender == null) automated = "no valid sender address";
            if (automated == null && sender != null && tx.mail().queueForAddress(sender).isPresent()) {
                automated = "sent from a queue address of this desk (mail loop)";
            }
            if (automated != null) {
                if (thread != null && sender != null) return system(thread, automated, sender);
                return suspend(queue, sender, automated);
            }
            if (thread != null) return threaded(thread, sender, settings);
            return open(queue, sender, settings);
        }

        // ---------------------------------------------------------------- routing and threading

        private String queueByRecipient() {
            for (String r : m.recipients()) {
                Optional<String> q = tx.mail().queueForAddress(r);
                if (q.isPresent()) return q.get();
            }
            for (String r : m.recipients()) {
                for (Queue q : tx.queues().queues()) {
                    if (q.address() != null && q.address().equalsIgnoreCase(r)) return q.name();
                }
            }
            return tx.queues().queue(defaultQueue).isPresent() ? defaultQueue : Queue.DEFAULT;
        }

        /**
         * The side conversation this mail answers: by In-Reply-To / References (the conversation's reference or one
         * of its messages), then by its "[#42 side 3]" subject tag from the partner it was opened with.
         */
        private Optional<Conversations.Side> side() {
            Optional<Conversations.Side> side = tx.conversations().sideForIds(m.threadIds());
            if (side.isPresent() || m.subject() == null) return side;
            Matcher tag = SIDE_TAG.matcher(m.subject());
            if (!tag.find()) return Optional.empty();
            Optional<Conversations.Side> named = tx.conversations().side(Long.parseLong(tag.group(2)));
            String sender = m.replyTo() != null ? m.replyTo() : m.from();
            return named.filter(s -> s.ticketId() == Long.parseLong(tag.group(1)) && sender != null
                    && (s.partner().equalsIgnoreCase(sender) || s.cc().stream().anyMatch(sender::equalsIgnoreCase)));
        }

        /**
         * A partner's answer in a side conversation: an internal note on the ticket (never shown or sent to the
         * customer), with no status change and no auto-response; the partner's own ticket number is kept when the
         * subject names one.
         */
        private Result sideReply(Conversations.Side side) {
            Ticket t = Lookups.redirect(tx, tx.tickets().find(side.ticketId()).orElseThrow());
            MailSettings settings = tx.mail().settings(t.queue());
            String sender = m.replyTo() != null ? m.replyTo() : m.from();
            String author = sender == null ? UNKNOWN_SENDER : sender;
            Message msg = writer.record(t, List.of(new Step.Say(MessageKind.NOTE, author, body(settings), m.messageId(),
                    false, ACTOR)), ACTOR, now).get(0);
            tx.conversations().addToSide(side.id(), msg.id(), now);
            tx.messages().setAddresses(msg.id(), m.to(), m.cc());
            attach(msg, settings);
            String number = partnerTicket(m.subject());
            if (number != null && !number.equals(side.partnerTicket())) tx.conversations().setPartnerTicket(side.id(), number);
            touch(t);
            tx.mail().saveRaw(m.messageId(), t.id(), msg.id(), "side", flag(m.automated()), m.source(), m.raw(), now);
            return new Result(tx.tickets().find(t.id()).orElseThrow(), "side", m.automated(), false);
        }

        /** In-Reply-To / References against every Message-ID tix stored or sent, then a [#42] subject tag. */
        private Ticket thread() {
            Ticket t = byIds(m.threadIds());
            if (t != null) return t;
            if (m.subject() != null) {
                Matcher tag = SUBJECT_TAG.matcher(m.subject());
                while (tag.find()) {
                    Optional<Ticket> found = tx.tickets().find(Long.parseLong(tag.group(1)));
                    if (found.isPresent()) return Lookups.redirect(tx, found.get());
                }
            }
            return null;
        }

        private Ticket byIds(List<String> ids) {
            for (String id : ids) {
                Optional<Long> ticket = tx.mail().ticketForMessageId(id);
                if (ticket.isEmpty()) {
                    Matcher ref = TIX_REFERENCE.matcher(id);
                    if (ref.matches()) ticket = Optional.of(Long.parseLong(ref.group(1)));
                }
                if (ticket.isPresent()) {
                    Optional<Ticket> found = tx.tickets().find(ticket.get());
                    if (found.isPresent()) return Lookups.redirect(tx, found.get());
                }
            }
            return null;
        }

        // ---------------------------------------------------------------- outcomes

        private Result open(String queueName, String sender, MailSettings settings) {
            Contact contact = tx.contacts().contact(sender, name(sender));
            // routing rules (SPEC §1 workflow 1) override the queue the To address chose
            tix.domain.Routing route = RouteService.match(tx, RouteService.facts(Channel.EMAIL, m.recipients(), contact.email(),
                    RouteService.accountOf(tx, contact), title()));
            Queue queue = Lookups.queue(tx, Create.queueName(null, route, queueName));
            // the receiving mailbox's limits keep the message; the ticket's queue answers it
            Create op = new Create(Cause.MAIL, title(), contact, Channel.EMAIL, queue, null, null,
                    Lookups.startTags(tx, Create.withRouteTag(List.of(), route)), null, true, route, body(settings),
                    MessageKind.CUSTOMER, m.messageId());
            TicketWriter.Created created = writer.create(op.apply(ACTOR, now), ACTOR, now);
            Ticket t = created.ticket();
            Message msg = created.messages().get(0);
            attach(msg, settings);
            addresses(t, msg);
            tx.mail().saveRaw(m.messageId(), t.id(), msg.id(), "new", flag(null), m.source(), m.raw(), now);
            if (queue.autoResponse()) {
                MailSettings answering = queue.name().equals(queueName) ? settings : tx.mail().settings(queue.name());
                autoRespond(t, answering, answering.newTemplateOrDefault());
            }
            return new Result(tx.tickets().find(t.id()).orElseThrow(), "new", flag(null), false);
        }

        private Result threaded(Ticket thread, String sender, MailSettings settings) {
            Ticket holder = new Inbound(tx, now, ACTOR).customerMessage(thread, body(settings), m.messageId(), sender);
            Message msg = tx.messages().findByMessageId(m.messageId()).orElseThrow();
            attach(msg, settings);
            addresses(holder, msg);
            String outcome = holder.id() != thread.id() ? "follow_up" : "thread";
            String reason = msg.kind() == MessageKind.SYSTEM ? "the queue rejects follow-ups of closed tickets" : null;
            tx.mail().saveRaw(m.messageId(), holder.id(), msg.id(), outcome, flag(reason), m.source(), m.raw(), now);
            if (reason != null) autoRespond(holder, settings, REJECTED);
            return new Result(tx.tickets().find(holder.id()).orElseThrow(), outcome, flag(reason), false);
        }

        /** Automated mail in an existing thread: recorded as a system message, no status change, no answer. */
        private Result system(Ticket thread, String reason, String sender) {
            Message msg = said(thread, "Automated mail from " + sender + " (" + reason + "): " + title() + "\n\n" + m.body());
            touch(thread);
            tx.mail().saveRaw(m.messageId(), thread.id(), msg.id(), "system", flag(reason), m.source(), m.raw(), now);
            return new Result(tx.tickets().find(thread.id()).orElseThrow(), "system", reason, false);
        }

        private Result report(String queue, String sender, Ticket thread) {
            InboundMail.DeliveryReport r = m.report();
            Ticket about = byIds(r.originalIds());
            if (about == null) about = thread;
            if (about == null) return suspend(queue, sender, "delivery report about mail tix does not know");
            String recipient = r.recipient();
            if (recipient == null) {
                recipient = tx.contacts().contact(about.requesterId()).map(Contact::email).orElse(null);
            }
            StringBuilder text = new StringBuilder("Delivery report: mail to ").append(recipient == null ? "?" : recipient)
                    .append(r.permanent() ? " failed permanently" : " was delayed or failed")
                    .append(" (status ").append(r.status() == null ? "unknown" : r.status()).append(')');
            if (r.diagnostic() != null && !r.diagnostic().isBlank()) text.append(": ").append(r.diagnostic().strip());
            if (r.permanent() && recipient != null && tx.mail().markUndeliverable(recipient)) {
                text.append("\nThe address is now marked undeliverable: later mail to it is held.");
            }
            Message msg = said(about, text.toString());
            touch(about);
            String reason = "delivery report " + (r.status() == null ? "" : r.status());
            tx.mail().saveRaw(m.messageId(), about.id(), msg.id(), "bounce", flag(reason.strip()), m.source(), m.raw(), now);
            return new Result(tx.tickets().find(about.id()).orElseThrow(), "bounce", reason.strip(), false);
        }

        /** A suspended ticket: kept for review with the raw source, never answered automatically. */
        private Result suspend(String queueName, String sender, String reason) {
            Queue queue = Lookups.queue(tx, queueName);
            String address = sender == null ? UNKNOWN_SENDER : sender;
            Contact contact = tx.contacts().contact(address, sender == null ? null : name(sender));
            if (sender == null) tx.mail().markUndeliverable(address);
            MailSettings settings = tx.mail().settings(queue.name());
            String body = m.body().isBlank() ? "(no readable text)" : body(settings);
            Create op = new Create(Cause.SUSPEND, title(), contact, Channel.EMAIL, queue, null, null, List.of(), null,
                    true, null, body, MessageKind.CUSTOMER, m.messageId());
            TicketWriter.Created created = writer.create(op.apply(ACTOR, now), ACTOR, now);
            Ticket t = created.ticket();
            Message msg = created.messages().get(0);
            attach(msg, settings);
            addresses(t, msg);
            writer.record(t, List.of(Step.Say.of(MessageKind.SYSTEM, "tix", "Suspended: " + reason
                    + ". Review with 'tix suspended show " + t.id() + "', then accept or reject it.")
                    .by("tix")), ACTOR, now);
            tx.mail().saveRaw(m.messageId(), t.id(), msg.id(), "suspended", flag(reason), m.source(), m.raw(), now);
            return new Result(tx.tickets().find(t.id()).orElseThrow(), "suspended", reason, false);
        }

        // ---------------------------------------------------------------- helpers

        /** The reason recorded with the raw source, plus the flag of a reused Message-ID. */
        private String flag(String reason) {
            if (m.reusedMessageId() == null) return reason;
            String f = "Message-ID " + m.reusedMessageId() + " reused with other content";
            return reason == null ? f : reason + "; " + f;
        }

        /** An auto-response, unless the address is undeliverable or already had its hourly share (loop protection). */
        private void autoRespond(Ticket t, MailSettings settings, String template) {
            writer.autoRespond(t, settings, template, now);
        }

        private void touch(Ticket t) {
            writer.touch(t.id(), now);
        }

        /** A system message about mail that came in (its event by tix), the ticket itself unchanged. */
        private Message said(Ticket t, String text) {
            return writer.record(t, List.of(new Step.Say(MessageKind.SYSTEM, "tix", text, m.messageId(), false, "tix")),
                    ACTOR, now).get(0);
        }

        private String title() {
            String s = m.subject() == null ? "" : m.subject().replaceAll("[\\r\\n\\t]+", " ").strip();
            return s.isEmpty() ? "(no subject)" : s;
        }

        private String name(String address) {
            if (address == null) return null;
            if (address.equalsIgnoreCase(m.from()) && m.fromName() != null && !m.fromName().isBlank()) {
                return m.fromName().strip();
            }
            return null;
        }

        /** The text, plus one line per attachment so `show` tells what came with it. */
        private String body(MailSettings settings) {
            StringBuilder b = new StringBuilder(m.body().strip());
            for (InboundMail.Attachment a : m.attachments()) {
                if (b.length() > 0) b.append('\n');
                b.append("[attachment: ").append(a.filename()).append(", ").append(a.contentType()).append(", ")
                        .append(a.size()).append(" bytes");
                if (a.size() > settings.maxAttachmentBytes()) b.append(", over the limit: kept only in the raw message");
                b.append(']');
            }
            return b.length() == 0 ? "(empty message)" : b.toString();
        }

        /**
         * The To and Cc the message came with; a ticket's first mail also records the desk address it was written to
         * (the first recipient that is one of this desk's addresses, else the first To), which its answers go out from.
         */
        private void addresses(Ticket t, Message msg) {
            tx.messages().setAddresses(msg.id(), m.to(), m.cc());
            if (tx.conversations().toAddress(t.id()).isPresent()) return;
            String desk = null;
            for (String r : m.recipients()) {
                if (tx.mail().queueForAddress(r).isPresent()) {
                    desk = r;
                    break;
                }
            }
            if (desk == null) {
                for (String r : m.recipients()) {
                    for (Queue q : tx.queues().queues()) {
                        if (desk == null && q.address() != null && q.address().equalsIgnoreCase(r)) desk = r;
                    }
                }
            }
            if (desk == null && !m.to().isEmpty()) desk = m.to().get(0);
            if (desk != null) tx.conversations().setToAddress(t.id(), desk);
        }

        private void attach(Message msg, MailSettings settings) {
            for (InboundMail.Attachment a : m.attachments()) {
                boolean keep = a.data() != null && a.size() <= settings.maxAttachmentBytes();
                tx.mail().saveAttachment(msg.id(), a.filename(), a.contentType().toLowerCase(Locale.ROOT), a.size(),
                        keep ? a.data() : null);
            }
        }
    }
}
