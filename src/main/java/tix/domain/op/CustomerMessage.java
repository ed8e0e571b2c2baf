package tix.domain.op;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tix.domain.EventAction;
import tix.domain.Cause;
import tix.domain.MessageKind;
import tix.domain.Queue;
import tix.domain.Status;
import tix.domain.Ticket;
import tix.domain.Transitions;

/**
 * A customer message (`receive`, or mail in a thread), SPEC §3: reopens a ticket that waits on the customer, was
 * resolved or is in review; un-assigns a non-sticky one; on a closed ticket follows the queue's follow-up policy:
 * {@code new} (a follow-up ticket), {@code reopen N} (reopen when closed less than N days ago, else a follow-up) or
 * {@code reject} (a system message, nothing opened).
 *
 * @param author    who wrote it: the requester's address, or a colleague's in the mail thread
 * @param messageId the inbound mail's Message-ID, or null
 */
public record CustomerMessage(String body, String author, String messageId) {
    /** What became of the message. */
    public sealed interface Result permits Added, Rejected, FollowUp {
    }

    /** Added to the ticket, which changes as {@code outcome} says. */
    public record Added(Outcome outcome) implements Result {
    }

    /** The ticket is closed and its queue takes no follow-ups: only {@code steps} are written, the ticket is as it was. */
    public record Rejected(List<Step> steps) implements Result {
    }

    /** The ticket is closed: a follow-up ticket is born; {@link #noted} tells the closed ticket once it has its id. */
    public record FollowUp(Birth birth) implements Result {
    }

    /** @param queue the ticket's queue (follow-up policy, and the follow-up's defaults) */
    public Result apply(Ticket t, Queue queue, String actor, Instant now) {
        if (t.status() == Status.CLOSED) {
            String policy = queue.followUp() == null ? "new" : queue.followUp().strip();
            if (policy.startsWith("reopen")) {
                if (t.statusChangedAt().plus(Duration.ofDays(reopenDays(policy))).isAfter(now)) return reopen(t, now);
            } else if (policy.equals("reject")) {
                return new Rejected(List.of(new Step.Say(MessageKind.SYSTEM, "tix",
                        "Customer wrote to this closed ticket; the queue rejects follow-ups.\n\n" + body, messageId, false,
                        null)));
            }
            return followUp(t, queue, now);
        }
        return reopen(t, now);
    }

    /** N of the policy "reopen N"; a policy without a usable N reopens nothing (every reply opens a follow-up). */
    static long reopenDays(String policy) {
        try {
            return Math.max(0, Long.parseLong(policy.substring("reopen".length()).strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Added reopen(Ticket t, Instant now) {
        Ticket.Builder b = t.toBuilder().lastCustomerAt(now);
        if (!t.sticky()) b.assignee(null);
        Ticket after = b.build();
        Cause cause = t.status() == Status.CLOSED ? Cause.CUSTOMER_REOPEN : Cause.CUSTOMER_MESSAGE;
        if (Transitions.allows(t.status(), Status.OPEN, cause)) after = Transitions.move(after, Status.OPEN, cause, now);
        return new Added(Outcome.of(after).first(new Step.Say(MessageKind.CUSTOMER, author, body, messageId, false, null)));
    }

    private FollowUp followUp(Ticket closed, Queue queue, Instant now) {
        Ticket draft = Ticket.born(closed.title(), Cause.FOLLOW_UP, queue.defaultPriority(), closed.channel(),
                        closed.queue(), queue.defaultTier(), closed.requesterId(), now).toBuilder()
                .tags(closed.tags()).sticky(closed.sticky()).followUpOf(closed.id()).lastCustomerAt(now).build();
        return new FollowUp(new Birth(Cause.FOLLOW_UP, draft, List.of(
                new Step.Log(EventAction.EDITED, "follow_up_of", null, String.valueOf(closed.id())),
                Step.Say.of(MessageKind.SYSTEM, "tix", "Follow-up of closed ticket #" + closed.id() + "."),
                new Step.Say(MessageKind.CUSTOMER, author, body, messageId, false, null),
                new Step.Send(Step.Mail.NEW_TICKET_NOTICE))));
    }

    /** The system message on the closed ticket, once the follow-up has its id and the message its id. */
    public static Step noted(long followUpId, long messageId) {
        return Step.Say.of(MessageKind.SYSTEM, "tix",
                "The customer wrote again; follow-up ticket #" + followUpId + " (message " + messageId + ").");
    }
}
