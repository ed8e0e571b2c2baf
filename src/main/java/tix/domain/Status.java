package tix.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Ticket statuses of SPEC §3 and the one table of transitions a person may make. */
public enum Status {
    NEW, OPEN, PENDING, WAITING, HOLD, REVIEW, RESOLVED, CLOSED, SUSPENDED;

    private static final Map<Status, Set<Status>> MANUAL = new EnumMap<>(Status.class);

    static {
        Set<Status> working = EnumSet.of(OPEN, PENDING, WAITING, HOLD, REVIEW, RESOLVED);
        MANUAL.put(NEW, working);
        for (Status s : EnumSet.of(OPEN, PENDING, WAITING, HOLD, REVIEW)) {
            Set<Status> next = EnumSet.copyOf(working);
            // hold and waiting may be re-entered to move their end date; the others are no-ops to themselves
            if (s != HOLD && s != WAITING) next.remove(s);
            MANUAL.put(s, next);
        }
        MANUAL.put(RESOLVED, EnumSet.of(OPEN, CLOSED));
        MANUAL.put(CLOSED, EnumSet.noneOf(Status.class));
        // suspended mail leaves only through `suspended accept` (-> new) or `suspended reject` (-> closed)
        MANUAL.put(SUSPENDED, EnumSet.noneOf(Status.class));
    }

    /** Statuses a ticket may move to by a staff command (`status`, `resolve`, `close`, ...). */
    public Set<Status> manualNext() {
        Set<Status> next = EnumSet.noneOf(Status.class);
        next.addAll(MANUAL.get(this));
        return next;
    }

    public boolean canMoveTo(Status target) {
        return MANUAL.get(this).contains(target);
    }

    /** Statuses in which the ticket is still being worked on (not resolved, closed or suspended). */
    public boolean isActive() {
        return this != RESOLVED && this != CLOSED && this != SUSPENDED;
    }

    /** Statuses that pause the SLA clock and that a customer message reopens. */
    public boolean isWaitingOnCustomer() {
        return this == PENDING || this == WAITING || this == HOLD;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wire();
    }

    public static Status parse(String text) {
        if (text != null) {
            for (Status s : values()) {
                if (s.wire().equals(text.trim().toLowerCase(Locale.ROOT))) return s;
            }
        }
        throw DomainException.usage("unknown status '" + text + "'",
                "one of new, open, pending, waiting, hold, review, resolved, closed, suspended");
    }
}
