package tix.app;

import java.util.List;
import tix.domain.Agent;
import tix.domain.DomainException;
import tix.domain.Role;
import tix.domain.Rules;

/** `init` and agent administration (SPEC §7 Agents). */
public final class AgentService {
    private final Session session;

    public AgentService(Session session) {
        this.session = session;
    }

    /** Makes sure the default desk exists (the migration seeds it) and registers the acting agent as admin. */
    public boolean init() {
        return session.store().write(tx -> {
            if (tx.directory().agentCount() > 0) {
                return false;
            }
            tx.directory().saveAgent(new Agent(session.actorLogin(), null, null, null, Role.ADMIN, List.of(),
                    session.now()), true);
            return true;
        });
    }

    public record AgentChange(String name, String role, String description, String signature, List<String> teams) {
    }

    public Agent add(String login, AgentChange c) {
        checkLogin(login);
        Role role = c.role() == null ? Role.AGENT : Role.parse(c.role());
        return session.store().write(tx -> {
            Rules.requireAdmin(session.actor(tx), "adding agents");
            if (tx.directory().agent(login).isPresent()) {
                throw DomainException.conflict("agent '" + login + "' exists", "use 'tix agent set " + login + "'");
            }
            tx.directory().saveAgent(new Agent(login, c.name(), c.description(), c.signature(), role, List.of(),
                    session.now()), true);
            if (c.teams() != null) tx.directory().setTeamMembers(login, c.teams());
            return tx.directory().agent(login).orElseThrow();
        });
    }

    public Agent set(String login, AgentChange c) {
        Role role = c.role() == null ? null : Role.parse(c.role());
        return session.store().write(tx -> {
            var actor = session.actor(tx);
            Agent a = session.requireAgent(tx, login);
            boolean ownProfile = actor.login().equals(login) && role == null && c.teams() == null;
            if (!ownProfile) Rules.requireAdmin(actor, "changing agents");
            if (role == Role.AGENT && a.role() == Role.ADMIN && tx.directory().agents().stream()
                    .filter(Agent::isAdmin).count() == 1) {
                throw DomainException.conflict("'" + login + "' is the last admin", "make another agent admin first");
            }
            tx.directory().saveAgent(new Agent(login, c.name() == null ? a.name() : c.name(),
                    c.description() == null ? a.description() : c.description(),
                    c.signature() == null ? a.signature() : c.signature(), role == null ? a.role() : role,
                    a.teams(), a.createdAt()), false);
            if (c.teams() != null) tx.directory().setTeamMembers(login, c.teams());
            return tx.directory().agent(login).orElseThrow();
        });
    }

    public Agent show(String login) {
        return session.store().read(tx -> session.requireAgent(tx, login));
    }

    public List<Agent> list() {
        return session.store().read(tx -> tx.directory().agents());
    }

    static void checkLogin(String login) {
        if (login == null || !login.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw DomainException.usage("bad login '" + login + "'", "letters, digits, . _ @ -");
        }
    }
}
