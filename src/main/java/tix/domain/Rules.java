package tix.domain;

import java.util.Objects;

/**
 * Who may do what: the rights of the acting agent's role (issue 13, {@link Right}). An agent works on unassigned
 * tickets and their own; a colleague's ticket needs {@code ticket.work.others}. Every refusal names the missing right
 * and who holds it.
 */
public final class Rules {
    private Rules() {
        throw new AssertionError();
    }

    /** Refuses (5) unless the actor holds {@code right}. */
    public static void require(Actor actor, Right right) {
        if (!actor.has(right)) throw lack(actor, right, "");
    }

    /** The refusal for a missing right: {@code you lack R[ to …] (held by role admin: alice)}. */
    public static DomainException lack(Actor actor, Right right, String what) {
        String holders = actor.holders().apply(right);
        return DomainException.denied("you lack " + right.wire() + (what.isEmpty() ? "" : " to " + what),
                "held by " + (holders == null || holders.isEmpty() ? "role admin" : holders));
    }

    /** The ticket's queue is one the actor may see (members-only queues: members and {@code queue.all}). */
    public static void requireVisible(Actor actor, Ticket t) {
        if (actor.sees(t.queue())) return;
        throw DomainException.denied("you lack queue.all to see #" + t.id() + " in members-only queue " + t.queue(),
                "held by " + orAdmin(actor.holders().apply(Right.QUEUE_ALL)) + "; or be a member: tix queue member add "
                        + t.queue() + " " + actor.login());
    }

    /** The acting agent may work on this ticket: unassigned or theirs, else {@code ticket.work.others}. */
    public static void requireWorkable(Actor actor, Ticket t, String what) {
        requireVisible(actor, t);
        require(actor, Right.TICKET_WORK);
        if (t.assignee() == null || t.assignee().equals(actor.login()) || actor.has(Right.TICKET_WORK_OTHERS)) return;
        throw lack(actor, Right.TICKET_WORK_OTHERS, what + " #" + t.id() + ", assigned to " + t.assignee());
    }

    /** Escalating: {@code ticket.escalate} on unassigned and own tickets, {@code ticket.escalate.others} on the rest. */
    public static void requireEscalatable(Actor actor, Ticket t, String what) {
        requireVisible(actor, t);
        require(actor, Right.TICKET_ESCALATE);
        if (t.assignee() == null || t.assignee().equals(actor.login()) || actor.has(Right.TICKET_ESCALATE_OTHERS)) return;
        throw lack(actor, Right.TICKET_ESCALATE_OTHERS, what + " #" + t.id() + ", assigned to " + t.assignee());
    }

    /**
     * Assignment changes. Taking an unassigned ticket and releasing one's own need {@code ticket.take}; assigning to
     * a colleague, reassigning and releasing a colleague's ticket need {@code ticket.assign.others}; a team change
     * needs {@code ticket.assign.team}.
     */
    public static void requireAssignable(Actor actor, Ticket t, String newAssignee, String newTeam) {
        requireVisible(actor, t);
        String me = actor.login();
        boolean assigneeChanges = !Objects.equals(t.assignee(), newAssignee);
        if (assigneeChanges) {
            boolean mineOrFree = t.assignee() == null || t.assignee().equals(me);
            boolean toMeOrNobody = newAssignee == null || newAssignee.equals(me);
            if (mineOrFree && toMeOrNobody) {
                if (!actor.has(Right.TICKET_TAKE)) throw lack(actor, Right.TICKET_TAKE, "take or release #" + t.id());
            } else if (!actor.has(Right.TICKET_ASSIGN_OTHERS)) {
                throw lack(actor, Right.TICKET_ASSIGN_OTHERS, t.assignee() == null || t.assignee().equals(me)
                        ? "assign #" + t.id() + " to " + newAssignee
                        : "reassign #" + t.id() + ", assigned to " + t.assignee());
            }
        }
        if (!Objects.equals(t.team(), newTeam) && !actor.has(Right.TICKET_ASSIGN_TEAM)) {
            throw lack(actor, Right.TICKET_ASSIGN_TEAM, "hand #" + t.id() + " to a team");
        }
        if (!assigneeChanges && Objects.equals(t.team(), newTeam)) requireWorkable(actor, t, "assign");
    }

    /**
     * The cause of a staff status change: {@link Cause#FORCE} when `close --force` skips resolving, else
     * {@link Cause#STAFF}. Refuses a move the table does not allow (4), then a forced close without its right (5).
     */
    public static Cause requireTransition(Actor actor, Ticket t, Status target, boolean force) {
        Status from = t.status();
        Cause cause = target == Status.CLOSED && force && !Transitions.allows(from, target, Cause.STAFF)
                ? Cause.FORCE : Cause.STAFF;
        Transitions.require(t, target, cause);
        if (cause == Cause.FORCE && !actor.has(Right.TICKET_CLOSE_FORCE)) {
            throw lack(actor, Right.TICKET_CLOSE_FORCE, "close #" + t.id() + " before it is resolved");
        }
        return cause;
    }

    private static String orAdmin(String holders) {
        return holders == null || holders.isEmpty() ? "role admin" : holders;
    }
}
