package tix.render;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import tix.app.TicketDetail;
import tix.domain.Message;
import tix.domain.Priority;
import tix.domain.Ticket;

/** Human output: aligned tables fitted to the width, SLA colours and bold unanswered tickets on a terminal. */
final class Text {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private final boolean colour;
    private final int width;

    Text(boolean colour, int width) {
        this.colour = colour;
        this.width = width;
    }

    void ticketLine(PrintWriter out, TicketDetail d) {
        Ticket t = d.ticket();
        out.println("#" + t.id() + "  " + t.status() + "  " + t.priority() + " " + Priority.band(t.priority()) + "  "
                + t.tier() + "  " + (t.assignee() == null ? "-" : t.assignee()) + "  v" + t.version() + "  "
                + cut(t.title(), Math.max(10, width - 50)));
    }

    void tickets(PrintWriter out, List<TicketDetail> list) {
        List<String> headers = List.of("ID", "PRI", "STATUS", "TIER", "SLA", "ASSIGNEE", "REQUESTER", "TITLE");
        List<List<String>> rows = new ArrayList<>();
        for (TicketDetail d : list) {
            Ticket t = d.ticket();
            rows.add(List.of((t.unanswered() ? "*" : " ") + t.id(), String.valueOf(t.priority()), t.status().wire(),
                    t.tier(), t.slaColour(), t.assignee() == null ? "-" : t.assignee(), d.requester().email(),
                    t.title()));
        }
        List<Boolean> strong = new ArrayList<>();
        for (TicketDetail d : list) strong.add(d.ticket().unanswered());
        table(out, headers, rows, strong, 7);
    }

    void ticket(PrintWriter out, TicketDetail d) {
        Ticket t = d.ticket();
        out.println(bold("#" + t.id() + " " + t.title()));
        field(out, "status", t.status() + (t.statusUntil() == null ? "" : " until " + when(t.statusUntil()))
                + (t.unanswered() ? "  (unanswered)" : ""));
        field(out, "priority", t.priority() + " (" + Priority.band(t.priority()) + ")");
        field(out, "queue/tier", t.queue() + " / " + t.tier());
        field(out, "assignee", (t.assignee() == null ? "-" : t.assignee())
                + (t.team() == null ? "" : "  team " + t.team()) + (t.sticky() ? "" : "  (not sticky)"));
        String req = d.requester().email() + (d.requester().name() == null ? "" : " (" + d.requester().name() + ")")
                + (d.requester().account() == null ? "" : "  account " + d.requester().account());
        field(out, "requester", req);
        field(out, "channel", t.channel().wire());
        field(out, "sla", paint(t.slaColour()));
        if (!t.tags().isEmpty()) field(out, "tags", String.join(" ", t.tags()));
        if (t.dueAt() != null) field(out, "due", when(t.dueAt()));
        List<String> links = new ArrayList<>();
        if (t.splitFrom() != null) links.add("split from #" + t.splitFrom());
        if (t.mergedInto() != null) links.add("merged into #" + t.mergedInto());
        if (t.followUpOf() != null) links.add("follow-up of #" + t.followUpOf());
        if (t.knownIssue() != null) links.add("known issue " + t.knownIssue());
        if (!links.isEmpty()) field(out, "links", String.join(", ", links));
        field(out, "created", when(t.createdAt()) + "   updated " + when(t.updatedAt()) + "   version " + t.version());
        for (Message m : d.messages()) {
            out.println();
            String head = "[" + m.id() + "] " + m.kind().wire().toUpperCase() + "  " + m.author() + "  " + when(m.createdAt());
            out.println(m.kind().isPublic() ? bold(head) : dim(head));
            for (String line : m.body().split("\n", -1)) out.println("    " + clean(line.replace("\t", "    ")));
        }
        if (!d.others().isEmpty()) {
            out.println();
            out.println(bold("Other tickets of " + d.requester().email()));
            for (Ticket o : d.others()) {
                out.println("  #" + o.id() + "  " + o.status() + "  " + when(o.createdAt()) + "  " + cut(o.title(), width - 40));
            }
        }
    }

    void records(PrintWriter out, List<Map<String, Object>> rows, List<String> columns) {
        List<String> headers = new ArrayList<>();
        for (String c : columns) headers.add(c.toUpperCase().replace('_', ' '));
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            List<String> line = new ArrayList<>();
            for (String c : columns) line.add(cell(r.get(c)));
            cells.add(line);
        }
        table(out, headers, cells, null, columns.size() - 1);
    }

    void record(PrintWriter out, Map<String, Object> row) {
        for (Map.Entry<String, Object> e : row.entrySet()) field(out, e.getKey().replace('_', ' '), cell(e.getValue()));
    }

    /** Prints an aligned table; the column {@code flex} absorbs what does not fit and is cut with an ellipsis. */
    private void table(PrintWriter out, List<String> headers, List<List<String>> rows, List<Boolean> strong, int flex) {
        int n = headers.size();
        int[] w = new int[n];
        for (int i = 0; i < n; i++) w[i] = headers.get(i).length();
        for (List<String> r : rows) {
            for (int i = 0; i < n; i++) w[i] = Math.max(w[i], clean(r.get(i)).length());
        }
        int fixed = 0;
        for (int i = 0; i < n; i++) if (i != flex) fixed += w[i] + 2;
        if (flex >= 0 && flex < n) w[flex] = Math.max(8, Math.min(w[flex], width - fixed));
        out.println(bold(line(headers, w, flex)));
        for (int k = 0; k < rows.size(); k++) {
            String l = line(rows.get(k), w, flex);
            out.println(strong != null && strong.get(k) ? bold(l) : l);
        }
    }

    private String line(List<String> cells, int[] w, int flex) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = clean(cells.get(i));
            if (c.length() > w[i]) c = cut(c, w[i]);
            boolean last = i == cells.size() - 1;
            String shown = paintCell(c);
            sb.append(shown);
            if (!last) sb.append(" ".repeat(w[i] - c.length() + 2));
        }
        return sb.toString().stripTrailing();
    }

    private String paintCell(String c) {
        if (c.equals("red") || c.equals("yellow") || c.equals("green")) return paint(c);
        return c;
    }

    private String paint(String sla) {
        if (!colour) return sla;
        switch (sla) {
            case "red": return "\u001b[31m" + sla + RESET;
            case "yellow": return "\u001b[33m" + sla + RESET;
            case "green": return "\u001b[32m" + sla + RESET;
            default: return sla;
        }
    }

    private String bold(String s) {
        return colour ? BOLD + s + RESET : s;
    }

    private String dim(String s) {
        return colour ? DIM + s + RESET : s;
    }

    private static void field(PrintWriter out, String name, String value) {
        out.printf("  %-11s %s%n", name, value);
    }

    static String when(Instant i) {
        return i == null ? "-" : WHEN.format(i);
    }

    /** Cuts to {@code max} characters with an ellipsis. */
    static String cut(String s, int max) {
        if (max < 2) max = 2;
        if (s.length() <= max) return s;
        return s.substring(0, max - 1) + "\u2026";
    }

    /** One line: control characters (from mail, say) never reach the terminal. */
    private static String clean(String s) {
        if (s == null) return "-";
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < 32 || c == 127 ? ' ' : c);
        }
        return sb.toString();
    }

    private static String cell(Object v) {
        if (v == null) return "-";
        if (v instanceof Collection<?>) {
            List<String> parts = new ArrayList<>();
            for (Object o : (Collection<?>) v) parts.add(String.valueOf(o));
            return parts.isEmpty() ? "-" : String.join(",", parts);
        }
        return String.valueOf(v);
    }
}
