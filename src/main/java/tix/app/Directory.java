package tix.app;

/**
 * Agents, teams, contacts, accounts, queues and tiers in one: kept for code that still takes them together. New code
 * names the port it needs ({@link Tx#agents()}, {@link Tx#queues()} ...).
 */
public interface Directory extends Agents, Teams, ContactBook, Accounts, Queues, Tiers {
}
