package tix.domain.op;

import java.time.Instant;
import tix.domain.Actor;
import tix.domain.Cause;
import tix.domain.DomainException;
import tix.domain.MessageKind;
import tix.domain.Rules;
import tix.domain.Status;
import tix.domain.Ticket;
import tix.domain.Transitions;

/**
 * `reply`: a public answer, mailed to the requester; optionally moves to pending, resolved or waiting (answering
 * again in the same status restarts its timer). The first answer to a new ticket opens it.
 *
 * @param target the status asked for, or null
 */
public record Reply(Status target) {
    public Reply {
        if (target != null && target != Status.PENDING && target != Status.RESOLVED && target != Status.WAITING) {
            throw DomainException.usage("reply --status takes pending, resolved or waiting", "or leave it out");
        }
    }

    /** Whether the ticket may be answered at all (checked before a macro is expanded for it). */
    public void validate(Ticket t, Actor actor) {
        Rules.requireWorkable(actor, t, "reply to");
        if (t.status() == Status.CLOSED || t.status() == Status.SUSPENDED) throw Refusals.closed(t, "reply to");
    }

    /** @param text the answer, macro already expanded */
    public Outcome apply(Ticket t, Actor actor, String text, Instant now) {
        validate(t, actor);
        if (Refusals.blank(text)) {
            throw DomainException.usage("the reply is empty", "--body TEXT, --body-file F or --macro NAME");
        }
        if (target != null && target != t.status()) Rules.requireTransition(actor, t, target, false);
        Outcome o = answer(Outcome.of(t), actor, text, now);
        if (target != null) return o.with(Transitions.move(o.ticket(), target, Cause.REPLY_STATUS, now));
        if (t.status() == Status.NEW) return o.with(Transitions.move(o.ticket(), Status.OPEN, Cause.FIRST_REPLY, now));
        return o;
    }

    /** Adds a public answer (mailed to the requester) to an outcome: the message, and the answer's time. */
    static Outcome answer(Outcome o, Actor actor, String text, Instant now) {
        return o.with(o.ticket().toBuilder().lastReplyAt(now).build())
                .first(new Step.Say(MessageKind.REPLY, actor.login(), text, null, true, null));
    }
}
