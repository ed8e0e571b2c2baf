package tix.app;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tix.domain.Account;
import tix.domain.BusinessCalendar;
import tix.domain.Contact;
import tix.domain.Queue;
import tix.domain.SlaClock;
import tix.domain.SlaPolicy;
import tix.domain.Ticket;
import tix.domain.TimeRules;

/**
 * Gathers what the pure time rules and SLA clock need from the store. {@link #reschedule} runs after every insert and
 * update of a ticket (the {@link TicketWriter} calls it), so {@code next_due_at} is always current.
 */
public final class Timekeeper {
    private final Tx tx;
    private final TimeRules.Config config;
    private final List<String> tiers;
    private final List<SlaPolicy> policies;
    private final Map<String, BusinessCalendar> calendars = new HashMap<>();
    private final Map<String, Queue> queues = new HashMap<>();

    public Timekeeper(Tx tx) {
        this.tx = tx;
        this.config = TimeRules.Config.from(tx.settings().all());
        this.tiers = tx.tiers().tiers();
        this.policies = tx.time().policies();
    }

    /** After a ticket was stored: when its next rule can fire, and when its SLA turns red. */
    public static void reschedule(Tx tx, Ticket t) {
        tx.timekeeper().reschedule(t, t.updatedAt());
    }

    public TimeRules.Config config() {
        return config;
    }

    public void reschedule(Ticket t, Instant at) {
        List<tix.domain.Event> history = tx.events().forTicket(t.id());
        SlaClock.State sla = sla(t, history, at);
        if (t.version() == 1 && "none".equals(t.slaColour()) && !"none".equals(sla.colour())) {
            // a new ticket starts with its colour (its `created` event says so); later changes are the sweep's
            tx.time().setInitialColour(t.id(), sla.colour());
            t = t.toBuilder().slaColour(sla.colour()).build();
        }
        Instant next = TimeRules.nextDue(config, facts(t, sla, history), at);
        tx.time().setSchedule(t.id(), next, sla.stoppedAt() == null ? sla.redAt() : null);
    }

    public Queue queue(String name) {
        return queues.computeIfAbsent(name, n -> Lookups.queue(tx, n));
    }

    public BusinessCalendar calendar(String name) {
        return calendars.computeIfAbsent(name, n -> tx.time().calendar(n)
                .orElseGet(() -> BusinessCalendar.of(n, "UTC", "mon-fri 09:00-17:00", "")));
    }

    /** The calendar of the ticket's queue (time rules). */
    public BusinessCalendar queueCalendar(Ticket t) {
        return calendar(queue(t.queue()).calendar());
    }

    /** The calendar the SLA counts in: the tier's own (oncall: 24x7), else the queue's. */
    public BusinessCalendar slaCalendar(Ticket t) {
        String forced = tx.time().tierCalendar(t.tier());
        return forced != null ? calendar(forced) : queueCalendar(t);
    }

    /** The requester's account, or null. */
    public Account account(Ticket t) {
        Contact c = tx.contacts().contact(t.requesterId()).orElse(null);
        if (c == null || c.account() == null) return null;
        return tx.accounts().account(c.account()).orElse(null);
    }

    public SlaPolicy policy(Ticket t) {
        Account a = account(t);
        return SlaPolicy.match(policies, t.tier(), t.priority(), a == null ? null : a.plan(), a == null ? null : a.status());
    }

    public List<SlaPolicy> policies() {
        return policies;
    }

    public SlaClock.State sla(Ticket t, Instant now) {
        return sla(t, tx.events().forTicket(t.id()), now);
    }

    /**
     * The SLA of each ticket at {@code now}, by ticket id: their events read in a few set-based queries, each
     * requester's account and each tier's calendar looked up once (a list of 1,500 rows asked 4 queries a row).
     */
    public Map<Long, SlaClock.State> sla(List<Ticket> tickets, Instant now) {
        List<Long> ids = new java.util.ArrayList<>(tickets.size());
        for (Ticket t : tickets) ids.add(t.id());
        Map<Long, List<tix.domain.Event>> histories = tx.events().forTickets(ids);
        // the requesters and their accounts in a query each (looked up one by one: 88 queries for a search of 50
        // tickets)
        Map<Long, Contact> requesters = tx.contacts().contacts(tickets.stream().map(Ticket::requesterId).toList());
        Map<String, Account> accounts = tx.accounts().accounts(requesters.values().stream().map(Contact::account)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        Map<String, java.util.Optional<String>> tierCalendars = new HashMap<>();
        Map<Long, SlaClock.State> out = new HashMap<>(tickets.size() * 2);
        for (Ticket t : tickets) {
            Contact c = requesters.get(t.requesterId());
            Account a = c == null || c.account() == null ? null : accounts.get(c.account());
            SlaPolicy p = SlaPolicy.match(policies, t.tier(), t.priority(), a == null ? null : a.plan(),
                    a == null ? null : a.status());
            String forced = tierCalendars.computeIfAbsent(t.tier(),
                    k -> java.util.Optional.ofNullable(tx.time().tierCalendar(k))).orElse(null);
            BusinessCalendar cal = forced != null ? calendar(forced) : queueCalendar(t);
            out.put(t.id(), SlaClock.compute(t, p, cal, histories.getOrDefault(t.id(), List.of()), now));
        }
        return out;
    }

    public SlaClock.State sla(Ticket t, List<tix.domain.Event> history, Instant now) {
        return SlaClock.compute(t, policy(t), slaCalendar(t), history, now);
    }

    /** {@code history}: the ticket's events (whether an agent took it: {@link TimeRules#taken}). */
    public TimeRules.Facts facts(Ticket t, SlaClock.State sla, List<tix.domain.Event> history) {
        Queue q = queue(t.queue());
        int i = tiers.indexOf(t.tier());
        // timers never escalate into the last tier (on-call is paged by people)
        String next = i >= 0 && i + 2 < tiers.size() ? tiers.get(i + 1) : null;
        TimeStore.Marks m = tx.time().marks(t.id());
        return new TimeRules.Facts(t, calendar(q.calendar()), q.priorityGrowth() ? 1 : 0,
                q.autoCloseDays(), next, m.remindedAt(), m.grownAt(), sla, q.priorityGrowthNew(),
                TimeRules.taken(t, history));
    }
}
