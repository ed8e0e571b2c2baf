package tix.domain;

import java.util.Objects;

/**
 * Who may do what (SPEC §2 Agent). An agent may create tickets, take unassigned ones, and work on tickets that are
 * unassigned or assigned to them; assigning to others, reassigning, deletion and administration need admin.
 */
public final class Rules {
    private Rules() {
        throw new AssertionError();
    }

    public static void requireAdmin(Actor actor, String what) {
        if (!actor.isAdmin()) {
            throw DomainException.denied(what + " needs the admin role", "'" + actor.login() + "' is an agent; ask an admin");
        }
    }

    /** The acting agent may work on this ticket: admin, or it is unassigned or theirs. */
    public static void requireWorkable(Actor actor, Ticket t, String what) {
        if (actor.isAdmin() || t.assignee() == null || t.assignee().equals(actor.login())) return;
        throw DomainException.denied("cannot " + what + " #" + t.id() + ": it is assigned to " + t.assignee(),
                "agents work on unassigned tickets and their own; ask an admin");
    }

    /**
     * Assignment changes. An agent may take an unassigned ticket, release their own, or leave the assignment as it
     * is on a ticket they may work on; assigning to someone else, reassigning and team changes need admin.
     */
    public static void requireAssignable(Actor actor, Ticket t, String newAssignee, String newTeam) {
        if (actor.isAdmin()) return;
        boolean mineOrFree = t.assignee() == null || t.assignee().equals(actor.login());
        boolean toMeOrNobody = newAssignee == null || newAssignee.equals(actor.login());
        if (mineOrFree && toMeOrNobody && Objects.equals(t.team(), newTeam)) return;
        throw DomainException.denied("assigning #" + t.id() + " to someone else needs the admin role",
                t.assignee() == null ? "agents may only take unassigned tickets ('tix take " + t.id() + "')"
                        : "it is assigned to " + t.assignee() + "; ask an admin");
    }

    /**
     * The cause of a staff status change: {@link Cause#FORCE} when an admin's `close --force` skips resolving, else
     * {@link Cause#STAFF}. Refuses a move the table does not allow (4), then a forced close by an agent (5).
     */
    public static Cause requireTransition(Actor actor, Ticket t, Status target, boolean force) {
        Status from = t.status();
        Cause cause = target == Status.CLOSED && force && !Transitions.allows(from, target, Cause.STAFF)
                ? Cause.FORCE : Cause.STAFF;
        Transitions.require(t, target, cause);
        if (cause == Cause.FORCE) requireAdmin(actor, "closing a ticket that is not resolved");
        return cause;
    }
}
