package tix.domain;

import java.util.Locale;

/** What an event records (SPEC §5 history): the closed set of {@code action} values, stored as their wire words. */
public enum EventAction {
    CREATED, STATUS, ASSIGNED, TIER, PRIORITY, TAGS, MESSAGE, SLA, SPLIT, MERGED, REMINDER, DUE, EDITED;

    /** The stored words, computed once: the SLA clock asks every event of a history for its action. */
    private static final java.util.Map<String, EventAction> BY_WIRE = new java.util.HashMap<>();

    static {
        for (EventAction a : values()) BY_WIRE.put(a.wire, a);
    }

    private final String wire = name().toLowerCase(Locale.ROOT);

    public String wire() {
        return wire;
    }

    @Override
    public String toString() {
        return wire();
    }

    /** The action of a stored word, or null for a word that is none. */
    public static EventAction of(String wire) {
        return wire == null ? null : BY_WIRE.get(wire);
    }
}
