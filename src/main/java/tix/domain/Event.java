package tix.domain;

import java.time.Instant;

/**
 * One row of a ticket's history (SPEC §2 Event, §5 history JSON). Append-only.
 * {@code action} is one of created, status, assigned, tier, priority, tags, message, sla, split, merged,
 * reminder, due, edited.
 */
public record Event(long id, long ticketId, Instant at, String actor, String action, String field, String oldValue,
                    String newValue) {
    public static Event of(long ticketId, Instant at, String actor, String action, String field, String oldValue,
                           String newValue) {
        return new Event(0, ticketId, at, actor, action, field, oldValue, newValue);
    }

    /** A new event of a known action (stored as its wire word). */
    public static Event of(long ticketId, Instant at, String actor, EventAction action, String field, String oldValue,
                           String newValue) {
        return of(ticketId, at, actor, action.wire(), field, oldValue, newValue);
    }

    /** The action as a closed set; null for a word no version of tix writes. */
    public EventAction kind() {
        return EventAction.of(action);
    }
}
