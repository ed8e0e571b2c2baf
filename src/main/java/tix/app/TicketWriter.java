package tix.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tix.domain.Changes;
import tix.domain.Contact;
import tix.domain.Event;
import tix.domain.EventAction;
import tix.domain.Message;
import tix.domain.SlaClock;
import tix.domain.Ticket;
import tix.domain.op.AutoMail;
import tix.domain.op.Birth;
import tix.domain.op.Outcome;
import tix.domain.op.Step;

/**
 * The one writer of tickets: inserts and updates them, appends their events (the field diff and the operation's own)
 * and messages, schedules each stored ticket's next time rule, and queues the mail a change calls for. Every use case
 * writes through it, inside the transaction it was made for; the store below only stores.
 */
final class TicketWriter {
    private final Tx tx;
    private Extras extras;

    TicketWriter(Tx tx) {
        this.tx = tx;
    }

    /**
     * What the agent adds to the first message this writer stores (the reply, the note, the first message of a new
     * ticket): files kept with it and sent as MIME parts, and CC addresses for its mail.
     */
    record Extras(List<String> cc, List<AttachmentService.NewFile> files) {
        Extras {
            cc = cc == null ? List.of() : List.copyOf(cc);
            files = files == null ? List.of() : List.copyOf(files);
        }

        boolean isEmpty() {
            return cc.isEmpty() && files.isEmpty();
        }
    }

    /** The extras go with the next message an agent writes through this writer. */
    TicketWriter with(Extras e) {
        this.extras = e == null || e.isEmpty() ? null : e;
        return this;
    }

    /** A stored ticket and the messages its birth wrote, in order. */
    record Created(Ticket ticket, List<Message> messages) {
    }

    /**
     * The one creation path: stores the draft, its `created` event, then its steps (messages, events, mail), and
     * schedules its time rules.
     */
    Created create(Birth birth, String actor, Instant now) {
        Ticket t = tx.tickets().insert(birth.draft());
        reschedule(t);
        tx.events().append(Event.of(t.id(), now, actor, EventAction.CREATED, null, null, t.status().wire()));
        return new Created(t, run(t, birth.steps(), actor, now));
    }

    /**
     * Stores {@code o} over {@code before}: the leading steps, one event per changed field, the mail the change
     * calls for (assignment notices, the queue's resolved/closed auto-response), the ticket itself (version + 1,
     * updated now, rescheduled), then the trailing steps. Returns the stored ticket.
     */
    Ticket save(Ticket before, Outcome o, String actor, Instant now) {
        Ticket after = o.ticket();
        run(after, o.leading(), actor, now);
        for (Event e : Changes.diff(before, after, actor, now)) tx.events().append(e);
        List<Step.Say> said = said(o);
        if (OnCall.acknowledges(tx, before, after, said, actor, now)) {
            tx.events().append(Event.of(after.id(), now, actor, EventAction.SLA, SlaClock.ACK, null, actor));
        }
        Notifications.change(tx, before, after, said, actor, now);
        if (AutoMail.closedResponse(before, after)) new MailComposer(tx).queueClosedResponse(after, actor, now);
        Ticket stored = tx.tickets().update(before, after.toBuilder().updatedAt(now).build());
        reschedule(stored);
        run(stored, o.trailing(), actor, now);
        return stored;
    }

    private static List<Step.Say> said(Outcome o) {
        List<Step.Say> out = new ArrayList<>();
        for (Step s : o.leading()) if (s instanceof Step.Say say) out.add(say);
        for (Step s : o.trailing()) if (s instanceof Step.Say say) out.add(say);
        return out;
    }

    /** Writes steps about a ticket that itself does not change (no new version). Returns the messages written. */
    List<Message> record(Ticket t, List<Step> steps, String actor, Instant now) {
        return run(t, steps, actor, now);
    }

    /** The ticket was touched (mail about it arrived): updated now, nothing else. */
    Ticket touch(long id, Instant now) {
        Ticket fresh = tx.tickets().find(id).orElseThrow();
        Ticket stored = tx.tickets().update(fresh, fresh.toBuilder().updatedAt(now).build());
        reschedule(stored);
        return stored;
    }

    /** After a ticket is stored: when its next time rule can fire, and when its SLA turns red. */
    void reschedule(Ticket stored) {
        tx.timekeeper().reschedule(stored, stored.updatedAt());
    }

    /**
     * An automatic answer to the ticket's requester with the queue's {@code template}, unless the address is
     * undeliverable or had the per-sender hourly limit of automatic answers already (mail loops stop there).
     */
    void autoRespond(Ticket t, MailSettings settings, String template, Instant now) {
        Contact contact = tx.contacts().contact(t.requesterId()).orElseThrow();
        if (contact.undeliverable()) return;
        if (tx.mail().countSent("auto_response", contact.email(), now.minus(Duration.ofHours(1)))
                >= settings.autoResponseLimit()) {
            return;
        }
        new MailComposer(tx).queueAutomatic(tx.tickets().find(t.id()).orElseThrow(), "auto_response", template, null, now);
    }

    private List<Message> run(Ticket t, List<Step> steps, String actor, Instant now) {
        List<Message> said = new ArrayList<>();
        for (Step s : steps) {
            if (s instanceof Step.Say say) {
                said.add(say(t, say, actor, now));
            } else if (s instanceof Step.Log log) {
                tx.events().append(Event.of(t.id(), now, actor, log.action(), log.field(), log.oldValue(), log.newValue()));
            } else if (s instanceof Step.Send send) {
                send(t, send.mail(), actor, now);
            }
        }
        return said;
    }

    /** Stores a message and its `message` event; a public answer gets its Message-ID and goes to the outbox. */
    private Message say(Ticket t, Step.Say s, String actor, Instant now) {
        MailComposer mail = s.mail() ? new MailComposer(tx) : null;
        String messageId = mail != null ? mail.nextMessageId(t) : s.messageId();
        Message m = tx.messages().insert(new Message(0, t.id(), s.kind(), s.author(), s.body(), now, messageId));
        tx.events().append(Event.of(t.id(), now, s.by() != null ? s.by() : actor, EventAction.MESSAGE, s.kind().wire(), null,
                String.valueOf(m.id())));
        Extras mine = null;
        if (extras != null && s.kind() != tix.domain.MessageKind.SYSTEM) {
            mine = extras;
            extras = null;
            for (AttachmentService.NewFile f : mine.files()) {
                tx.mail().saveAttachment(m.id(), f.name(), f.contentType(), f.data().length, f.data());
            }
        }
        if (mail != null) {
            mail.queueReply(t, m, tx.contacts().contact(t.requesterId()).orElseThrow(), actor, now,
                    mine == null ? List.of() : mine.cc());
        }
        return m;
    }

    private void send(Ticket t, Step.Mail kind, String actor, Instant now) {
        switch (kind) {
            case PHONE_FOLLOW_UP -> new MailComposer(tx).queuePhoneFollowUp(t, actor, now);
            case NEW_TICKET_NOTICE -> Notifications.newTicket(tx, t, actor, now);
            case AUTO_RESPONSE -> {
                MailSettings settings = tx.mail().settings(t.queue());
                autoRespond(t, settings, settings.newTemplateOrDefault(), now);
            }
            case REMINDER -> {
                Outbox.Item item = new MailComposer(tx).queueReminder(t, now);
                tx.events().append(Event.of(t.id(), now, actor, EventAction.REMINDER, "to", null, item == null ? null : item.to()));
            }
        }
    }
}
