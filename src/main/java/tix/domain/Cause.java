package tix.domain;

/**
 * Why a ticket's status changes (or what a ticket is born of). Every status change names one; the {@link Transitions}
 * table lists, per cause, which moves it may make.
 */
public enum Cause {
    /** `status`, `resolve`, `close`: a member of staff moves the ticket along the staff table. */
    STAFF,
    /** `close --force`: an admin closes a ticket that is not resolved. */
    FORCE,
    /** `reopen`: staff take a resolved or closed ticket back (the only way out of closed, SPEC §7). */
    REOPEN,
    /** `reply --status pending|resolved|waiting`: the staff moves, plus answering again in the same status. */
    REPLY_STATUS,
    /** The first public answer to a new ticket opens it. */
    FIRST_REPLY,
    /** Escalating a new ticket opens it. */
    ESCALATE,
    /** A customer message reopens a ticket that waits on the customer or was resolved or in review. */
    CUSTOMER_MESSAGE,
    /** A customer message on a closed ticket whose queue's follow-up policy is `reopen N`, within N days. */
    CUSTOMER_REOPEN,
    /** Sweep: a pending ticket silent after its reminder is resolved. */
    SWEEP_RESOLVE,
    /** Sweep: a waiting ticket's time is up. */
    SWEEP_WAITING,
    /** Sweep: a hold expired. */
    SWEEP_HOLD,
    /** Sweep: a resolved ticket's auto-close time came. */
    SWEEP_CLOSE,
    /** `merge`: the source ticket is closed into its target. */
    MERGE,
    /** `suspended accept`: held mail is a new ticket after all. */
    ACCEPT,
    /** `suspended reject`: held mail is spam, closed and kept. */
    REJECT,

    // births: a ticket comes into being in the status its birth gives it

    /** `create`. */
    CREATE,
    /** New mail on a new thread. */
    MAIL,
    /** Suspicious mail, held for review. */
    SUSPEND,
    /** `split`: a message moved to a ticket of its own. */
    SPLIT,
    /** A customer message on a closed ticket opens a follow-up. */
    FOLLOW_UP;

    /** Whether this cause creates a ticket rather than moving one. */
    public boolean isBirth() {
        return ordinal() >= CREATE.ordinal();
    }
}
