package tix.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tix.app.Activity;
import tix.app.ReportService;
import tix.domain.Period;

/** JSON/CSV/table shapes of `tix report`. */
public final class ReportViews {
    private ReportViews() {
        throw new AssertionError();
    }

    public static final List<String> REPEAT_COLUMNS = List.of("count", "ticket_ids", "text");

    /** {@code {text, count, ticket_ids}}. */
    public static List<Map<String, Object>> repeats(List<ReportService.Repeat> list) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReportService.Repeat r : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", r.text());
            m.put("count", r.count());
            m.put("ticket_ids", r.ticketIds());
            rows.add(m);
        }
        return rows;
    }

    public static final List<String> TAG_COLUMNS = List.of("tag", "tickets", "added", "removed");

    /** {@code {tag, tickets, added, removed}}. */
    public static List<Map<String, Object>> tags(List<ReportService.TagUse> list) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReportService.TagUse u : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tag", u.tag());
            m.put("tickets", u.tickets());
            m.put("added", u.added());
            m.put("removed", u.removed());
            rows.add(m);
        }
        return rows;
    }

    /** {@code {from, until, escalations, known_issues, open_in_high_tiers, process_tags}}. */
    public static Map<String, Object> handoff(ReportService.Handoff h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", Views.time(h.period().from()));
        m.put("until", Views.time(h.period().until()));
        List<Map<String, Object>> esc = new ArrayList<>();
        for (ReportService.Escalation e : h.escalations()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("ticket_id", e.ticketId());
            r.put("title", e.title());
            r.put("at", Views.time(e.at()));
            r.put("actor", e.actor());
            r.put("from", e.from());
            r.put("to", e.to());
            r.put("direction", e.direction());
            esc.add(r);
        }
        m.put("escalations", esc);
        List<Map<String, Object>> known = new ArrayList<>();
        for (Activity.KnownChange k : h.knownIssues()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("number", k.number());
            r.put("tag", k.tag());
            r.put("title", k.title());
            r.put("status", k.status());
            r.put("opened", k.opened());
            r.put("resolved", k.resolved());
            r.put("linked", k.linked());
            r.put("tickets", k.tickets());
            known.add(r);
        }
        m.put("known_issues", known);
        List<Map<String, Object>> high = new ArrayList<>();
        for (Activity.HighTicket t : h.openInHighTiers()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", t.id());
            r.put("title", t.title());
            r.put("tier", t.tier());
            r.put("sla", t.slaColour());
            r.put("assignee", t.assignee());
            high.add(r);
        }
        m.put("open_in_high_tiers", high);
        List<Map<String, Object>> tags = new ArrayList<>();
        for (ReportService.ProcessTag p : h.processTags()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("ticket_id", p.ticketId());
            r.put("tag", p.tag());
            r.put("at", Views.time(p.at()));
            r.put("actor", p.actor());
            tags.add(r);
        }
        m.put("process_tags", tags);
        return m;
    }

    public static final List<String> HANDOFF_COLUMNS = List.of("section", "id", "what", "at", "actor", "title");

    /** The hand-over as one CSV table: a row per item, its section first. */
    public static List<Map<String, Object>> handoffRows(ReportService.Handoff h) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReportService.Escalation e : h.escalations()) {
            rows.add(row("escalation", e.ticketId(), e.from() + " -> " + e.to() + " (" + e.direction() + ")",
                    Views.time(e.at()), e.actor(), e.title()));
        }
        for (Activity.KnownChange k : h.knownIssues()) {
            rows.add(row("known_issue", k.number(), knownWhat(k), null, null, k.title()));
        }
        for (Activity.HighTicket t : h.openInHighTiers()) {
            rows.add(row("open_in_high_tier", t.id(), t.tier() + " " + t.slaColour(), null, t.assignee(), t.title()));
        }
        for (ReportService.ProcessTag p : h.processTags()) {
            rows.add(row("process_tag", p.ticketId(), p.tag(), Views.time(p.at()), p.actor(), null));
        }
        return rows;
    }

    /** The hand-over for a person: four short sections. */
    public static String handoffText(ReportService.Handoff h) {
        StringBuilder b = new StringBuilder();
        Period p = h.period();
        b.append("Hand-over ").append(p.from() == null ? "from the start" : Views.time(p.from()))
                .append(" .. ").append(p.until() == null ? "now" : Views.time(p.until())).append('\n');
        b.append("\nEscalations (").append(h.escalations().size()).append(")\n");
        for (ReportService.Escalation e : h.escalations()) {
            b.append("  #").append(e.ticketId()).append("  ").append(e.from()).append(" -> ").append(e.to())
                    .append(" ").append(e.direction()).append("  ").append(Views.time(e.at())).append("  ")
                    .append(e.actor()).append("  ").append(e.title()).append('\n');
        }
        b.append("\nKnown issues (").append(h.knownIssues().size()).append(")\n");
        for (Activity.KnownChange k : h.knownIssues()) {
            b.append("  ").append(k.tag()).append("  ").append(knownWhat(k)).append("  ").append(k.title()).append('\n');
        }
        b.append("\nStill open in high tiers (").append(h.openInHighTiers().size()).append(")\n");
        for (Activity.HighTicket t : h.openInHighTiers()) {
            b.append("  #").append(t.id()).append("  ").append(t.tier()).append("  ").append(t.slaColour())
                    .append("  ").append(t.assignee() == null ? "-" : t.assignee()).append("  ").append(t.title())
                    .append('\n');
        }
        b.append("\nProcess tags (").append(h.processTags().size()).append(")\n");
        for (ReportService.ProcessTag t : h.processTags()) {
            b.append("  #").append(t.ticketId()).append("  ").append(t.tag()).append("  ").append(Views.time(t.at()))
                    .append("  ").append(t.actor()).append('\n');
        }
        return b.toString();
    }

    private static String knownWhat(Activity.KnownChange k) {
        List<String> what = new ArrayList<>();
        what.add(k.status());
        if (k.opened()) what.add("opened");
        if (k.resolved()) what.add("resolved");
        if (k.linked() > 0) what.add(k.linked() + " linked");
        what.add(k.tickets() + " tickets");
        return String.join(", ", what);
    }

    private static Map<String, Object> row(String section, long id, String what, String at, String actor, String title) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("section", section);
        m.put("id", id);
        m.put("what", what);
        m.put("at", at);
        m.put("actor", actor);
        m.put("title", title);
        return m;
    }
}
