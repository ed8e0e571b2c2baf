package tix.domain;

/**
 * A queue (department). {@code autoCloseDays}: resolved tickets close after this many days (0 at once, -1 never).
 * {@code followUp}: "new", "reopen N" or "reject" (SPEC §3).
 */
public record Queue(String name, String address, int defaultPriority, String defaultTier, String calendar,
                    boolean priorityGrowth, int autoCloseDays, String followUp, boolean autoResponse,
                    boolean priorityGrowthNew) {
    /**
     * A queue whose unanswered new tickets grow in priority as its open ones do (the default; {@code
     * priorityGrowthNew} false: only open ones).
     */
    public Queue(String name, String address, int defaultPriority, String defaultTier, String calendar,
                 boolean priorityGrowth, int autoCloseDays, String followUp, boolean autoResponse) {
        this(name, address, defaultPriority, defaultTier, calendar, priorityGrowth, autoCloseDays, followUp, autoResponse,
                true);
    }

    /** The catch-all queue `init` creates: tickets and mail no other queue claims go here (SPEC §7). */
    public static final String DEFAULT = "support";
}
