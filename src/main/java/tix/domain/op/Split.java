package tix.domain.op;

import java.time.Instant;
import java.util.List;
import tix.domain.EventAction;
import tix.domain.Actor;
import tix.domain.Cause;
import tix.domain.DomainException;
import tix.domain.Message;
import tix.domain.MessageKind;
import tix.domain.Rules;
import tix.domain.Status;
import tix.domain.Ticket;

/**
 * `split ID --message M`: the message moves to a new ticket (same requester, queue, priority and channel; first
 * tier, nobody assigned, no team) linked {@code split_from}, with a system note on both.
 */
public record Split(long messageId, String title) {
    public Split {
        if (messageId <= 0) throw DomainException.usage("bad message id " + messageId, "a positive number from 'tix show'");
    }

    public void validate(Ticket t, Actor actor) {
        Rules.requireWorkable(actor, t, "split");
        if (t.status() == Status.CLOSED) throw Refusals.closed(t, "split");
    }

    /** The message as found (null: none with that id), which must be on the ticket. */
    public Message require(Ticket t, Message m) {
        if (m == null || m.ticketId() != t.id()) {
            throw DomainException.notFound("message " + messageId + " is not on #" + t.id(), "see 'tix show " + t.id() + "'");
        }
        return m;
    }

    /** The new ticket. @param firstTier the desk's lowest tier (the triage pool) */
    public Birth birth(Ticket t, Actor actor, Message m, String firstTier, Instant now) {
        validate(t, actor);
        require(t, m);
        String newTitle = title == null || title.isBlank() ? "Split from #" + t.id() + ": " + t.title() : title;
        Ticket draft = Ticket.born(newTitle, Cause.SPLIT, t.priority(), t.channel(), t.queue(), firstTier,
                        t.requesterId(), now).toBuilder()
                .sticky(t.sticky()).splitFrom(t.id())
                .lastCustomerAt(m.kind() == MessageKind.CUSTOMER ? m.createdAt() : null).build();
        return new Birth(Cause.SPLIT, draft, List.of(
                new Step.Log(EventAction.SPLIT, "split_from", null, String.valueOf(t.id())),
                Step.Say.of(MessageKind.SYSTEM, "tix", "Split from #" + t.id() + " by " + actor.login() + ": message "
                        + m.id() + " moved here; assignment reset to the " + firstTier + " pool.")));
    }

    /** The source ticket once the new one has its id: an event and a note; its fields stay. */
    public Outcome source(Ticket t, Actor actor, long newId) {
        return Outcome.of(t)
                .first(new Step.Log(EventAction.SPLIT, "message", String.valueOf(messageId), "#" + newId))
                .first(Step.Say.of(MessageKind.SYSTEM, "tix", "Message " + messageId + " split into #" + newId
                        + " by " + actor.login() + "."));
    }
}
