package tix.domain.op;

import java.time.Instant;
import tix.domain.Ticket;

/** `queue remove --move-to Q`: the removed queue's tickets move to another (an admin's act, any status). */
public record MoveToQueue(String queue) {
    public Outcome apply(Ticket t, Instant now) {
        return Outcome.of(t.toBuilder().queue(queue).build());
    }
}
