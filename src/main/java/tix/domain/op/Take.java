package tix.domain.op;

import java.time.Instant;
import tix.domain.Actor;
import tix.domain.DomainException;
import tix.domain.Rules;
import tix.domain.Status;
import tix.domain.Ticket;

/**
 * `take`: the ticket is the acting agent's. {@code actorIsAgent}: the actor is an agent of the desk (on a desk
 * without agents everyone acts as admin, but only an agent can be an assignee).
 */
public record Take(boolean actorIsAgent) {
    public Outcome apply(Ticket t, Actor actor, Instant now) {
        if (actor.login().equals(t.assignee())) {
            throw DomainException.conflict("#" + t.id() + " is already yours", "nothing to do");
        }
        if (t.status() == Status.CLOSED) throw Refusals.closed(t, "take");
        if (!actorIsAgent) {
            throw DomainException.notFound("agent '" + actor.login() + "' not found", "see 'tix agent list'");
        }
        Rules.requireAssignable(actor, t, actor.login(), t.team());
        return Outcome.of(t.toBuilder().assignee(actor.login()).build());
    }
}
