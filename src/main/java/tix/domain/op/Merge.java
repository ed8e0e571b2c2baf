package tix.domain.op;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import tix.domain.EventAction;
import tix.domain.Actor;
import tix.domain.Cause;
import tix.domain.DomainException;
import tix.domain.MessageKind;
import tix.domain.Rules;
import tix.domain.Status;
import tix.domain.Ticket;
import tix.domain.Transitions;

/**
 * `merge ID --into TARGET`: the target gets the source's messages (moved by the writer), tags, the higher priority
 * and the later customer turn; the source is closed with link {@code merged_into}. System notes on both.
 */
public record Merge(long into) {
    /** Both tickets after the merge. */
    public record Result(Outcome source, Outcome target) {
    }

    public static void check(long id, long into) {
        if (into <= 0) throw DomainException.usage("bad ticket id " + into, "a positive number");
        if (id == into) throw DomainException.usage("cannot merge #" + id + " into itself", "name another ticket");
    }

    public void validate(Ticket source, Ticket target, Actor actor) {
        Rules.requireWorkable(actor, source, "merge");
        Rules.requireWorkable(actor, target, "merge into");
        if (source.status() == Status.CLOSED) throw Refusals.closed(source, "merge");
        if (target.status() == Status.CLOSED) throw Refusals.closed(target, "merge into");
    }

    /** @param moved how many messages the source has (they move to the target) */
    public Result apply(Ticket source, Ticket target, Actor actor, int moved, Instant now) {
        validate(source, target, actor);
        Set<String> tags = new LinkedHashSet<>(target.tags());
        tags.addAll(source.tags());
        Ticket.Builder tb = target.toBuilder().tags(new ArrayList<>(tags))
                .priority(Math.max(target.priority(), source.priority()));
        if (source.lastCustomerAt() != null && (target.lastCustomerAt() == null
                || source.lastCustomerAt().isAfter(target.lastCustomerAt()))) {
            tb.lastCustomerAt(source.lastCustomerAt());
        }
        Outcome t = Outcome.of(tb.build())
                .then(new Step.Log(EventAction.MERGED, "merged_from", null, "#" + source.id()))
                .then(Step.Say.of(MessageKind.SYSTEM, "tix", "Merged #" + source.id() + " (" + source.title()
                        + ") into this ticket: " + moved + " message(s) moved."));
        Outcome s = Outcome.of(Transitions.move(source, Status.CLOSED, Cause.MERGE, now).toBuilder()
                        .mergedInto(target.id()).build())
                .then(Step.Say.of(MessageKind.SYSTEM, "tix", "Merged into #" + target.id() + " by " + actor.login() + "."));
        return new Result(s, t);
    }
}
