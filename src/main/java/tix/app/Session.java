package tix.app;

import java.time.Clock;
import java.time.Instant;
import tix.domain.Actor;
import tix.domain.Agent;
import tix.domain.DomainException;
import tix.domain.Role;

/** What every service needs: the store, the clock (honouring --now) and who is acting. */
public record Session(Store store, Clock clock, String actorLogin) {
    public Instant now() {
        // whole milliseconds: what the store keeps, so a value read back equals the one written
        return Instant.ofEpochMilli(clock.millis());
    }

    /** The acting agent with their role; a database without agents treats everyone as admin. */
    public Actor actor(Tx tx) {
        Agents d = tx.agents();
        var agent = d.agent(actorLogin);
        if (agent.isPresent()) return new Actor(actorLogin, agent.get().role(), true);
        if (d.agentCount() == 0) return new Actor(actorLogin, Role.ADMIN, false);
        throw DomainException.denied("'" + actorLogin + "' is not an agent of this desk",
                "use --as LOGIN, or ask an admin: tix agent add " + actorLogin);
    }

    public Agent requireAgent(Tx tx, String login) {
        return tx.agents().agent(login).orElseThrow(() -> DomainException.notFound(
                "agent '" + login + "' not found", "see 'tix agent list'"));
    }
}
