package tix.app;

import java.util.function.Supplier;

/** What a transaction can reach. Each part is a port the store implements. */
public interface Tx {
    Tickets tickets();

    Messages messages();

    Events events();

    Agents agents();

    /** Custom roles and members-only queues. */
    RoleStore roles();

    Teams teams();

    ContactBook contacts();

    Accounts accounts();

    Queues queues();

    Tiers tiers();

    Outbox outbox();

    /** Who watches each ticket. */
    Watchers watchers();

    /** The notifications sent to agents, and the hook's queue. */
    Notices notices();

    Settings settings();

    Macros macros();

    KnownIssues knownIssues();

    TagSets tagSets();

    /** Custom ticket fields (`tix field`). */
    Fields fields();

    Routes routes();

    Reports reports();

    /** What happened in a period (`tix report`). */
    Activity activity();

    /** The knowledge base (`tix doc`). */
    Docs docs();

    MailStore mail();

    /** Desk addresses of tickets, default CCs, side conversations. */
    Conversations conversations();

    /** Restores exported tickets as they were (`tix import`). */
    Archive archive();

    TimeStore time();

    /**
     * A value computed from reference data (settings, calendars, tiers, queues, SLA policies), kept for the rest of
     * the transaction: {@code make} runs the first time, and again after the transaction writes any reference data.
     */
    <T> T memo(Class<T> kind, Supplier<T> make);

    /**
     * The transaction's timekeeper (settings, tiers, SLA policies, queues and calendars read once). A new one is made
     * after the transaction writes any of those, so it never answers from a stale table.
     */
    default Timekeeper timekeeper() {
        return memo(Timekeeper.class, () -> new Timekeeper(this));
    }
}
