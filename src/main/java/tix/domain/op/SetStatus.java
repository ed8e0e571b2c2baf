package tix.domain.op;

import java.time.Instant;
import tix.domain.Actor;
import tix.domain.Cause;
import tix.domain.DomainException;
import tix.domain.Rules;
import tix.domain.Status;
import tix.domain.Ticket;
import tix.domain.Times;
import tix.domain.Transitions;

/**
 * `status`, `resolve`, `close` (and `bulk`): a staff move along the table, or an admin's forced close. Hold and
 * waiting may end after {@code days} or at {@code until}; hold needs one of them.
 *
 * @param until the end date, already read in the queue's zone (see {@link #untilText}), or null
 */
public record SetStatus(Status target, Long days, Instant until, String untilText, boolean force) {
    public SetStatus {
        if (days != null && untilText != null) throw DomainException.usage("--days and --until exclude each other", "give one");
        if ((days != null || untilText != null) && target != Status.HOLD && target != Status.WAITING) {
            throw DomainException.usage("--days and --until go with hold or waiting", "e.g. tix status ID hold --days 3");
        }
        if (target == Status.HOLD && days == null && untilText == null) {
            throw DomainException.usage("hold needs --days N or --until DATE", "e.g. tix status ID hold --days 3");
        }
    }

    /** The same change with the end date read (in the ticket's queue's zone). */
    public SetStatus withUntil(Instant at) {
        return new SetStatus(target, days, at, untilText, force);
    }

    /** Whether the move is allowed, and by which cause (checked before an end date is read in the queue's zone). */
    public Cause validate(Ticket t, Actor actor) {
        Rules.requireWorkable(actor, t, "change the status of");
        return Rules.requireTransition(actor, t, target, force);
    }

    public Outcome apply(Ticket t, Actor actor, Instant now) {
        Cause cause = validate(t, actor);
        Instant end = null;
        if (days != null) end = Times.plusDays(now, days);
        if (untilText != null) {
            end = until;
            if (!end.isAfter(now)) throw DomainException.usage("--until " + untilText + " is not in the future", "a later date");
        }
        return Outcome.of(Transitions.move(t, target, cause, now, end));
    }
}
