package tix.domain.op;

import java.time.Instant;
import tix.domain.Actor;
import tix.domain.Cause;
import tix.domain.DomainException;
import tix.domain.Rules;
import tix.domain.Status;
import tix.domain.Ticket;
import tix.domain.Transitions;

/** `reopen`: a resolved or closed ticket is open again (the only way out of closed, SPEC §7). */
public record Reopen() {
    public Outcome apply(Ticket t, Actor actor, Instant now) {
        Rules.requireWorkable(actor, t, "reopen");
        if (t.status() != Status.RESOLVED && t.status() != Status.CLOSED) {
            throw DomainException.conflict("#" + t.id() + " is " + t.status() + ", not resolved or closed",
                    "reopen works on resolved and closed tickets");
        }
        if (t.mergedInto() != null) {
            throw DomainException.conflict("#" + t.id() + " was merged into #" + t.mergedInto(), "work on #" + t.mergedInto());
        }
        return Outcome.of(Transitions.move(t, Status.OPEN, Cause.REOPEN, now));
    }
}
