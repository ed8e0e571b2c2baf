package tix.domain;

import java.util.Locale;
import java.util.Set;

/** Ticket statuses of SPEC §3; the moves between them are in {@link Transitions}. */
public enum Status {
    NEW, OPEN, PENDING, WAITING, HOLD, REVIEW, RESOLVED, CLOSED, SUSPENDED;

    /** Statuses a ticket may move to by a staff command (`status`, `resolve`, `close`, ...): {@link Transitions}. */
    public Set<Status> manualNext() {
        return Transitions.next(this, Cause.STAFF);
    }

    public boolean canMoveTo(Status target) {
        return Transitions.allows(this, target, Cause.STAFF);
    }

    /** Statuses in which the ticket is still being worked on (not resolved, closed or suspended). */
    public boolean isActive() {
        return this != RESOLVED && this != CLOSED && this != SUSPENDED;
    }

    /** Statuses that pause the SLA clock and that a customer message reopens. */
    public boolean isWaitingOnCustomer() {
        return this == PENDING || this == WAITING || this == HOLD;
    }

    /** The stored word, computed once (import and the SLA clock ask for it millions of times). */
    private final String wire = name().toLowerCase(Locale.ROOT);

    public String wire() {
        return wire;
    }

    @Override
    public String toString() {
        return wire();
    }

    private static final Status[] VALUES = values();

    public static Status parse(String text) {
        if (text != null) {
            for (Status s : VALUES) if (s.wire.equals(text)) return s;
            String word = text.trim().toLowerCase(Locale.ROOT);
            for (Status s : VALUES) if (s.wire.equals(word)) return s;
        }
        throw DomainException.usage("unknown status '" + text + "'",
                "one of new, open, pending, waiting, hold, review, resolved, closed, suspended");
    }
}
