package tix.app;

import java.util.List;
import tix.domain.Actor;
import tix.domain.Agent;
import tix.domain.DomainException;
import tix.domain.Role;
import tix.domain.Right;
import tix.domain.Rules;

/** `init` and agent administration (SPEC §7 Agents). */
public final class AgentService {
    private final Session session;

    public AgentService(Session session) {
        this.session = session;
    }

    /** What `init` found or did: whether the acting agent was registered, and the desk's admins afterwards. */
    public record InitResult(boolean registered, List<String> admins) {
    }

    /**
     * Makes sure the default desk exists (opening the store migrates it) and, on a desk without agents, registers the
     * acting agent as admin. Running it again changes nothing and says who the admins are.
     */
    public InitResult init() {
        checkLogin(session.actorLogin());
        return session.store().write(tx -> {
            boolean fresh = tx.agents().agentCount() == 0;
            if (fresh) {
                tx.agents().saveAgent(new Agent(session.actorLogin(), null, null, null, Role.ADMIN, List.of(),
                        session.now()), true);
            }
            return new InitResult(fresh, admins(tx));
        });
    }

    private static List<String> admins(Tx tx) {
        return tx.agents().agents().stream().filter(Agent::isAdmin).map(Agent::login).toList();
    }

    public record AgentChange(String name, Role role, String description, String signature, List<String> teams,
                              String email, String notifications) {
    }

    public Agent add(String login, AgentChange c) {
        checkLogin(login);
        Role role = c.role() == null ? Role.AGENT : c.role();
        String email = c.email() == null || c.email().isEmpty() ? null : tix.domain.Names.address(c.email());
        String notify = c.notifications() == null ? null : Agent.checkNotify(c.notifications());
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Rules.require(actor, Right.DESK_CONFIGURE);
            if (tx.agents().agent(login).isPresent()) {
                throw DomainException.conflict("agent '" + login + "' exists", "use 'tix agent set " + login + "'");
            }
            RoleService.requireRole(tx, role);
            Role given = role;
            if (!actor.registered()) {
                // a desk without agents: the first agent must not lock out the admin who is adding them
                if (login.equals(actor.login())) {
                    given = Role.ADMIN;
                } else {
                    checkLogin(actor.login());
                    tx.agents().saveAgent(new Agent(actor.login(), null, null, null, Role.ADMIN, List.of(),
                            session.now()), true);
                }
            }
            tx.agents().saveAgent(new Agent(login, c.name(), c.description(), c.signature(), given, List.of(),
                    session.now(), email, notify), true);
            if (c.teams() != null) tx.teams().setTeamMembers(login, c.teams());
            return tx.agents().agent(login).orElseThrow();
        });
    }

    public Agent set(String login, AgentChange c) {
        Role role = c.role();
        // --email "" takes the address away
        String email = c.email() == null || c.email().isEmpty() ? c.email() : tix.domain.Names.address(c.email());
        String notify = c.notifications() == null ? null : Agent.checkNotify(c.notifications());
        return session.store().write(tx -> {
            var actor = session.actor(tx);
            Agent a = session.requireAgent(tx, login);
            boolean ownProfile = actor.login().equals(login) && role == null && c.teams() == null;
            if (!ownProfile) Rules.require(actor, Right.DESK_CONFIGURE);
            if (role != null) RoleService.requireRole(tx, role);
            if (role != null && !role.equals(Role.ADMIN) && a.role().equals(Role.ADMIN) && tx.agents().agents().stream()
                    .filter(Agent::isAdmin).count() == 1) {
                throw DomainException.conflict("'" + login + "' is the last admin", "make another agent admin first");
            }
            tx.agents().saveAgent(new Agent(login, c.name() == null ? a.name() : c.name(),
                    c.description() == null ? a.description() : c.description(),
                    c.signature() == null ? a.signature() : c.signature(), role == null ? a.role() : role,
                    a.teams(), a.createdAt(), email == null ? a.email() : email.isEmpty() ? null : email,
                    notify == null ? a.notifications() : notify), false);
            if (c.teams() != null) tx.teams().setTeamMembers(login, c.teams());
            return tx.agents().agent(login).orElseThrow();
        });
    }

    public Agent show(String login) {
        return session.store().read(tx -> session.requireAgent(tx, login));
    }

    public List<Agent> list() {
        return session.store().read(tx -> tx.agents().agents());
    }

    static void checkLogin(String login) {
        if (login == null || !login.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw DomainException.usage("bad login '" + login + "'", "letters, digits, . _ @ -");
        }
    }
}
