package tix.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tix.domain.Right;

/**
 * The right every command needs (issue 13: every command consults the rights table). {@link BaseCommand} checks it
 * before the command runs; the services add the checks that depend on the ticket (a colleague's ticket, a team, a
 * members-only queue, a forced close). {@code null}: needs no right, because it reads no ticket of the desk (help,
 * completion, init, a demo desk of its own) or it is a job the system runs (sweep from cron, mail from the MTA).
 * {@code RightsTableTest} checks that every command of the tree is here.
 */
final class CommandRights {
    private CommandRights() {
        throw new AssertionError();
    }

    static final Map<String, Right> TABLE;

    static {
        Map<String, Right> m = new LinkedHashMap<>();
        Right see = Right.TICKET_SEE;
        Right work = Right.TICKET_WORK;
        Right configure = Right.DESK_CONFIGURE;
        for (String open : new String[] {"init", "demo", "completion", "_complete", "shell", "sweep", "mail ingest",
                "mail fetch", "mail send",
                // db copy names both its databases (--db plays no part): their own permissions decide
                "db", "db copy"}) {
            m.put(open, null);
        }
        for (String read : new String[] {"show", "list", "search", "history", "stats", "export", "backup", "check",
                "account", "account list", "account show", "agent", "agent list", "agent show", "attachment",
                "attachment list", "attachment save", "calendar", "calendar list", "calendar show", "config",
                "config get", "config list", "config export", "doc", "doc list", "doc show", "doc search", "known",
                "known list", "known show", "macro", "macro list", "macro show", "macro suggest", "mail", "mail outbox",
                "queue", "queue list", "queue show", "queue member", "queue member list", "report", "report repeats",
                "report tags", "report handoff", "role", "role list", "role show", "role rights", "route", "route list",
                "route test", "sla", "sla list", "sla explain", "suspended", "suspended list", "suspended show",
                "tagset", "tagset list", "field", "field list", "side list", "follow", "unfollow", "notifications", "team", "team list", "team show", "tier", "tier list", "bulk",
                // agents edit their own profile; changing anyone else's needs desk.configure (checked by the service)
                "agent set"}) {
            m.put(read, see);
        }
        m.put("create", Right.TICKET_CREATE);
        m.put("receive", Right.TICKET_CREATE);
        for (String w : new String[] {"note", "reply", "tag", "status", "resolve", "close", "reopen", "priority", "due",
                "edit", "notify", "split", "merge", "suspended accept", "suspended reject", "doc add", "doc edit",
                // a side conversation is mail from the ticket; marking a manual outbox row sent records a posted answer
                // mail retry puts one unsure or failed row back in the queue
                "side", "side reply", "mail mark-sent", "mail retry"}) {
            m.put(w, work);
        }
        m.put("take", Right.TICKET_TAKE);
        m.put("release", Right.TICKET_TAKE);
        // assigning to oneself is taking; to a colleague needs ticket.assign.others, to a team ticket.assign.team
        m.put("assign", Right.TICKET_TAKE);
        m.put("escalate", Right.TICKET_ESCALATE);
        m.put("deescalate", Right.TICKET_ESCALATE);
        m.put("delete", Right.TICKET_DELETE);
        m.put("known create", Right.KNOWN_CREATE);
        m.put("known link", Right.KNOWN_CREATE);
        m.put("known note", Right.KNOWN_CREATE); // an update note, as anyone who may open one
        m.put("known resolve", Right.KNOWN_MANAGE);
        for (String b : new String[] {"bulk close", "bulk resolve", "bulk assign", "bulk tag", "bulk status"}) {
            m.put(b, Right.BULK);
        }
        m.put("bulk delete", Right.BULK); // and ticket.delete, checked with the selection
        for (String c : new String[] {"import", "restore", "account import", "agent add", "calendar add",
                "calendar set", "config set", "config unset", "config import", "doc remove", "macro add", "macro remove",
                "mail queue-settings", "queue add", "queue set", "queue remove", "queue member add",
                "queue member remove", "role add", "role set", "route add", "route remove", "route move", "sla set",
                "sla remove", "tier set", "field add", "field remove", "tagset add", "tagset remove", "team add", "team set", "team remove", "tier add"}) {
            m.put(c, configure);
        }
        TABLE = Collections.unmodifiableMap(m);
    }

    /** The command's name below the root, as the table keys it ("queue add"). */
    static String key(picocli.CommandLine.Model.CommandSpec spec) {
        String q = spec.qualifiedName(" ");
        int space = q.indexOf(' ');
        return space < 0 ? "" : q.substring(space + 1);
    }
}
