package tix.domain.op;

import java.util.ArrayList;
import java.util.List;
import tix.domain.Cause;
import tix.domain.Ticket;

/**
 * A ticket about to be born: the draft (id 0) and the steps written after its `created` event. Every way a ticket is
 * born (create, mail, suspend, split, follow-up) ends in one of these, written by the one creation path.
 */
public record Birth(Cause cause, Ticket draft, List<Step> steps) {
    public Birth {
        if (!cause.isBirth()) throw new IllegalArgumentException(cause + " creates no ticket");
        if (draft.status() != tix.domain.Transitions.birth(cause)) {
            throw new IllegalArgumentException(cause + " gives " + tix.domain.Transitions.birth(cause) + ", not " + draft.status());
        }
        steps = List.copyOf(steps);
    }

    public Birth then(Step s) {
        List<Step> l = new ArrayList<>(steps);
        l.add(s);
        return new Birth(cause, draft, l);
    }
}
