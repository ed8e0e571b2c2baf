package tix.app;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tix.domain.Account;
import tix.domain.BusinessCalendar;
import tix.domain.DomainException;
import tix.domain.Event;
import tix.domain.Queue;
import tix.domain.SlaClock;
import tix.domain.SlaPolicy;
import tix.domain.Ticket;
import tix.domain.TimeRules;

/**
 * What {@link Timekeeper#reschedule} stores for a ticket (next_due_at, sla_breach_at, the colour a new ticket starts
 * with), for tickets written in bulk. The desk's rules (settings, tiers, SLA table, queues, calendars) are read once
 * into this snapshot, and the account and history come from the caller, who has them at hand: a million tickets cost
 * no query each, and the snapshot may be used by a thread that has no transaction. ArchiveTest checks that a loaded
 * desk holds exactly what Timekeeper computes.
 */
final class BulkSchedule {
    private TimeRules.Config config;
    private List<String> tiers;
    private Map<String, String> tierCalendars;
    private List<SlaPolicy> policies;
    private final Map<String, Queue> queues = new HashMap<>();
    private final Map<String, BusinessCalendar> calendars = new HashMap<>();

    BulkSchedule(Tx tx) {
        refresh(tx);
    }

    /** Reads the desk's rules again (after an import created a tier or queue). */
    void refresh(Tx tx) {
        config = TimeRules.Config.from(tx.settings().all());
        tiers = tx.tiers().tiers();
        tierCalendars = tx.tiers().tierCalendars();
        policies = tx.time().policies();
        queues.clear();
        for (Queue q : tx.queues().queues()) queues.put(q.name(), q);
        calendars.clear();
        for (BusinessCalendar c : tx.time().calendars()) calendars.put(c.name(), c);
    }

    /** The ticket as it is stored (its colour set when it starts with one) and its schedule. */
    record Result(Ticket ticket, Archive.Schedule schedule) {
    }

    /**
     * {@code sla}: the clock at {@code at} ({@link #sla}). The marks are the sweep's (null when it never reminded or
     * grew). Evaluated at {@code at}, as Timekeeper does at updated_at.
     */
    Result of(Ticket t, SlaClock.State sla, List<Event> history, Instant remindedAt, Instant grownAt, Instant at) {
        if (t.version() == 1 && "none".equals(t.slaColour()) && !"none".equals(sla.colour())) {
            t = t.toBuilder().slaColour(sla.colour()).build();
        }
        Instant next = TimeRules.nextDue(config, facts(t, sla, history, remindedAt, grownAt), at);
        return new Result(t, new Archive.Schedule(next, sla.stoppedAt() == null ? sla.redAt() : null, remindedAt, grownAt));
    }

    /** The SLA clock at {@code at}. {@code account}: the requester's, or null; {@code history}: oldest first. */
    SlaClock.State sla(Ticket t, Account account, List<Event> history, Instant at) {
        SlaPolicy policy = SlaPolicy.match(policies, t.tier(), t.priority(),
                account == null ? null : account.plan(), account == null ? null : account.status());
        return SlaClock.compute(t, policy, slaCalendar(t), history, at);
    }

    private TimeRules.Facts facts(Ticket t, SlaClock.State sla, List<Event> history, Instant remindedAt, Instant grownAt) {
        Queue q = queue(t.queue());
        int i = tiers.indexOf(t.tier());
        // as Timekeeper.facts: timers never escalate into the last tier
        String next = i >= 0 && i + 2 < tiers.size() ? tiers.get(i + 1) : null;
        return new TimeRules.Facts(t, calendar(q.calendar()), q.priorityGrowth() ? 1 : 0, q.autoCloseDays(), next,
                remindedAt, grownAt, sla, q.priorityGrowthNew(), TimeRules.taken(t, history));
    }

    private Queue queue(String name) {
        Queue q = queues.get(name);
        if (q == null) throw DomainException.notFound("queue '" + name + "' not found", "see 'tix queue list'");
        return q;
    }

    private BusinessCalendar calendar(String name) {
        return calendars.computeIfAbsent(name, n -> BusinessCalendar.of(n, "UTC", "mon-fri 09:00-17:00", ""));
    }

    /** Whether the ticket's queue grows the priority of unanswered new tickets. */
    boolean growsNew(Ticket t) {
        Queue q = queue(t.queue());
        return q.priorityGrowth() && q.priorityGrowthNew();
    }

    BusinessCalendar queueCalendar(Ticket t) {
        return calendar(queue(t.queue()).calendar());
    }

    private BusinessCalendar slaCalendar(Ticket t) {
        String forced = tierCalendars.get(t.tier());
        return forced != null && !forced.isEmpty() ? calendar(forced) : queueCalendar(t);
    }

    TimeRules.Config config() {
        return config;
    }
}
