package tix.domain.op;

import java.time.Instant;
import tix.domain.Actor;
import tix.domain.DomainException;
import tix.domain.Rules;
import tix.domain.Ticket;

/** `release`: back to the pool (the team stays). */
public record Release() {
    public Outcome apply(Ticket t, Actor actor, Instant now) {
        if (t.assignee() == null) throw DomainException.conflict("#" + t.id() + " is not assigned", "nothing to release");
        Rules.requireAssignable(actor, t, null, t.team());
        return Outcome.of(t.toBuilder().assignee(null).build());
    }
}
