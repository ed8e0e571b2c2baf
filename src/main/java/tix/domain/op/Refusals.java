package tix.domain.op;

import tix.domain.DomainException;
import tix.domain.Status;
import tix.domain.Ticket;

/** The refusals several operations share. */
final class Refusals {
    private Refusals() {
        throw new AssertionError();
    }

    static DomainException closed(Ticket t, String what) {
        return DomainException.conflict("cannot " + what + " #" + t.id() + ": it is " + t.status(),
                t.status() == Status.CLOSED ? "closed is final; 'tix reopen " + t.id() + "' first" : "see 'tix show " + t.id() + "'");
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
