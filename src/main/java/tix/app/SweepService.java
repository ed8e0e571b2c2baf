package tix.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tix.domain.Changes;
import tix.domain.Event;
import tix.domain.SlaClock;
import tix.domain.Ticket;
import tix.domain.TimeRules.Rule;
import tix.domain.op.Sweep;

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
    public static final String ACTOR = Sweep.ACTOR;

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
        Sweep.Result r = new Sweep(keeper.config(), keeper.facts(before, sla, history)).apply(before, now);
        // the colour of the state after the changes (an escalation starts a new clock)
        List<Event> afterHistory = new ArrayList<>(history);
        afterHistory.addAll(Changes.diff(before, r.outcome().ticket(), ACTOR, now));
        r = Sweep.withColour(r, before, keeper.sla(r.outcome().ticket(), afterHistory, now).colour());
        List<Action> done = new ArrayList<>();
        for (Sweep.Fired f : r.fired()) done.add(new Action(before.id(), f.rule(), f.what()));
        if (dryRun) return done;
        if (r.nothing()) {
            // nothing fired after all (a rule's inputs moved): only the bookkeeping
            keeper.reschedule(before, now);
            return done;
        }
        if (r.grownAt() != null) tx.time().setGrown(before.id(), r.grownAt());
        if (r.remind()) tx.time().setReminded(before.id(), now);
        new TicketWriter(tx).save(before, r.outcome(), ACTOR, now);
        return done;
    }
}
