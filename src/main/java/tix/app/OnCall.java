package tix.app;

import java.time.Instant;
import java.util.List;
import tix.domain.MessageKind;
import tix.domain.Ticket;
import tix.domain.op.Step;

/**
 * The on-call promise (issue 13): a ticket in tier {@code oncall} is acknowledged by the first {@code take} or note of
 * a member of the tier's team (any agent when the tier names no team). The acknowledgement is an {@code sla} event
 * (field {@code ack}) that stops the on-call response clock as a first public reply stops a tier's clock.
 */
final class OnCall {
    private OnCall() {
        throw new AssertionError();
    }

    /** Whether this change acknowledges an on-call page whose clock is running. */
    static boolean acknowledges(Tx tx, Ticket before, Ticket after, List<Step.Say> said, String actor, Instant now) {
        if (!Notifications.ONCALL.equals(after.tier()) || !Notifications.ONCALL.equals(before.tier())) return false;
        boolean took = actor.equals(after.assignee()) && !actor.equals(before.assignee());
        boolean noted = said.stream().anyMatch(s -> s.kind() == MessageKind.NOTE && actor.equals(s.author()));
        if (!took && !noted) return false;
        if (tx.agents().agent(actor).isEmpty()) return false;
        String team = tx.tiers().tierTeam(after.tier());
        if (team != null && !tx.teams().teamMembers(team).contains(actor)) return false;
        return tx.timekeeper().sla(before, now).running();
    }
}
