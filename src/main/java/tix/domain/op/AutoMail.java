package tix.domain.op;

import tix.domain.Status;
import tix.domain.Ticket;

/** When a change itself calls for automatic mail, whatever operation made it. */
public final class AutoMail {
    private AutoMail() {
        throw new AssertionError();
    }

    /**
     * The queue's resolved/closed auto-response: when a ticket becomes resolved or closed from a status that had not
     * told the customer already (not resolved) and that was real mail (not suspended), unless it was merged away.
     */
    public static boolean closedResponse(Ticket before, Ticket after) {
        return after.status() != before.status()
                && (after.status() == Status.RESOLVED || after.status() == Status.CLOSED)
                && before.status() != Status.RESOLVED && before.status() != Status.SUSPENDED && after.mergedInto() == null;
    }
}
