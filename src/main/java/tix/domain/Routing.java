package tix.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What the routing rules do to a new ticket (SPEC §1 workflow 1): every rule that matches adds its action, so a
 * gdpr@ rule's tag and an account rule's team both act. Queue, team and priority are single: the first matching rule
 * (by position) that sets one wins; tags add up.
 */
public record Routing(List<Route> matched) {
    public static final Routing NONE = new Routing(List.of());

    public Routing {
        matched = List.copyOf(matched);
    }

    /** Every rule of {@code routes} (in position order) that matches {@code facts}. */
    public static Routing of(List<Route> routes, Route.Facts facts) {
        List<Route> out = new ArrayList<>();
        for (Route r : routes) {
            if (r.matches(facts)) out.add(r);
        }
        return new Routing(out);
    }

    public boolean isEmpty() {
        return matched.isEmpty();
    }

    public String queue() {
        for (Route r : matched) if (r.queue() != null) return r.queue();
        return null;
    }

    public String team() {
        for (Route r : matched) if (r.team() != null) return r.team();
        return null;
    }

    public Integer priority() {
        for (Route r : matched) if (r.priority() != null) return r.priority();
        return null;
    }

    /** The tags of every matching rule, in position order. */
    public List<String> tags() {
        List<String> out = new ArrayList<>();
        for (Route r : matched) if (r.tag() != null) out.add(r.tag());
        return out;
    }

    /** The history text of a routed ticket, e.g. {@code #3 account_status=trial, #5 to=gdpr@example.com}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (Route r : matched) parts.add(r.describe());
        return String.join(", ", parts);
    }
}
