package tix.domain;

import java.time.Instant;
import java.util.List;

/** A staff member. {@code login} is what --as, TIX_AGENT and assignee fields carry. */
public record Agent(String login, String name, String description, String signature, Role role, List<String> teams,
                    Instant createdAt) {
    public Agent {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
