package tix.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import tix.domain.Account;
import tix.domain.BusinessCalendar;
import tix.domain.Event;
import tix.domain.Queue;
import tix.domain.SlaClock;
import tix.domain.SlaPolicy;
import tix.domain.Ticket;
import tix.domain.TimeRules;

/**
 * What {@link Timekeeper#reschedule} stores for a ticket (next_due_at, sla_breach_at, the colour a new ticket starts
 * with), for tickets written in bulk: the account and the history come from the caller, who has them at hand, and
 * the desk's tables are read once, so a million tickets cost no extra query each. ArchiveTest checks that a
 * loaded desk holds exactly what Timekeeper computes.
 */
final class BulkSchedule {
    private final Tx tx;
    private List<String> tiers;
    private Map<String, String> tierCalendars;

    BulkSchedule(Tx tx) {
        this.tx = tx;
        refresh();
    }

    /** Reads the tiers again (after an import created one). */
    void refresh() {
        tiers = tx.directory().tiers();
        tierCalendars = tx.directory().tierCalendars();
    }

    /** The ticket as it is stored (its colour set when it starts with one) and its schedule. */
    record Result(Ticket ticket, SlaClock.State sla, Archive.Schedule schedule) {
    }

    /**
     * {@code account}: the requester's, or null. {@code history}: the ticket's events, oldest first. The marks are
     * the sweep's (null when it never reminded or grew). Evaluated at {@code at}, as Timekeeper does at updated_at.
     */
    Result of(Ticket t, Account account, List<Event> history, Instant remindedAt, Instant grownAt, Instant at) {
        SlaClock.State sla = sla(t, account, history, at);
        if (t.version() == 1 && "none".equals(t.slaColour()) && !"none".equals(sla.colour())) {
            t = t.toBuilder().slaColour(sla.colour()).build();
        }
        Timekeeper keeper = tx.timekeeper();
        Instant next = TimeRules.nextDue(keeper.config(), facts(t, sla, remindedAt, grownAt), at);
        return new Result(t, sla, new Archive.Schedule(next, sla.stoppedAt() == null ? sla.redAt() : null, remindedAt, grownAt));
    }

    SlaClock.State sla(Ticket t, Account account, List<Event> history, Instant at) {
        Timekeeper keeper = tx.timekeeper();
        SlaPolicy policy = SlaPolicy.match(keeper.policies(), t.tier(), t.priority(),
                account == null ? null : account.plan(), account == null ? null : account.status());
        return SlaClock.compute(t, policy, slaCalendar(t), history, at);
    }

    TimeRules.Facts facts(Ticket t, SlaClock.State sla, Instant remindedAt, Instant grownAt) {
        Timekeeper keeper = tx.timekeeper();
        Queue q = keeper.queue(t.queue());
        int i = tiers.indexOf(t.tier());
        // as Timekeeper.facts: timers never escalate into the last tier
        String next = i >= 0 && i + 2 < tiers.size() ? tiers.get(i + 1) : null;
        return new TimeRules.Facts(t, keeper.calendar(q.calendar()), q.priorityGrowth() ? 1 : 0, q.autoCloseDays(), next,
                remindedAt, grownAt, sla);
    }

    BusinessCalendar queueCalendar(Ticket t) {
        Timekeeper keeper = tx.timekeeper();
        return keeper.calendar(keeper.queue(t.queue()).calendar());
    }

    BusinessCalendar slaCalendar(Ticket t) {
        String forced = tierCalendars.get(t.tier());
        return forced != null && !forced.isEmpty() ? tx.timekeeper().calendar(forced) : queueCalendar(t);
    }

    TimeRules.Config config() {
        return tx.timekeeper().config();
    }
}
