package tix.app;

import java.util.List;
import java.util.Map;

/** The ordered tiers and the calendars some of them count in. A port the store implements. */
public interface Tiers {
    /** Tier names in escalation order. */
    List<String> tiers();

    /** Tier name to its calendar (null: the queue's), in escalation order. */
    java.util.Map<String, String> tierCalendars();

    /** The team a tier belongs to (escalations into it notify the team), or null. */
    String tierTeam(String tier);

    /** Names the tier's team (null: none). */
    void setTierTeam(String tier, String team);

    /** Inserts a tier right after {@code after} (null: at the end), shifting the ones above it. */
    void insertTier(String name, String after, String calendar);
}
