package tix.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tix.domain.BusinessCalendar;
import tix.domain.Changes;
import tix.domain.Durations;
import tix.domain.Event;
import tix.domain.MessageKind;
import tix.domain.SlaClock;
import tix.domain.Status;
import tix.domain.Transitions;
import tix.domain.Cause;
import tix.domain.Ticket;
import tix.domain.TimeRules;
import tix.domain.TimeRules.Rule;

/**
 * `tix sweep`: applies every time rule of SPEC §3 that is due at the session's now, and stores SLA colour changes.
 * It reads only tickets whose {@code next_due_at} has come; it acts in small transactions and never moves a ticket
 * whose version changed after it read it (that ticket is left for the next sweep). One sweep at a time per database:
 * a second one finds the lock taken and does nothing.
 */
public final class SweepService {
    /** Tickets per write transaction: agents' commands wait at most one batch. */
    static final int BATCH = 200;
    /** Who the sweep's changes are by. */
    public static final String ACTOR = "tix";

    private final Session session;

    public SweepService(Session session) {
        this.session = session;
    }

    /** One thing a sweep did (or, in a dry run, would do) to a ticket. */
    public record Action(long ticketId, Rule rule, String what) {
    }

    /**
     * {@code ran} false: another sweep held the lock. {@code skipped}: tickets that changed after the sweep read
     * them. {@code examined}: due tickets read.
     */
    public record Result(boolean ran, boolean dryRun, Instant now, int examined, List<Action> actions,
                         List<Long> skipped) {
        public Map<Rule, List<Long>> byRule() {
            Map<Rule, List<Long>> m = new EnumMap<>(Rule.class);
            for (Rule r : Rule.values()) m.put(r, new ArrayList<>());
            for (Action a : actions) {
                List<Long> ids = m.get(a.rule());
                if (!ids.contains(a.ticketId())) ids.add(a.ticketId());
            }
            return m;
        }
    }

    public Result sweep(boolean dryRun) {
        Instant now = session.now();
        if (dryRun) return run(now, true);
        Optional<Store.Lock> lock = session.store().tryLock("sweep");
        if (lock.isEmpty()) return new Result(false, false, now, 0, List.of(), List.of());
        try (Store.Lock held = lock.get()) {
            return run(now, false);
        }
    }

    private Result run(Instant now, boolean dryRun) {
        List<TimeStore.DueTicket> due = session.store().read(tx -> tx.time().due(now));
        List<Action> actions = new ArrayList<>();
        List<Long> skipped = new ArrayList<>();
        for (int i = 0; i < due.size(); i += BATCH) {
            List<TimeStore.DueTicket> batch = due.subList(i, Math.min(due.size(), i + BATCH));
            Store.Work<Void> work = tx -> {
                Timekeeper keeper = tx.timekeeper();
                for (TimeStore.DueTicket d : batch) {
                    Ticket t = tx.tickets().find(d.id()).orElse(null);
                    if (t == null) continue;
                    if (t.version() != d.version()) {
                        skipped.add(t.id());
                        continue;
                    }
                    actions.addAll(apply(tx, keeper, t, now, dryRun));
                }
                return null;
            };
            if (dryRun) session.store().read(work);
            else session.store().write(work);
        }
        return new Result(true, dryRun, now, due.size(), actions, skipped);
    }

    /** Fires the rules due on one ticket and stores the result with its events (unless {@code dryRun}). */
    private List<Action> apply(Tx tx, Timekeeper keeper, Ticket before, Instant now, boolean dryRun) {
        List<Event> history = tx.events().forTicket(before.id());
        SlaClock.State sla = keeper.sla(before, history, now);
        TimeRules.Facts facts = keeper.facts(before, sla);
        TimeRules.Config c = keeper.config();
        BusinessCalendar cal = facts.calendar();
        List<Action> done = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Ticket.Builder b = before.toBuilder();
        Status moveTo = null;
        Cause cause = null;
        boolean remind = false;
        Instant grownAt = null;
        for (TimeRules.Due due : TimeRules.schedule(c, facts, now)) {
            if (due.at().isAfter(now)) continue;
            switch (due.rule()) {
                case ESCALATE:
                    b.tier(facts.nextTier()).tierEnteredAt(now);
                    notes.add("Unattended for " + Durations.formatBusiness(c.escalateAfter()) + " of business time: "
                            + "escalated from " + before.tier() + " to " + facts.nextTier() + ".");
                    done.add(new Action(before.id(), Rule.ESCALATE, before.tier() + " -> " + facts.nextTier()));
                    break;
                case PRIORITY: {
                    Instant from = TimeRules.growthFrom(before, facts.grownAt());
                    long steps = cal.between(from, now).toMillis() / c.growthEvery().toMillis();
                    int p = (int) Math.min(c.growthMax(), before.priority() + steps * facts.growthStep());
                    b.priority(p);
                    grownAt = cal.add(from, c.growthEvery().multipliedBy(steps));
                    done.add(new Action(before.id(), Rule.PRIORITY, before.priority() + " -> " + p));
                    break;
                }
                case REMINDER:
                    remind = true;
                    done.add(new Action(before.id(), Rule.REMINDER, "reminder queued to the requester"));
                    break;
                case RESOLVE:
                    moveTo = Status.RESOLVED;
                    cause = Cause.SWEEP_RESOLVE;
                    done.add(new Action(before.id(), Rule.RESOLVE, "pending -> resolved (no reply after the reminder)"));
                    break;
                case WAITING:
                    moveTo = Status.OPEN;
                    cause = Cause.SWEEP_WAITING;
                    done.add(new Action(before.id(), Rule.WAITING, "waiting -> open"));
                    break;
                case HOLD:
                    moveTo = Status.OPEN;
                    cause = Cause.SWEEP_HOLD;
                    notes.add("hold expired");
                    done.add(new Action(before.id(), Rule.HOLD, "hold -> open (hold expired)"));
                    break;
                case CLOSE:
                    moveTo = Status.CLOSED;
                    cause = Cause.SWEEP_CLOSE;
                    done.add(new Action(before.id(), Rule.CLOSE, "resolved -> closed"));
                    break;
                default:
                    break;
            }
        }
        Ticket after = b.build();
        if (moveTo != null) after = Transitions.move(after, moveTo, cause, now);
        // the colour of the state after the changes (an escalation starts a new clock)
        List<Event> afterHistory = new ArrayList<>(history);
        afterHistory.addAll(Changes.diff(before, after, ACTOR, now));
        String colour = keeper.sla(after, afterHistory, now).colour();
        if (!colour.equals(before.slaColour())) {
            after = after.toBuilder().slaColour(colour).build();
            done.add(new Action(before.id(), Rule.SLA, before.slaColour() + " -> " + colour));
        }
        if (dryRun) return done;
        if (done.isEmpty()) {
            // nothing fired after all (a rule's inputs moved): only the bookkeeping
            keeper.reschedule(before, now);
            return done;
        }
        if (grownAt != null) tx.time().setGrown(before.id(), grownAt);
        if (remind) {
            tx.time().setReminded(before.id(), now);
            queueReminder(tx, before, now);
        }
        for (String n : notes) TicketService.addMessage(tx, before, MessageKind.SYSTEM, ACTOR, n, now, null);
        TicketService.save(tx, before, after, ACTOR, now);
        return done;
    }

    /**
     * The pending reminder (SPEC §3): an outbox row (the queue's reminder template, its Message-ID assigned now,
     * threaded under the ticket) and an event.
     */
    private static void queueReminder(Tx tx, Ticket t, Instant now) {
        Outbox.Item item = new MailComposer(tx).queueReminder(t, now);
        tx.events().append(Event.of(t.id(), now, ACTOR, "reminder", "to", null, item == null ? null : item.to()));
    }
}
