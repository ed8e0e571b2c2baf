package tix.app;

import java.time.Duration;
import java.time.Instant;
import tix.domain.Event;
import tix.domain.Message;
import tix.domain.MessageKind;
import tix.domain.Queue;
import tix.domain.Status;
import tix.domain.Transitions;
import tix.domain.Cause;
import tix.domain.Ticket;

/**
 * What a customer message does to a ticket (SPEC §3): reopens pending, waiting, hold, resolved and review
 * tickets; un-assigns non-sticky ones; on a closed ticket follows the queue's follow-up policy.
 * Shared by `receive` and mail ingest. Runs inside the caller's transaction.
 */
public final class Inbound {
    private final Tx tx;
    private final Instant now;
    private final String actor;

    public Inbound(Tx tx, Instant now, String actor) {
        this.tx = tx;
        this.now = now;
        this.actor = actor;
    }

    /** Adds the requester's message; returns the ticket that holds it (a new follow-up when {@code t} is closed). */
    public Ticket customerMessage(Ticket t, String body, String messageId) {
        return customerMessage(t, body, messageId, null);
    }

    /**
     * Adds a customer message written by {@code from} (null: the requester), e.g. a colleague of the requester who
     * answered in the mail thread; returns the ticket that holds it.
     */
    public Ticket customerMessage(Ticket t, String body, String messageId, String from) {
        String author = from != null ? from : tx.directory().contact(t.requesterId()).orElseThrow().email();
        if (t.status() == Status.CLOSED) {
            Queue queue = TicketService.queue(tx, t.queue());
            String policy = queue.followUp() == null ? "new" : queue.followUp().strip();
            if (policy.startsWith("reopen")) {
                if (t.statusChangedAt().plus(Duration.ofDays(reopenDays(policy))).isAfter(now)) {
                    return reopenWith(t, body, messageId, author);
                }
            } else if (policy.equals("reject")) {
                Ticket stored = t;
                TicketService.addMessage(tx, stored, MessageKind.SYSTEM, "tix",
                        "Customer wrote to this closed ticket; the queue rejects follow-ups.\n\n" + body, now, messageId,
                        actor);
                return tx.tickets().find(t.id()).orElseThrow();
            }
            return followUp(t, body, messageId, author);
        }
        return reopenWith(t, body, messageId, author);
    }

    /** N of the policy "reopen N"; a policy without a usable N reopens nothing (every reply opens a follow-up). */
    private static long reopenDays(String policy) {
        try {
            return Math.max(0, Long.parseLong(policy.substring("reopen".length()).strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Ticket reopenWith(Ticket t, String body, String messageId, String author) {
        TicketService.addMessage(tx, t, MessageKind.CUSTOMER, author, body, now, messageId, actor);
        Ticket.Builder b = t.toBuilder().lastCustomerAt(now);
        if (!t.sticky()) b.assignee(null);
        Ticket after = b.build();
        Cause cause = t.status() == Status.CLOSED ? Cause.CUSTOMER_REOPEN : Cause.CUSTOMER_MESSAGE;
        if (Transitions.allows(t.status(), Status.OPEN, cause)) after = Transitions.move(after, Status.OPEN, cause, now);
        return TicketService.save(tx, t, after, actor, now);
    }

    private Ticket followUp(Ticket closed, String body, String messageId, String author) {
        Queue queue = TicketService.queue(tx, closed.queue());
        Ticket draft = Ticket.born(closed.title(), Cause.FOLLOW_UP, queue.defaultPriority(), closed.channel(),
                closed.queue(), queue.defaultTier(), closed.requesterId(), now).toBuilder()
                .tags(closed.tags()).sticky(closed.sticky()).followUpOf(closed.id()).lastCustomerAt(now).build();
        Ticket created = tx.tickets().insert(draft);
        tx.events().append(Event.of(created.id(), now, actor, "created", null, null, created.status().wire()));
        tx.events().append(Event.of(created.id(), now, actor, "edited", "follow_up_of", null, String.valueOf(closed.id())));
        TicketService.addMessage(tx, created, MessageKind.SYSTEM, "tix",
                "Follow-up of closed ticket #" + closed.id() + ".", now, null, actor);
        Message m = TicketService.addMessage(tx, created, MessageKind.CUSTOMER, author, body, now, messageId, actor);
        Notifications.newTicket(tx, created, actor, now);
        TicketService.addMessage(tx, closed, MessageKind.SYSTEM, "tix",
                "The customer wrote again; follow-up ticket #" + created.id() + " (message " + m.id() + ").", now, null,
                actor);
        return tx.tickets().find(created.id()).orElseThrow();
    }
}
