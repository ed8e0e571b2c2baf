package tix.app;

import java.util.List;
import java.util.Optional;
import tix.domain.Agent;

/** Agents of the desk: who may act, with which role, address and notifications. A port the store implements. */
public interface Agents {
    Optional<Agent> agent(String login);

    List<Agent> agents();

    long agentCount();

    void saveAgent(Agent agent, boolean isNew);
}
