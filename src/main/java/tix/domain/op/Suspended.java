package tix.domain.op;

import tix.domain.DomainException;
import tix.domain.Status;
import tix.domain.Ticket;

/** What `suspended accept` and `reject` share. */
final class Suspended {
    private Suspended() {
        throw new AssertionError();
    }

    static void require(Ticket t) {
        if (t.status() != Status.SUSPENDED) {
            throw DomainException.conflict("#" + t.id() + " is " + t.status() + ", not suspended", "see 'tix suspended list'");
        }
    }
}
