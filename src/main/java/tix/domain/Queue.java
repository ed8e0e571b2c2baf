package tix.domain;

/**
 * A queue (department). {@code autoCloseDays}: resolved tickets close after this many days (0 at once, -1 never).
 * {@code followUp}: "new", "reopen N" or "reject" (SPEC §3).
 */
public record Queue(String name, String address, int defaultPriority, String defaultTier, String calendar,
                    boolean priorityGrowth, int autoCloseDays, String followUp, boolean autoResponse) {
    /** The catch-all queue `init` creates: tickets and mail no other queue claims go here (SPEC §7). */
    public static final String DEFAULT = "support";
}
