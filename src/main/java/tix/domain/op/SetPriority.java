package tix.domain.op;

import java.time.Instant;
import tix.domain.Actor;
import tix.domain.Priority;
import tix.domain.Rules;
import tix.domain.Status;
import tix.domain.Ticket;

/** `priority`: 1-99 (a name was read already). */
public record SetPriority(int value) {
    public SetPriority {
        Priority.check(value);
    }

    public Outcome apply(Ticket t, Actor actor, Instant now) {
        Rules.requireWorkable(actor, t, "change the priority of");
        if (t.status() == Status.CLOSED) throw Refusals.closed(t, "change the priority of");
        return Outcome.of(t.toBuilder().priority(value).build());
    }
}
