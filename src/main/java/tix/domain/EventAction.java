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

    /** The action of a stored word, or null for a word that is none. */
    public static EventAction of(String wire) {
        if (wire == null) return null;
        switch (wire) { // a string switch: one hash, one comparison (SLA clocks ask this for every event they read)
            case "created": return CREATED;
            case "status": return STATUS;
            case "assigned": return ASSIGNED;
            case "tier": return TIER;
            case "priority": return PRIORITY;
            case "tags": return TAGS;
            case "message": return MESSAGE;
            case "sla": return SLA;
            case "split": return SPLIT;
            case "merged": return MERGED;
            case "reminder": return REMINDER;
            case "due": return DUE;
            case "edited": return EDITED;
            default: return null;
        }
    }
}
