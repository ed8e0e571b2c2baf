package tix.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SLA clock of SPEC §4, computed from a ticket's history. It starts when the ticket entered its current tier,
 * counts business time of the calendar, pauses while the ticket is pending, waiting or hold (or resolved, closed),
 * stops at the first public reply in the tier, and starts again from a later customer message. A pause pushes the
 * thresholds back by the business time spent paused. After the clock stops the colour, the elapsed time and the
 * thresholds freeze (SPEC §7).
 */
public final class SlaClock {
    private SlaClock() {
        throw new AssertionError();
    }

    /** A stretch of the clock's life: counted (business time accrues inside its business hours) or paused. */
    public record Piece(Instant from, Instant to, boolean counted, String status) {
    }

    /**
     * The clock at one instant. {@code colour} is green, yellow, red or none (no policy, or a suspended ticket);
     * {@code nextChange} is when the colour changes next if nothing happens (null when paused, stopped or red).
     */
    public record State(String colour, SlaPolicy policy, BusinessCalendar calendar, Instant start, Instant stoppedAt,
                        boolean paused, Duration elapsed, Instant yellowAt, Instant redAt, Instant nextChange,
                        List<Piece> pieces, String acknowledgedBy) {
        public boolean running() {
            return colour != null && !"none".equals(colour) && stoppedAt == null && !paused;
        }

        /** "running", "paused", "stopped" or "none". */
        public String clock() {
            if ("none".equals(colour)) return "none";
            if (stoppedAt != null) return "stopped";
            return paused ? "paused" : "running";
        }
    }

    /** The field of the `sla` event an acknowledgement writes (its new value: who acknowledged). */
    public static final String ACK = "ack";

    public static State none(BusinessCalendar calendar) {
        return new State("none", null, calendar, null, null, false, Duration.ZERO, null, null, null, List.of(), null);
    }

    /** Statuses whose time never counts: waiting on the customer, or no longer being worked. */
    public static boolean counts(Status s) {
        return s == Status.NEW || s == Status.OPEN || s == Status.REVIEW;
    }

    /**
     * The clock's state in words, from the ticket alone (no history needed): "stopped" after a reply in this tier
     * that no customer message followed, or when the ticket is resolved, closed or suspended; "paused" while pending,
     * waiting or hold; else "running". Used to write an event at each pause and resume.
     */
    public static String clockState(Ticket t) {
        if (t.status() == Status.SUSPENDED || t.status() == Status.RESOLVED || t.status() == Status.CLOSED) return "stopped";
        boolean replied = t.lastReplyAt() != null && t.lastReplyAt().isAfter(t.tierEnteredAt());
        boolean customerSince = replied && t.lastCustomerAt() != null && t.lastCustomerAt().isAfter(t.lastReplyAt());
        if (replied && !customerSince) return "stopped";
        return counts(t.status()) ? "running" : "paused";
    }

    /**
     * Computes the clock at {@code now}. {@code history} is the ticket's events, oldest first (status changes and
     * messages are read; the rest is ignored).
     */
    public static State compute(Ticket t, SlaPolicy policy, BusinessCalendar cal, List<Event> history, Instant now) {
        if (policy == null || t.status() == Status.SUSPENDED) return none(cal);
        Instant start = t.tierEnteredAt();
        Status status = Status.NEW;
        for (Event e : history) {
            if (e.at().isAfter(start)) break;
            Status s = statusOf(e);
            if (s != null) status = s;
        }
        List<Piece> pieces = new ArrayList<>();
        Instant cur = start;
        Instant stoppedAt = null;
        String ackBy = null;
        for (Event e : history) {
            if (e.at().isBefore(start)) continue;
            Status s = statusOf(e);
            boolean reply = e.kind() == EventAction.MESSAGE && MessageKind.REPLY.wire().equals(e.field());
            boolean customer = e.kind() == EventAction.MESSAGE && MessageKind.CUSTOMER.wire().equals(e.field());
            // an on-call member's acknowledgement (take or note) stops the clock as a reply does
            boolean ack = e.kind() == EventAction.SLA && ACK.equals(e.field());
            if (s != null) {
                if (stoppedAt == null) cur = close(pieces, cur, e.at(), status);
                status = s;
            } else if ((reply || ack) && stoppedAt == null && (ack || e.at().isAfter(t.tierEnteredAt()))) {
                cur = close(pieces, cur, e.at(), status);
                stoppedAt = e.at();
                ackBy = ack ? e.newValue() : null;
            } else if (customer && stoppedAt != null && e.at().isAfter(stoppedAt)) {
                // next-reply time: a new clock from this message
                pieces.clear();
                start = e.at();
                cur = start;
                stoppedAt = null;
            }
        }
        boolean paused = false;
        Instant end = stoppedAt;
        if (stoppedAt == null) {
            if (now.isAfter(cur)) close(pieces, cur, now, status);
            paused = !counts(status);
            end = now.isAfter(cur) ? now : cur;
        }
        Duration elapsed = Duration.ZERO;
        for (Piece p : pieces) if (p.counted) elapsed = elapsed.plus(cal.between(p.from, p.to));
        Instant yellowAt = reach(pieces, cal, policy.green(), elapsed, end);
        Instant redAt = reach(pieces, cal, policy.yellow(), elapsed, end);
        String colour = elapsed.compareTo(policy.green()) < 0 ? "green"
                : elapsed.compareTo(policy.yellow()) < 0 ? "yellow" : "red";
        Instant next = null;
        if (stoppedAt == null && !paused) {
            if (colour.equals("green")) next = yellowAt;
            else if (colour.equals("yellow")) next = redAt;
        }
        return new State(colour, policy, cal, start, stoppedAt, paused, elapsed, yellowAt, redAt, next, List.copyOf(pieces),
                ackBy);
    }

    private static Instant close(List<Piece> pieces, Instant from, Instant to, Status status) {
        if (!to.isAfter(from)) return from;
        pieces.add(new Piece(from, to, counts(status), status.wire()));
        return to;
    }

    /** When the counted business time reaches {@code limit}: inside the pieces, or projected after {@code end}. */
    private static Instant reach(List<Piece> pieces, BusinessCalendar cal, Duration limit, Duration elapsed, Instant end) {
        Duration acc = Duration.ZERO;
        for (Piece p : pieces) {
            if (!p.counted) continue;
            Duration here = cal.between(p.from, p.to);
            if (acc.plus(here).compareTo(limit) >= 0) return cal.add(p.from, limit.minus(acc));
            acc = acc.plus(here);
        }
        return cal.add(end, limit.minus(elapsed));
    }

    private static Status statusOf(Event e) {
        if (e.kind() == EventAction.CREATED && e.newValue() != null) return Status.parse(e.newValue());
        if (e.kind() == EventAction.STATUS && "status".equals(e.field()) && e.newValue() != null) return Status.parse(e.newValue());
        return null;
    }
}
