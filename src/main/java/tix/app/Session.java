package tix.app;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tix.domain.Actor;
import tix.domain.Agent;
import tix.domain.DomainException;
import tix.domain.Right;
import tix.domain.Role;

/** What every service needs: the store, the clock (honouring --now) and who is acting. */
public record Session(Store store, Clock clock, String actorLogin) {
    public Instant now() {
        // whole milliseconds: what the store keeps, so a value read back equals the one written
        return Instant.ofEpochMilli(clock.millis());
    }

    /**
     * The acting agent with their role's rights and the members-only queues hidden from them; a database without
     * agents treats everyone as admin.
     */
    public Actor actor(Tx tx) {
        Agents d = tx.agents();
        var agent = d.agent(actorLogin);
        if (agent.isPresent()) {
            Role role = agent.get().role();
            RoleStore roles = tx.roles();
            Set<Right> rights = rightsOf(roles, role);
            Set<String> hidden = new HashSet<>();
            if (!rights.contains(Right.QUEUE_ALL)) {
                hidden.addAll(roles.membersOnlyQueues());
                if (!hidden.isEmpty()) hidden.removeAll(roles.queuesOf(actorLogin));
            }
            return new Actor(actorLogin, role, rights, true, hidden, right -> {
                try {
                    return holders(tx, right);
                } catch (RuntimeException e) {
                    return null; // asked after the transaction ended: the refusal still names the right
                }
            });
        }
        if (d.agentCount() == 0) return new Actor(actorLogin, Role.ADMIN, false);
        throw DomainException.denied("'" + actorLogin + "' is not an agent of this desk",
                "use --as LOGIN, or ask an admin: tix agent add " + actorLogin);
    }

    /**
     * Who is reading: the acting agent, or, on a desk with agents, someone who is not one of them, who may read
     * ({@code ticket.see}) outside members-only queues and nothing else (the file's own permissions guard it).
     */
    public Actor viewer(Tx tx) {
        if (tx.agents().agent(actorLogin).isPresent() || tx.agents().agentCount() == 0) return actor(tx);
        return new Actor(actorLogin, new Role("none"), Set.of(Right.TICKET_SEE), false,
                tx.roles().membersOnlyQueues(), right -> null);
    }

    /** A role's rights: built in, or the desk's own (a role the desk no longer has grants nothing). */
    static Set<Right> rightsOf(RoleStore roles, Role role) {
        Set<Right> builtIn = role.builtInRights();
        if (builtIn != null) return builtIn;
        Set<Right> custom = roles.customRoles().get(role.name());
        return custom == null ? EnumSet.noneOf(Right.class) : custom;
    }

    /** Who holds {@code right}, for a refusal: "role admin: alice, bob; role lead: carl" (roles without agents left out). */
    private static String holders(Tx tx, Right right) {
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        RoleStore roles = tx.roles();
        for (Agent a : tx.agents().agents()) {
            if (rightsOf(roles, a.role()).contains(right)) {
                byRole.computeIfAbsent(a.role().name(), k -> new ArrayList<>()).add(a.login());
            }
        }
        if (byRole.isEmpty()) return "no agent; an admin grants it with tix role set";
        List<String> parts = new ArrayList<>();
        for (var e : byRole.entrySet()) {
            List<String> logins = e.getValue();
            String shown = logins.size() > 5 ? String.join(", ", logins.subList(0, 5)) + " and " + (logins.size() - 5)
                    + " more" : String.join(", ", logins);
            parts.add("role " + e.getKey() + ": " + shown);
        }
        return String.join("; ", parts);
    }

    public Agent requireAgent(Tx tx, String login) {
        return tx.agents().agent(login).orElseThrow(() -> DomainException.notFound(
                "agent '" + login + "' not found", "see 'tix agent list'"));
    }
}
