package tix.domain;

import java.time.Instant;
import java.util.List;

/**
 * A staff member. {@code login} is what --as, TIX_AGENT and assignee fields carry. {@code email} (optional) receives
 * notifications as {@code notifications} says: {@code none}, {@code assigned} (tickets assigned to them or their team, the
 * default) or {@code all} (also every new ticket).
 */
public record Agent(String login, String name, String description, String signature, Role role, List<String> teams,
                    Instant createdAt, String email, String notifications) {
    /** What {@code notify} may be. */
    public static final List<String> NOTIFY = List.of("none", "assigned", "all");

    public Agent {
        teams = teams == null ? List.of() : List.copyOf(teams);
        notifications = notifications == null ? "assigned" : notifications;
    }

    /** An agent without a notification address. */
    public Agent(String login, String name, String description, String signature, Role role, List<String> teams,
                 Instant createdAt) {
        this(login, name, description, signature, role, teams, createdAt, null, null);
    }

    /** Checks a --notify value. */
    public static String checkNotify(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!NOTIFY.contains(v)) throw DomainException.usage("bad --notify '" + value + "'", "none, assigned or all");
        return v;
    }

    /** Whether a mail about {@code event} ("new" or "assigned") goes to this agent. */
    public boolean wants(String event) {
        if (email == null || "none".equals(notifications)) return false;
        return "all".equals(notifications) || "assigned".equals(event);
    }

    public boolean isAdmin() {
        return Role.ADMIN.equals(role);
    }
}
