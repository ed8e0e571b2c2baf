package tix.domain;

import java.util.Arrays;
import java.util.Locale;

/**
 * One thing a role may do (issue 13: permissions as data). Roles are sets of rights; every command needs one right
 * (the command table of the CLI names it), and a few changes need a second one that depends on the ticket: working on
 * a colleague's ticket, handing it to a team, escalating it, forcing a close.
 */
public enum Right {
    TICKET_SEE("ticket.see", "read tickets, lists, searches, history, reports and the desk's settings"),
    TICKET_CREATE("ticket.create", "create tickets and enter customer messages"),
    TICKET_WORK("ticket.work", "reply, note, tag, change status, priority, due date and fields of unassigned and own tickets"),
    TICKET_WORK_OTHERS("ticket.work.others", "do the same on tickets assigned to a colleague"),
    TICKET_TAKE("ticket.take", "take unassigned tickets and release one's own"),
    TICKET_ASSIGN_OTHERS("ticket.assign.others", "assign tickets to a colleague, reassign and release theirs"),
    TICKET_ASSIGN_TEAM("ticket.assign.team", "hand tickets to a team"),
    TICKET_ESCALATE("ticket.escalate", "escalate and de-escalate unassigned and own tickets"),
    TICKET_ESCALATE_OTHERS("ticket.escalate.others", "escalate a colleague's ticket (to on-call, say)"),
    TICKET_CLOSE_FORCE("ticket.close.force", "close a ticket that is not resolved (close --force)"),
    TICKET_DELETE("ticket.delete", "delete tickets permanently (delete, bulk delete)"),
    KNOWN_CREATE("known.create", "open known issues and link tickets to them"),
    KNOWN_MANAGE("known.manage", "resolve and edit known issues"),
    BULK("bulk", "change many tickets at once (bulk)"),
    QUEUE_ALL("queue.all", "see and take tickets of members-only queues without being a member"),
    DESK_CONFIGURE("desk.configure", "administer the desk: agents, roles, queues, teams, tiers, SLA, calendars, "
            + "macros, tag sets, routes, docs, settings, mail, import and restore");

    private final String wire;
    private final String description;

    Right(String wire, String description) {
        this.wire = wire;
        this.description = description;
    }

    public String wire() {
        return wire;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return wire;
    }

    public static Right parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Right r : values()) if (r.wire.equals(t)) return r;
        throw DomainException.usage("unknown right '" + text + "'", "see 'tix role rights'");
    }

    /** Every right's name, in table order. */
    public static java.util.List<String> names() {
        return Arrays.stream(values()).map(Right::wire).toList();
    }
}
