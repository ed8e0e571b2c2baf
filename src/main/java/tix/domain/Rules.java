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

    /** A staff status change along the transition table; closing early needs admin and --force. */
    public static void requireTransition(Actor actor, Ticket t, Status target, boolean force) {
        Status from = t.status();
        if (target == Status.CLOSED && force && from != Status.CLOSED && from != Status.SUSPENDED) {
            if (from.canMoveTo(Status.CLOSED)) return;
            requireAdmin(actor, "closing a ticket that is not resolved");
            return;
        }
        if (!from.canMoveTo(target)) {
            String hint;
            if (from == Status.CLOSED) hint = "closed is final; use 'tix reopen " + t.id() + "'";
            else if (from == Status.SUSPENDED) hint = "use 'tix suspended accept " + t.id() + "' or 'reject'";
            else if (target == Status.NEW) hint = "nothing goes back to new";
            else if (target == Status.SUSPENDED) hint = "only incoming mail is suspended";
            else if (target == Status.CLOSED) hint = "resolve it first, or an admin may 'close --force'";
            else if (target == from) hint = "it is " + from + " already";
            else hint = "from " + from + " it can go to " + (from.manualNext().isEmpty() ? "nothing" : from.manualNext());
            throw DomainException.conflict("#" + t.id() + " cannot go from " + from + " to " + target, hint);
        }
    }
}
