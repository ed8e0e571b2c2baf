package tix.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tix.app.TicketDetail;
import tix.domain.Agent;
import tix.domain.Contact;
import tix.domain.Event;
import tix.domain.Message;
import tix.domain.Priority;
import tix.domain.Ticket;

/**
 * The JSON and CSV shapes of SPEC §5-§7, as ordered maps: snake_case names, ISO-8601 UTC times, links as top-level
 * integers or null. The domain classes never reach a serializer directly.
 */
public final class Views {
    private Views() {
        throw new AssertionError();
    }

    public static Map<String, Object> ticket(TicketDetail d, boolean withMessages) {
        Ticket t = d.ticket();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("title", t.title());
        m.put("status", t.status().wire());
        m.put("priority", t.priority());
        m.put("priority_name", Priority.band(t.priority()));
        m.put("channel", t.channel().wire());
        m.put("queue", t.queue());
        m.put("tier", t.tier());
        m.put("team", t.team());
        m.put("assignee", t.assignee());
        m.put("sticky", t.sticky());
        m.put("requester", requester(d.requester()));
        m.put("tags", t.tags());
        m.put("due_at", time(t.dueAt()));
        m.put("status_until", time(t.statusUntil()));
        m.put("sla", sla(d));
        m.put("unanswered", t.unanswered());
        m.put("created_at", time(t.createdAt()));
        m.put("updated_at", time(t.updatedAt()));
        m.put("version", t.version());
        m.put("split_from", t.splitFrom());
        m.put("merged_into", t.mergedInto());
        m.put("follow_up_of", t.followUpOf());
        m.put("known_issue", t.knownIssue());
        // custom fields (`tix field`): name -> canonical text, in name order; {} when none is set
        m.put("fields", t.fields());
        if (d.watchers() != null) m.put("watchers", d.watchers());
        if (withMessages) {
            m.put("to_address", d.toAddress());
            List<Object> messages = new ArrayList<>();
            for (Message msg : d.messages()) {
                Map<String, Object> x = message(msg);
                x.put("to", msg.to());
                x.put("cc", msg.cc());
                x.put("side", msg.sideId());
                messages.add(x);
            }
            m.put("messages", messages);
            List<Object> others = new ArrayList<>();
            for (Ticket o : d.others()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", o.id());
                x.put("title", o.title());
                x.put("status", o.status().wire());
                x.put("created_at", time(o.createdAt()));
                others.add(x);
            }
            m.put("others", others);
        }
        return m;
    }

    public static final List<String> NOTICE_COLUMNS = List.of("id", "at", "ticket_id", "agent", "event", "subject",
            "hook_status");

    /** A notification (`tix notifications`, and what the hook reads on stdin). */
    public static Map<String, Object> notice(tix.app.Notices.Notice n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("at", time(n.createdAt()));
        m.put("ticket_id", n.ticketId());
        m.put("agent", n.agent());
        m.put("event", n.event());
        m.put("subject", n.subject());
        m.put("body", n.body());
        m.put("hook_status", n.hookStatus());
        m.put("hook_error", n.hookError());
        return m;
    }

    /** The notification as the hook reads it: one line of JSON (without the hook's own bookkeeping). */
    public static String noticeLine(tix.app.Notices.Notice n) {
        Map<String, Object> m = notice(n);
        m.remove("hook_status");
        m.remove("hook_error");
        return JsonOut.line(m);
    }

    static Map<String, Object> requester(Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("email", c.email());
        m.put("name", c.name());
        m.put("account", c.account());
        return m;
    }

    /** SPEC §4: computed at the time of the query when the detail carries it, else the colour the sweep stored. */
    static Map<String, Object> sla(TicketDetail d) {
        TicketDetail.Sla s = d.sla();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("colour", s == null ? d.ticket().slaColour() : s.colour());
        m.put("target", s == null ? null : time(s.target()));
        m.put("yellow_at", s == null ? null : time(s.yellowAt()));
        m.put("red_at", s == null ? null : time(s.redAt()));
        m.put("elapsed_business_minutes", s == null ? 0 : s.elapsedBusinessMinutes());
        return m;
    }

    public static Map<String, Object> message(Message msg) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", msg.id());
        m.put("kind", msg.kind().wire());
        m.put("author", msg.author());
        m.put("body", msg.body());
        m.put("created_at", time(msg.createdAt()));
        return m;
    }

    public static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("ticket_id", e.ticketId());
        m.put("at", time(e.at()));
        m.put("actor", e.actor());
        m.put("action", e.action());
        m.put("field", e.field());
        m.put("old", e.oldValue());
        m.put("new", e.newValue());
        return m;
    }

    public static Map<String, Object> agent(Agent a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("login", a.login());
        m.put("name", a.name());
        m.put("role", a.role().wire());
        m.put("description", a.description());
        m.put("signature", a.signature());
        m.put("email", a.email());
        m.put("notify", a.notifications());
        m.put("teams", a.teams());
        m.put("created_at", time(a.createdAt()));
        return m;
    }

    public static String time(Instant i) {
        return i == null ? null : i.toString();
    }
}
