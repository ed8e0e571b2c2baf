package tix.domain.op;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tix.domain.BusinessCalendar;
import tix.domain.Cause;
import tix.domain.MessageKind;
import tix.domain.Status;
import tix.domain.Ticket;
import tix.domain.TimeRules;
import tix.domain.TimeRules.Rule;
import tix.domain.Transitions;

/**
 * The time rules of one sweep on one ticket (SPEC §3): every rule of {@link TimeRules#schedule} due at {@code now}
 * fires: escalation of an unattended new ticket (with a system note), priority growth, the pending reminder, the
 * status moves of pending, waiting, hold and resolved. The SLA colour of the result is the caller's to add
 * ({@link #withColour}), since it depends on the history the change writes.
 */
public record Sweep(TimeRules.Config config, TimeRules.Facts facts) {
    /** Who the sweep's changes are by. */
    public static final String ACTOR = "tix";

    /** One rule that fired, as the sweep reports it. */
    public record Fired(Rule rule, String what) {
    }

    /**
     * @param remind  a reminder is due (the writer queues it and marks the ticket reminded)
     * @param grownAt the instant priority growth counted up to, or null when it did not grow
     */
    public record Result(Outcome outcome, List<Fired> fired, boolean remind, Instant grownAt) {
        public boolean nothing() {
            return fired.isEmpty();
        }
    }

    public Result apply(Ticket before, Instant now) {
        BusinessCalendar cal = facts.calendar();
        List<Fired> done = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Ticket.Builder b = before.toBuilder();
        Status moveTo = null;
        Cause cause = null;
        boolean remind = false;
        Instant grownAt = null;
        for (TimeRules.Due due : TimeRules.schedule(config, facts, now)) {
            if (due.at().isAfter(now)) continue;
            switch (due.rule()) {
                case ESCALATE:
                    b.tier(facts.nextTier()).tierEnteredAt(now);
                    notes.add("Unattended for " + config.escalateAfter().describe() + ": "
                            + "escalated from " + before.tier() + " to " + facts.nextTier() + ".");
                    done.add(new Fired(Rule.ESCALATE, before.tier() + " -> " + facts.nextTier()));
                    break;
                case PRIORITY: {
                    Instant from = TimeRules.growthFrom(before, facts.grownAt());
                    long steps = config.growthEvery().between(cal, from, now).toMillis()
                            / config.growthEvery().amount().toMillis();
                    int p = (int) Math.min(config.growthMax(), before.priority() + steps * facts.growthStep());
                    b.priority(p);
                    grownAt = config.growthEvery().times(steps).after(cal, from);
                    done.add(new Fired(Rule.PRIORITY, before.priority() + " -> " + p));
                    break;
                }
                case REMINDER:
                    remind = true;
                    done.add(new Fired(Rule.REMINDER, "reminder queued to the requester"));
                    break;
                case RESOLVE:
                    moveTo = Status.RESOLVED;
                    cause = Cause.SWEEP_RESOLVE;
                    // with reminders off (TimeRules) the silence since the answer is what resolves it
                    done.add(new Fired(Rule.RESOLVE, config.remindAfter() == null
                            ? "pending -> resolved (no reply for " + config.resolveAfter().describe() + ")"
                            : "pending -> resolved (no reply after the reminder)"));
                    break;
                case WAITING:
                    moveTo = Status.OPEN;
                    cause = Cause.SWEEP_WAITING;
                    done.add(new Fired(Rule.WAITING, "waiting -> open"));
                    break;
                case HOLD:
                    moveTo = Status.OPEN;
                    cause = Cause.SWEEP_HOLD;
                    notes.add("hold expired");
                    done.add(new Fired(Rule.HOLD, "hold -> open (hold expired)"));
                    break;
                case CLOSE:
                    moveTo = Status.CLOSED;
                    cause = Cause.SWEEP_CLOSE;
                    done.add(new Fired(Rule.CLOSE, "resolved -> closed"));
                    break;
                default:
                    break;
            }
        }
        Ticket after = b.build();
        if (moveTo != null) after = Transitions.move(after, moveTo, cause, now);
        Outcome o = Outcome.of(after);
        if (remind) o = o.first(new Step.Send(Step.Mail.REMINDER));
        for (String n : notes) o = o.first(Step.Say.of(MessageKind.SYSTEM, ACTOR, n));
        return new Result(o, done, remind, grownAt);
    }

    /** The result with the SLA colour of its new state; a change of colour is one more rule that fired. */
    public static Result withColour(Result r, Ticket before, String colour) {
        if (colour.equals(before.slaColour())) return r;
        List<Fired> fired = new ArrayList<>(r.fired());
        fired.add(new Fired(Rule.SLA, before.slaColour() + " -> " + colour));
        Outcome o = r.outcome().with(r.outcome().ticket().toBuilder().slaColour(colour).build());
        return new Result(o, fired, r.remind(), r.grownAt());
    }
}
