package tix.domain.op;

import java.time.Instant;
import tix.domain.Actor;
import tix.domain.Rules;
import tix.domain.Status;
import tix.domain.Ticket;

/**
 * `assign`: to an agent and/or a team, or to nobody; optionally sets sticky.
 *
 * @param to     the agent's login (an agent of the desk), or null: unchanged
 * @param team   an existing team, or null: unchanged
 * @param none   clear the assignee (and the team, unless one is given)
 * @param sticky new stickiness, or null: unchanged
 */
public record Assign(String to, String team, boolean none, Boolean sticky) {
    public Outcome apply(Ticket t, Actor actor, Instant now) {
        String assignee = none ? null : t.assignee();
        if (to != null) assignee = to;
        String newTeam = team != null ? team : none ? null : t.team();
        Rules.requireAssignable(actor, t, assignee, newTeam);
        if (t.status() == Status.CLOSED) throw Refusals.closed(t, "assign");
        Ticket.Builder b = t.toBuilder().assignee(assignee).team(newTeam);
        if (sticky != null) b.sticky(sticky);
        return Outcome.of(b.build());
    }
}
