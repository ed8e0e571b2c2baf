package tix.domain.op;

import java.time.Instant;
import tix.domain.Actor;
import tix.domain.Rules;
import tix.domain.Status;
import tix.domain.Ticket;

/** `due`: the due date (already read in the queue's zone), or null to clear it. */
public record SetDue(Instant due) {
    /** Whether the due date may change (checked before a date is read in the ticket's queue's zone). */
    public static void validate(Ticket t, Actor actor) {
        Rules.requireWorkable(actor, t, "change the due date of");
        if (t.status() == Status.CLOSED) throw Refusals.closed(t, "change the due date of");
    }

    public Outcome apply(Ticket t, Actor actor, Instant now) {
        validate(t, actor);
        return Outcome.of(t.toBuilder().dueAt(due).build());
    }
}
