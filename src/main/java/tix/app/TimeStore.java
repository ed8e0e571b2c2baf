package tix.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tix.domain.BusinessCalendar;
import tix.domain.SlaPolicy;

/** Calendars, the SLA table and the sweep's bookkeeping on tickets (SPEC §3, §4). */
public interface TimeStore {
    Optional<BusinessCalendar> calendar(String name);

    List<BusinessCalendar> calendars();

    void saveCalendar(BusinessCalendar calendar, boolean isNew);

    /** The calendar a tier forces (e.g. oncall's 24x7), or null when the tier uses the queue's. */
    String tierCalendar(String tier);

    /** Queue names that use the calendar, and tier names that force it. */
    List<String> calendarUsers(String name);

    List<SlaPolicy> policies();

    /** Inserts the row, or replaces the limits of the row with the same key; returns it as stored. */
    SlaPolicy savePolicy(SlaPolicy policy);

    /** Removes the row with this key; false when there is none. */
    boolean removePolicy(String tier, String band, String plan, String accountStatus);

    Optional<SlaPolicy> policy(long id);

    boolean removePolicy(long id);

    /** The sweep's marks on a ticket: when it last queued a reminder and last grew the priority. */
    record Marks(Instant remindedAt, Instant grownAt) {
    }

    Marks marks(long ticketId);

    void setReminded(long ticketId, Instant at);

    void setGrown(long ticketId, Instant at);

    /** The colour a ticket starts with, written when it is stored for the first time. */
    void setInitialColour(long ticketId, String colour);

    /** Bookkeeping, not a change: version and updated_at stay as they are. */
    void setSchedule(long ticketId, Instant nextDueAt, Instant slaBreachAt);

    /** A ticket that a sweep may act on: its id and the version it was read at. */
    record DueTicket(long id, long version) {
    }

    /** Tickets whose next time rule can fire at or before {@code now}, earliest first. */
    List<DueTicket> due(Instant now);

    /**
     * Makes every ticket matching the filter due at {@code now} at the latest, after a change of rules (settings,
     * calendars, SLA table), so the next sweep reconsiders it. Null filters match everything.
     */
    int reconsider(Instant now, String tier, String calendar);

    /** The same for the tickets of one queue (its calendar, auto-close days or priority growth changed). */
    int reconsiderQueue(Instant now, String queue);

    /** A live ticket's stored next-rule time (null: no rule can fire). */
    record Scheduled(long id, Instant nextDueAt) {
    }

    /** Every ticket that is neither closed nor suspended, with its stored next-rule time, by id. */
    List<Scheduled> schedules();
}
