package tix.app;

import java.util.List;
import java.util.Optional;
import tix.domain.Account;
import tix.domain.Agent;
import tix.domain.Contact;
import tix.domain.Queue;

/** Agents, teams, contacts, accounts, queues and tiers: the desk's reference data. */
public interface Directory {
    Optional<Agent> agent(String login);

    List<Agent> agents();

    long agentCount();

    void saveAgent(Agent agent, boolean isNew);

    boolean teamExists(String team);

    List<String> teams();

    void addTeam(String team);

    void setTeamMembers(String login, List<String> teams);

    Optional<Contact> contact(long id);

    Optional<Contact> contactByEmail(String email);

    /** The contact for {@code email}, created if new; a non-null {@code name} replaces the stored one. */
    Contact contact(String email, String name);

    void setContactAccount(long contactId, Long accountId);

    Optional<Account> account(String name);

    Account saveAccount(String name, String plan, String status);

    List<Account> accounts();

    Optional<Queue> queue(String name);

    List<Queue> queues();

    /** Tier names in escalation order. */
    List<String> tiers();

    /** The IANA zone of the calendar the queue uses (dates like 2026-12-01 are midnight there). */
    String queueZone(String queue);
}
