package tix.domain;

import static tix.domain.Status.CLOSED;
import static tix.domain.Status.HOLD;
import static tix.domain.Status.NEW;
import static tix.domain.Status.OPEN;
import static tix.domain.Status.PENDING;
import static tix.domain.Status.RESOLVED;
import static tix.domain.Status.REVIEW;
import static tix.domain.Status.SUSPENDED;
import static tix.domain.Status.WAITING;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of status changes (SPEC §3, §7 Transitions): every move a ticket may make, each with its
 * {@link Cause}. {@link #move} is the only way to change a ticket's status, and {@link #birth} the only way to pick a
 * new ticket's, so a status rule lives here and nowhere else.
 */
public final class Transitions {
    private Transitions() {
        throw new AssertionError();
    }

    /** One allowed move. {@code from} is null for a birth. */
    public record Move(Status from, Status to, Cause cause) {
    }

    private static final Map<Cause, Map<Status, Set<Status>>> MOVES = new EnumMap<>(Cause.class);
    private static final Map<Cause, Status> BIRTHS = new EnumMap<>(Cause.class);

    private static void allow(Cause cause, Set<Status> from, Status... to) {
        Map<Status, Set<Status>> byFrom = MOVES.computeIfAbsent(cause, c -> new EnumMap<>(Status.class));
        for (Status f : from) byFrom.computeIfAbsent(f, x -> EnumSet.noneOf(Status.class)).addAll(Set.of(to));
    }

    static {
        Set<Status> working = EnumSet.of(OPEN, PENDING, WAITING, HOLD, REVIEW, RESOLVED);
        // staff: from new to any working status; between working statuses; hold and waiting may be re-entered to
        // move their end date; resolved goes back to open or on to closed; closed and suspended have no staff move
        allow(Cause.STAFF, EnumSet.of(NEW), working.toArray(Status[]::new));
        for (Status s : EnumSet.of(OPEN, PENDING, WAITING, HOLD, REVIEW)) {
            Set<Status> next = EnumSet.copyOf(working);
            if (s != HOLD && s != WAITING) next.remove(s);
            allow(Cause.STAFF, EnumSet.of(s), next.toArray(Status[]::new));
        }
        allow(Cause.STAFF, EnumSet.of(RESOLVED), OPEN, CLOSED);
        allow(Cause.FORCE, EnumSet.of(NEW, OPEN, PENDING, WAITING, HOLD, REVIEW, RESOLVED), CLOSED);
        allow(Cause.REOPEN, EnumSet.of(RESOLVED, CLOSED), OPEN);
        // answering with --status: the staff moves to pending, resolved, waiting, and the same status again (which
        // restarts its timer)
        allow(Cause.REPLY_STATUS, EnumSet.of(NEW, OPEN, PENDING, WAITING, HOLD, REVIEW), PENDING, RESOLVED, WAITING);
        allow(Cause.REPLY_STATUS, EnumSet.of(RESOLVED), RESOLVED);
        allow(Cause.FIRST_REPLY, EnumSet.of(NEW), OPEN);
        allow(Cause.ESCALATE, EnumSet.of(NEW), OPEN);
        allow(Cause.CUSTOMER_MESSAGE, EnumSet.of(PENDING, WAITING, HOLD, RESOLVED, REVIEW), OPEN);
        allow(Cause.CUSTOMER_REOPEN, EnumSet.of(CLOSED), OPEN);
        allow(Cause.SWEEP_RESOLVE, EnumSet.of(PENDING), RESOLVED);
        allow(Cause.SWEEP_WAITING, EnumSet.of(WAITING), OPEN);
        allow(Cause.SWEEP_HOLD, EnumSet.of(HOLD), OPEN);
        allow(Cause.SWEEP_CLOSE, EnumSet.of(RESOLVED), CLOSED);
        allow(Cause.MERGE, EnumSet.of(NEW, OPEN, PENDING, WAITING, HOLD, REVIEW, RESOLVED, SUSPENDED), CLOSED);
        allow(Cause.ACCEPT, EnumSet.of(SUSPENDED), NEW);
        allow(Cause.REJECT, EnumSet.of(SUSPENDED), CLOSED);

        BIRTHS.put(Cause.CREATE, NEW);
        BIRTHS.put(Cause.MAIL, NEW);
        BIRTHS.put(Cause.FOLLOW_UP, NEW);
        BIRTHS.put(Cause.SUSPEND, SUSPENDED);
        BIRTHS.put(Cause.SPLIT, OPEN);
    }

    /** Every allowed move, births included (from null). */
    public static Set<Move> table() {
        Set<Move> out = new LinkedHashSet<>();
        MOVES.forEach((cause, byFrom) -> byFrom.forEach((from, tos) -> tos.forEach(to -> out.add(new Move(from, to, cause)))));
        BIRTHS.forEach((cause, to) -> out.add(new Move(null, to, cause)));
        return Collections.unmodifiableSet(out);
    }

    public static boolean allows(Status from, Status to, Cause cause) {
        if (from == null) return BIRTHS.get(cause) == to;
        return next(from, cause).contains(to);
    }

    /** Where {@code cause} may take a ticket in status {@code from}. */
    public static Set<Status> next(Status from, Cause cause) {
        Set<Status> out = EnumSet.noneOf(Status.class);
        Map<Status, Set<Status>> byFrom = MOVES.get(cause);
        if (byFrom != null && byFrom.containsKey(from)) out.addAll(byFrom.get(from));
        return out;
    }

    /** The status a ticket born of {@code cause} starts in. */
    public static Status birth(Cause cause) {
        Status s = BIRTHS.get(cause);
        if (s == null) throw new IllegalArgumentException(cause + " creates no ticket");
        return s;
    }

    /** Moves the ticket to {@code to} (its timer starts now, any end date is cleared), or refuses with exit 4. */
    public static Ticket move(Ticket t, Status to, Cause cause, Instant now) {
        return move(t, to, cause, now, null);
    }

    /** As {@link #move(Ticket, Status, Cause, Instant)}, with the end date of hold or waiting. */
    public static Ticket move(Ticket t, Status to, Cause cause, Instant now, Instant until) {
        require(t, to, cause);
        return t.toBuilder().status(to).statusChangedAt(now).statusUntil(until).build();
    }

    /** Refuses a move the table does not allow, with the hint a user needs. */
    public static void require(Ticket t, Status to, Cause cause) {
        Status from = t.status();
        if (allows(from, to, cause)) return;
        String hint;
        if (from == CLOSED) hint = "closed is final; use 'tix reopen " + t.id() + "'";
        else if (from == SUSPENDED) hint = "use 'tix suspended accept " + t.id() + "' or 'reject'";
        else if (to == NEW) hint = "nothing goes back to new";
        else if (to == SUSPENDED) hint = "only incoming mail is suspended";
        else if (to == CLOSED) hint = "resolve it first, or an admin may 'close --force'";
        else if (to == from) hint = "it is " + from + " already";
        else {
            Set<Status> next = next(from, Cause.STAFF);
            hint = "from " + from + " it can go to " + (next.isEmpty() ? "nothing" : next);
        }
        throw DomainException.conflict("#" + t.id() + " cannot go from " + from + " to " + to, hint);
    }
}
