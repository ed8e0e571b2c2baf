package tix.domain.op;

import java.time.Instant;
import tix.domain.Ticket;

/** `team remove`: the removed team's tickets belong to no team (an admin's act, any status). */
public record DropTeam() {
    public Outcome apply(Ticket t, Instant now) {
        return Outcome.of(t.toBuilder().team(null).build());
    }
}
