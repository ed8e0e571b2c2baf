package tix.domain;

import java.util.Locale;

/** What an event records (SPEC §5 history): the closed set of {@code action} values, stored as their wire words. */
public enum EventAction {
    CREATED, STATUS, ASSIGNED, TIER, PRIORITY, TAGS, MESSAGE, SLA, SPLIT, MERGED, REMINDER, DUE, EDITED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wire();
    }

    /** The action of a stored word, or null for a word that is none. */
    public static EventAction of(String wire) {
        for (EventAction a : values()) if (a.wire().equals(wire)) return a;
        return null;
    }
}
