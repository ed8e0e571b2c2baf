package tix.domain;

import java.util.Locale;

/** What an event records (SPEC §5 history): the closed set of {@code action} values, stored as their wire words. */
public enum EventAction {
    CREATED, STATUS, ASSIGNED, TIER, PRIORITY, TAGS, MESSAGE, SLA, SPLIT, MERGED, REMINDER, DUE, EDITED;

    /** The stored word, made once (history is read and written event by event: millions of them in a demo desk). */
    private final String wire = name().toLowerCase(Locale.ROOT);

    public String wire() {
        return wire;
    }

    @Override
    public String toString() {
        return wire();
    }

    private static final EventAction[] ALL = values();

    /** The action of a stored word, or null for a word that is none. */
    public static EventAction of(String wire) {
        for (EventAction a : ALL) if (a.wire.equals(wire)) return a;
        return null;
    }
}
