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

    // ---------------------------------------------------------------- administration (queue, team, tier commands)

    void saveQueue(Queue queue, boolean isNew);

    /** Deletes the queue and its addresses; its tickets must have been moved or deleted first. */
    void deleteQueue(String name);

    /** The inbound addresses of a queue, in the order they were given. */
    List<String> queueAddresses(String queue);

    /** The queue that claims an inbound address (case-insensitive), if any. */
    Optional<String> queueOfAddress(String address);

    /** Replaces the queue's inbound addresses. */
    void setQueueAddresses(String queue, List<String> addresses);

    boolean calendarExists(String name);

    List<String> teamMembers(String team);

    void addTeamMember(String team, String login);

    void removeTeamMember(String team, String login);

    /** Deletes the team and its memberships; tickets must not reference it any more. */
    void removeTeam(String team);

    /** Tier name to its calendar (null: the queue's), in escalation order. */
    java.util.Map<String, String> tierCalendars();

    /** Inserts a tier right after {@code after} (null: at the end), shifting the ones above it. */
    void insertTier(String name, String after, String calendar);

    /** The email addresses of the account's contacts, sorted. */
    List<String> accountEmails(long accountId);

    /** How many tickets (any status) the account's contacts requested. */
    long accountTickets(long accountId);
}
