package tix.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tix.domain.Actor;
import tix.domain.DomainException;
import tix.domain.Right;
import tix.domain.Rules;
import tix.domain.Ticket;
import tix.domain.op.Accept;
import tix.domain.op.Outcome;
import tix.domain.op.Reject;

/** Outbox delivery and listing, suspended mail review, per-queue mail settings. */
public final class MailService {
    /** Delays before the 2nd, 3rd ... attempt; after the last one a row is failed for good. */
    static final Duration[] BACKOFF = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
        Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(12), Duration.ofHours(24)};
    public static final int MAX_ATTEMPTS = BACKOFF.length + 1;

    private final Session session;

    public MailService(Session session) {
        this.session = session;
    }

    // ---------------------------------------------------------------- outbox

    /** The statuses `mail outbox --status` takes. */
    public static final List<String> OUTBOX_STATUSES = List.of("queued", "sending", "sent", "failed", "held", "manual",
            "unsure");

    public List<Outbox.Item> outbox(String status) {
        if (status != null && !OUTBOX_STATUSES.contains(status)) {
            throw DomainException.usage("unknown outbox status '" + status + "'", "one of "
                    + String.join(", ", OUTBOX_STATUSES));
        }
        return session.store().read(tx -> {
            List<Outbox.Item> rows = tx.outbox().list(status, null);
            // mail about tickets of members-only queues the reader is not in stays out of the list
            TicketVisibility visible = new TicketVisibility(tx, session.viewer(tx));
            List<Outbox.Item> shown = new ArrayList<>();
            for (Outbox.Item i : rows) if (i.ticketId() == null || visible.test(i.ticketId())) shown.add(i);
            return shown;
        });
    }

    /**
     * A person says a row went out: a `manual` answer they posted to a channel handle, or an `unsure` mail they found
     * delivered (in the recipient's mailbox or the server's log): the row is sent now. Refused (exit 3) for a row that
     * does not exist, (exit 4) for one in another status.
     */
    public Outbox.Item markSent(long outboxId) {
        if (outboxId <= 0) throw DomainException.usage("bad outbox id " + outboxId, "see 'tix mail outbox --status manual'");
        return session.store().write(tx -> {
            session.actor(tx);
            Outbox.Item row = row(tx, outboxId);
            if (!tx.outbox().markPosted(outboxId, session.now())) {
                throw DomainException.conflict("outbox row " + outboxId + " is " + row.status() + ", not manual or unsure",
                        "only answers posted by hand and mail a stopped 'mail send' may have delivered are marked sent");
            }
            return row(tx, outboxId);
        });
    }

    /**
     * One `unsure` (or `failed`) row back to the queue, due at once: a person checked that it never arrived. The next
     * `mail send` delivers it. Refused (exit 3) for a row that does not exist, (exit 4) for one in another status.
     */
    public Outbox.Item retry(long outboxId) {
        if (outboxId <= 0) throw DomainException.usage("bad outbox id " + outboxId, "see 'tix mail outbox --status unsure'");
        return session.store().write(tx -> {
            session.actor(tx);
            Outbox.Item row = row(tx, outboxId);
            if (!tx.mail().retryOne(outboxId)) {
                throw DomainException.conflict("outbox row " + outboxId + " is " + row.status() + ", not unsure or failed",
                        "queued mail goes with the next 'tix mail send'; sent mail is never sent again");
            }
            return row(tx, outboxId);
        });
    }

    private static Outbox.Item row(Tx tx, long outboxId) {
        return tx.outbox().list(null, null).stream().filter(i -> i.id() == outboxId).findFirst()
                .orElseThrow(() -> DomainException.notFound("outbox row " + outboxId + " not found",
                        "see 'tix mail outbox'"));
    }

    /** Failed rows back to queued, due at once. */
    public int retry() {
        return session.store().write(tx -> tx.mail().retryFailed());
    }

    /**
     * {@code ran} false: another `mail send` held the desk's send lock, so this one sent nothing. {@code unsure}: rows
     * this run found claimed by a `mail send` that died between claiming and recording them, now `unsure`.
     */
    public record SendReport(boolean ran, int sent, int retrying, int failed, int left, List<Long> unsure) {
        public SendReport(boolean ran, int sent, int retrying, int failed, int left) {
            this(ran, sent, retrying, failed, left, List.of());
        }
    }

    /** Why a claim left by a dead run became unsure (the row's last error). */
    static final String ABANDONED = "a mail send was stopped between handing this mail to the server and recording "
            + "the answer: it may or may not have been delivered";

    /** Why a row whose delivery got no answer became unsure. */
    static final String UNANSWERED = "the connection broke before the server answered: it may or may not have the mail";

    /**
     * Delivers every due outbox row through {@code sender}, never twice and never silently lost. Each row is claimed
     * first ({@code sending}, by this run, committed), then handed to the server, then marked {@code sent}; a failure
     * puts it back to {@code queued} with a backoff, or {@code failed} (permanent ones at once). One `mail send` at a
     * time per desk (an advisory lock, as for the sweep), so a row found {@code sending} while holding the lock was
     * claimed by a run that died (SIGKILL, power) before it recorded the server's answer: it becomes {@code unsure},
     * never sent again by itself (the Message-ID stays the same should a person retry it).
     */
    public SendReport send(MailSender sender, int limit) {
        Optional<Store.Lock> lock = session.store().tryLock("mail-send");
        if (lock.isEmpty()) return new SendReport(false, 0, 0, 0, 0);
        try (Store.Lock held = lock.get()) {
            List<Long> unsure = session.store().write(tx -> tx.mail().abandonClaims(ABANDONED));
            SendReport r = sendLocked(sender, limit);
            List<Long> all = new ArrayList<>(unsure);
            all.addAll(r.unsure());
            return new SendReport(true, r.sent(), r.retrying(), r.failed(), r.left(), all);
        }
    }

    /** Who claims a row: this process, as pid@host. */
    static String runId() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException e) {
            host = "localhost";
        }
        return ProcessHandle.current().pid() + "@" + host;
    }

    private SendReport sendLocked(MailSender sender, int limit) {
        Instant now = session.now();
        List<Outbox.Item> due = session.store().read(tx -> tx.mail().due(now, limit));
        if (due.isEmpty()) return new SendReport(true, 0, 0, 0, 0);
        String fallbackFrom = session.store().read(tx -> fromFallback(tx));
        String me = runId();
        List<Long> unsure = new ArrayList<>();
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        int done = 0;
        for (Outbox.Item item : due) {
            done++;
            // the claim, committed before the server hears of the mail; false when the row changed since it was read
            Optional<Outbox.Item> claimed = session.store().write(tx -> {
                if (!tx.mail().claim(item.id(), me, session.now())) return Optional.<Outbox.Item>empty();
                return tx.outbox().list("sending", item.ticketId()).stream().filter(i -> i.id() == item.id()).findFirst();
            });
            if (claimed.isEmpty()) continue;
            Outbox.Item row = claimed.get();
            try {
                List<MailSender.Part> parts = session.store().read(tx -> parts(tx, row));
                sender.deliver(row, row.from() != null ? row.from() : fallbackFrom, parts);
            } catch (MailSender.Failure f) {
                if (f.uncertain()) {
                    // the server may have the mail: a person decides, as for a claim a dead run left
                    session.store().write(tx -> tx.mail().abandonClaims(UNANSWERED + ": " + f.getMessage()));
                    unsure.add(item.id());
                    break;
                }
                int attempts = item.attempts() + 1;
                boolean last = f.permanent() || attempts >= MAX_ATTEMPTS;
                Instant next = last ? null : now.plus(BACKOFF[Math.min(attempts - 1, BACKOFF.length - 1)]);
                session.store().write(tx -> {
                    tx.mail().markAttempt(item.id(), attempts, next, f.getMessage());
                    return null;
                });
                if (last) failed++;
                else retrying++;
                if (f.connection()) break;
                continue;
            }
            session.store().write(tx -> {
                tx.mail().markSent(item.id(), session.now());
                return null;
            });
            sent++;
        }
        return new SendReport(true, sent, retrying, failed, due.size() - done, unsure);
    }

    /** The files kept with the message the row sends (an answer's or a side conversation's), in order. */
    private static List<MailSender.Part> parts(Tx tx, Outbox.Item item) {
        if (item.messageRef() == null || item.ticketId() == null) return List.of();
        List<MailSender.Part> out = new ArrayList<>();
        for (MailStore.StoredAttachment a : tx.mail().attachments(item.ticketId())) {
            if (a.messageRef() != item.messageRef() || !a.kept()) continue;
            out.add(new MailSender.Part(a.filename(), a.contentType(), tx.mail().attachmentData(a.id())));
        }
        return out;
    }

    private static String fromFallback(Tx tx) {
        Optional<String> from = tx.settings().get("mail.from");
        if (from.isPresent()) return from.get();
        return "support@" + tx.settings().get("mail.domain").orElse("localhost");
    }

    // ---------------------------------------------------------------- suspended mail

    public record Suspended(Ticket ticket, String requester, String reason, String source, Instant receivedAt,
                            byte[] raw) {
    }

    public List<Suspended> suspended() {
        return session.store().read(tx -> {
            List<Suspended> out = new ArrayList<>();
            for (long id : tx.mail().suspendedTickets()) out.add(suspended(tx, tx.tickets().find(id).orElseThrow(), false));
            return out;
        });
    }

    public Suspended suspended(long id) {
        return session.store().read(tx -> suspended(tx, load(tx, id), true));
    }

    private static Suspended suspended(Tx tx, Ticket t, boolean withRaw) {
        String requester = tx.contacts().contact(t.requesterId()).map(c -> c.email()).orElse(null);
        List<MailStore.Raw> raws = tx.mail().rawForTicket(t.id());
        MailStore.Raw raw = raws.stream().filter(r -> "suspended".equals(r.outcome())).findFirst()
                .orElse(raws.isEmpty() ? null : raws.get(0));
        return new Suspended(t, requester, raw == null ? null : raw.reason(), raw == null ? null : raw.source(),
                raw == null ? t.createdAt() : raw.receivedAt(),
                withRaw && raw != null ? tx.mail().rawBytes(raw.id()) : null);
    }

    /** A suspended ticket was real mail after all: it becomes `new`. */
    public Ticket accept(long id) {
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Ticket t = load(tx, id);
            Instant now = session.now();
            // real mail after all: the customer hears that it arrived, as for any new mail to the queue
            Outcome o = new Accept(Lookups.queue(tx, t.queue()).autoResponse()).apply(t, actor, now);
            new TicketWriter(tx).save(t, o, actor.login(), now);
            return tx.tickets().find(t.id()).orElseThrow();
        });
    }

    /** Spam or junk: closed with tag `spam`, kept (never deleted). */
    public Ticket reject(long id) {
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Ticket t = load(tx, id);
            Instant now = session.now();
            return new TicketWriter(tx).save(t, new Reject().apply(t, actor, now), actor.login(), now);
        });
    }

    private static Ticket load(Tx tx, long id) {
        if (id <= 0) throw DomainException.usage("bad ticket id " + id, "a positive number like 42");
        return tx.tickets().find(id).orElseThrow(() -> DomainException.ticketNotFound(id));
    }

    // ---------------------------------------------------------------- encrypted content

    /**
     * The ticket with its PGP blocks decrypted, for staff only: the acting agent must be an agent of this desk.
     * The decryptor is built only after that check, so a stranger never touches the key.
     */
    public TicketDetail reveal(TicketDetail d, java.util.function.Supplier<java.util.function.UnaryOperator<String>> decryptor) {
        session.store().read(tx -> session.actor(tx));
        boolean any = d.messages().stream().anyMatch(m -> Encrypted.has(m.body()));
        return any ? Encrypted.show(d, decryptor.get()) : d;
    }

    // ---------------------------------------------------------------- settings

    public MailSettings settings(String queue) {
        return session.store().read(tx -> {
            Lookups.queue(tx, queue);
            return tx.mail().settings(queue);
        });
    }

    /** Every configured fetch URL, by queue (only queues that have one). */
    public List<MailSettings> fetchable(String queue) {
        return session.store().read(tx -> {
            List<MailSettings> out = new ArrayList<>();
            if (queue != null) {
                Lookups.queue(tx, queue);
                out.add(tx.mail().settings(queue));
            } else {
                for (var q : tx.queues().queues()) out.add(tx.mail().settings(q.name()));
            }
            out.removeIf(s -> s.fetchUrl() == null || s.fetchUrl().isBlank());
            return out;
        });
    }

    public record SettingsChange(String fetchUrl, String newTemplate, String closedTemplate, String reminderTemplate,
                                 String phoneTemplate, Integer autoResponseLimit, Long maxMessageBytes,
                                 Long maxAttachmentBytes) {
    }

    /** Changes a queue's mail settings; an empty string clears a text setting. Admin only. */
    public MailSettings configure(String queue, SettingsChange c) {
        check(c);
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            Lookups.queue(tx, queue);
            MailSettings s = tx.mail().settings(queue);
            MailSettings n = new MailSettings(queue, text(c.fetchUrl(), s.fetchUrl()), text(c.newTemplate(),
                    s.newTemplate()), text(c.closedTemplate(), s.closedTemplate()), text(c.reminderTemplate(),
                    s.reminderTemplate()), text(c.phoneTemplate(), s.phoneTemplate()),
                    c.autoResponseLimit() == null ? s.autoResponseLimit() : c.autoResponseLimit(),
                    c.maxMessageBytes() == null ? s.maxMessageBytes() : c.maxMessageBytes(),
                    c.maxAttachmentBytes() == null ? s.maxAttachmentBytes() : c.maxAttachmentBytes());
            tx.mail().saveSettings(n);
            return n;
        });
    }

    /** Refuses bad values (exit 2) before anything is written. */
    public static void check(SettingsChange c) {
        if (c.autoResponseLimit() != null && c.autoResponseLimit() < 0) {
            throw DomainException.usage("--auto-response-limit must be 0 or more", "0 turns auto-responses off");
        }
        if (c.maxMessageBytes() != null && c.maxMessageBytes() <= 0
                || c.maxAttachmentBytes() != null && c.maxAttachmentBytes() <= 0) {
            throw DomainException.usage("size limits must be positive", "a number of bytes");
        }
        if (c.fetchUrl() != null && !c.fetchUrl().isEmpty() && !c.fetchUrl().matches("(?i)(imaps?|pop3s?)://.+")) {
            throw DomainException.usage("bad fetch URL '" + c.fetchUrl() + "'",
                    "imap://, imaps://, pop3:// or pop3s://user@host:port/FOLDER");
        }
        if (c.fetchUrl() != null && c.fetchUrl().matches("(?i)[a-z0-9]+://[^/@]*:[^/@]*@.*")) {
            throw DomainException.usage("the fetch URL must not hold a password",
                    "set TIX_MAIL_PASSWORD or mail.password in the config file");
        }
    }

    /** Addresses that route to {@code queue}. */
    public List<String> addresses(String queue) {
        return session.store().read(tx -> tx.mail().addresses(queue));
    }

    private static String text(String change, String current) {
        if (change == null) return current;
        return change.isEmpty() ? null : change;
    }
}
