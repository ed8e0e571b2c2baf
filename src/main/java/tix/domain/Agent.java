package tix.domain;

import java.time.Instant;
import java.util.List;

/**
 * A staff member. {@code login} is what --as, TIX_AGENT and assignee fields carry. {@code email} (optional) receives
 * notifications; {@code notifications} says which: a preset ({@code none}; {@code assigned}, the default: everything
 * about tickets assigned to them, their teams' tiers and what they watch, but not every new ticket; {@code all}: that
 * and every new ticket) or a comma list of the events of {@link #EVENTS}.
 */
public record Agent(String login, String name, String description, String signature, Role role, List<String> teams,
                    Instant createdAt, String email, String notifications) {
    /** The presets {@code notify} may name. */
    public static final List<String> NOTIFY = List.of("none", "assigned", "all");
    /**
     * What an agent can be told of: a new ticket, a customer reply, an assignment, an escalation into their team's
     * tier, an SLA turning yellow or red, a watched ticket's status change, and being mentioned (or their team
     * notified) in a note.
     */
    public static final List<String> EVENTS = List.of("new", "reply", "assigned", "escalation", "sla", "status",
            "mention");

    public Agent {
        teams = teams == null ? List.of() : List.copyOf(teams);
        notifications = notifications == null ? "assigned" : notifications;
    }

    /** An agent without a notification address. */
    public Agent(String login, String name, String description, String signature, Role role, List<String> teams,
                 Instant createdAt) {
        this(login, name, description, signature, role, teams, createdAt, null, null);
    }

    /** Checks a --notify value: a preset, or events separated by commas (kept in {@link #EVENTS} order). */
    public static String checkNotify(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        if (NOTIFY.contains(v)) return v;
        java.util.Set<String> chosen = new java.util.HashSet<>();
        for (String part : v.split(",", -1)) {
            String e = part.strip();
            if (!EVENTS.contains(e)) {
                throw DomainException.usage("bad --notify '" + value + "'",
                        "none, assigned, all, or a comma list of " + String.join(",", EVENTS));
            }
            chosen.add(e);
        }
        return String.join(",", EVENTS.stream().filter(chosen::contains).toList());
    }

    /** The events this agent chose (a preset spelled out). */
    public java.util.Set<String> events() {
        return switch (notifications) {
            case "none" -> java.util.Set.of();
            case "all" -> java.util.Set.copyOf(EVENTS);
            case "assigned" -> java.util.Set.copyOf(EVENTS.subList(1, EVENTS.size()));
            default -> java.util.Set.of(notifications.split(","));
        };
    }

    /** Whether this agent chose to hear of {@code event} (one of {@link #EVENTS}). */
    public boolean wants(String event) {
        return events().contains(event);
    }

    public boolean isAdmin() {
        return Role.ADMIN.equals(role);
    }
}
