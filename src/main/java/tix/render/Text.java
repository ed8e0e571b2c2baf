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

    private final Screen screen;
    private final boolean colour;

    Text(Screen screen) {
        this.screen = screen;
        this.colour = screen.colour();
    }

    /** The width to fit, asked of the terminal only when first needed. */
    private int width() {
        return screen.width();
    }

    void ticketLine(PrintWriter out, TicketDetail d) {
        Ticket t = d.ticket();
        out.println("#" + t.id() + "  " + t.status() + "  " + t.priority() + " " + Priority.band(t.priority()) + "  "
                + t.tier() + "  " + (t.assignee() == null ? "-" : t.assignee()) + "  v" + t.version() + "  "
                + cut(clean(t.title()), Math.max(10, width() - 50)));
    }

    /** The ticket table of a list, every line ended (one string: the caller writes or pages it at once). */
    String tickets(List<TicketDetail> list) {
        String[] headers = {"ID", "PRI", "STATUS", "TIER", "SLA", "ASSIGNEE", "REQUESTER", "TITLE"};
        String[][] rows = new String[list.size()][];
        boolean[] strong = new boolean[list.size()];
        for (int k = 0; k < rows.length; k++) {
            TicketDetail d = list.get(k);
            Ticket t = d.ticket();
            rows[k] = new String[] {(t.unanswered() ? "*" : " ") + t.id(), String.valueOf(t.priority()),
                t.status().wire(), t.tier(), t.slaColour(), t.assignee() == null ? "-" : t.assignee(),
                d.requester().email(), t.title()};
            strong[k] = t.unanswered();
        }
        // the title gives way first, then the requester's address
        StringBuilder sb = new StringBuilder(64 + rows.length * 128);
        table(sb, headers, rows, strong, new int[] {7, 6}, new int[] {6, 3, 1, 5}, 4);
        return sb.toString();
    }

    void ticket(PrintWriter out, TicketDetail d) {
        Ticket t = d.ticket();
        out.println(bold("#" + t.id() + " " + clean(t.title())));
        field(out, "status", t.status() + (t.statusUntil() == null ? "" : " until " + when(t.statusUntil()))
                + (t.unanswered() ? "  (unanswered)" : ""));
        field(out, "priority", t.priority() + " (" + Priority.band(t.priority()) + ")");
        field(out, "queue/tier", t.queue() + " / " + t.tier());
        field(out, "assignee", (t.assignee() == null ? "-" : t.assignee())
                + (t.team() == null ? "" : "  team " + t.team()) + (t.sticky() ? "" : "  (not sticky)"));
        String req = d.requester().email() + (d.requester().name() == null ? "" : " (" + d.requester().name() + ")")
                + (d.requester().account() == null ? "" : "  account " + d.requester().account());
        field(out, "requester", clean(req));
        field(out, "channel", t.channel().wire());
        TicketDetail.Sla sla = d.sla();
        if (sla == null || sla.colour().equals("none")) {
            field(out, "sla", paint(sla == null ? t.slaColour() : sla.colour()));
        } else {
            field(out, "sla", paint(sla.colour()) + "  " + sla.clock() + ", " + sla.elapsedBusinessMinutes()
                    + " business min, target " + when(sla.target())
                    + (sla.nextChange() == null ? "" : ", next change " + when(sla.nextChange())));
        }
        if (!t.tags().isEmpty()) field(out, "tags", String.join(", ", t.tags()));
        if (t.dueAt() != null) field(out, "due", when(t.dueAt()));
        if (!t.fields().isEmpty()) {
            List<String> values = new ArrayList<>();
            for (var e : t.fields().entrySet()) values.add(e.getKey() + "=" + clean(e.getValue()));
            field(out, "fields", String.join("  ", values));
        }
        if (d.watchers() != null && !d.watchers().isEmpty()) field(out, "watchers", String.join(" ", d.watchers()));
        List<String> links = new ArrayList<>();
        if (t.splitFrom() != null) links.add("split from #" + t.splitFrom());
        if (t.mergedInto() != null) links.add("merged into #" + t.mergedInto());
        if (t.followUpOf() != null) links.add("follow-up of #" + t.followUpOf());
        if (t.knownIssue() != null) links.add("known issue " + t.knownIssue());
        if (!links.isEmpty()) field(out, "links", String.join(", ", links));
        field(out, "created", when(t.createdAt()) + "   updated " + when(t.updatedAt()) + "   version " + t.version());
        for (Message m : d.messages()) {
            out.println();
            String head = "[" + m.id() + "] " + m.kind().wire().toUpperCase() + "  " + clean(m.author()) + "  " + when(m.createdAt())
                    + (m.sideId() == null ? "" : "  side " + m.sideId());
            out.println(m.kind().isPublic() ? bold(head) : dim(head));
            if (!m.cc().isEmpty()) out.println(dim("    cc " + clean(String.join(", ", m.cc()))));
            for (String line : m.body().split("\n", -1)) out.println("    " + clean(line.replace("\t", "    ")));
        }
        if (!d.others().isEmpty()) {
            out.println();
            out.println(bold("Other tickets of " + d.requester().email()));
            for (Ticket o : d.others()) {
                out.println("  #" + o.id() + "  " + o.status() + "  " + when(o.createdAt()) + "  " + cut(clean(o.title()), width() - 40));
            }
        }
    }

    void records(PrintWriter out, List<Map<String, Object>> rows, List<String> columns) {
        String[] headers = new String[columns.size()];
        for (int i = 0; i < headers.length; i++) headers[i] = columns.get(i).toUpperCase().replace('_', ' ');
        String[][] cells = new String[rows.size()][];
        for (int k = 0; k < cells.length; k++) {
            Map<String, Object> r = rows.get(k);
            String[] line = new String[headers.length];
            for (int i = 0; i < line.length; i++) line[i] = cell(r.get(columns.get(i)));
            cells[k] = line;
        }
        StringBuilder sb = new StringBuilder();
        table(sb, headers, cells, null, new int[] {columns.size() - 1}, new int[0], columns.indexOf("sla_colour"));
        out.print(sb);
    }

    void record(PrintWriter out, Map<String, Object> row) {
        int w = 11;
        for (String k : row.keySet()) w = Math.max(w, k.length());
        for (Map.Entry<String, Object> e : row.entrySet()) {
            out.printf("  %-" + w + "s %s%n", e.getKey().replace('_', ' '), clean(cell(e.getValue())));
        }
    }

    /**
     * Appends an aligned table fitted to the width, each line ended as println ends it: the columns in {@code flex}
     * (in that order) give up what does not fit, down to 8 characters each, and are cut with an ellipsis; on a very
     * narrow screen the columns in {@code drop} (in that order) are left out. {@code strong} rows (null: none) are
     * bold. Each cell is cleaned and measured once (a list of 1,500 rows is 12,000 cells).
     */
    private void table(StringBuilder sb, String[] headers, String[][] rows, boolean[] strong, int[] flex, int[] drop,
                       int slaColumn) {
        int n = headers.length;
        int[] w = new int[n];
        for (int i = 0; i < n; i++) w[i] = headers[i].length();
        String[][] cells = new String[rows.length][];
        int[][] widths = new int[rows.length][];
        for (int k = 0; k < rows.length; k++) {
            String[] r = rows[k];
            String[] c = new String[r.length];
            int[] cw = new int[r.length];
            for (int i = 0; i < r.length; i++) {
                c[i] = clean(r[i]);
                cw[i] = columns(c[i]);
                if (i < n) w[i] = Math.max(w[i], cw[i]);
            }
            cells[k] = c;
            widths[k] = cw;
        }
        boolean[] hidden = new boolean[n];
        int excess = -width();
        for (int i = 0; i < n; i++) excess += w[i] + 2;
        excess -= 2;
        for (int f : flex) {
            if (excess <= 0) break;
            if (f < 0 || f >= n) continue;
            int give = Math.min(excess, Math.max(0, w[f] - 8));
            w[f] -= give;
            excess -= give;
        }
        for (int d : drop) {
            if (excess <= 0) break;
            hidden[d] = true;
            excess -= w[d] + 2;
        }
        String[] head = new String[n];
        int[] headWidths = new int[n];
        for (int i = 0; i < n; i++) {
            head[i] = clean(headers[i]);
            headWidths[i] = columns(head[i]);
        }
        String nl = System.lineSeparator();
        line(sb, head, headWidths, w, hidden, -1, true);
        sb.append(nl);
        for (int k = 0; k < cells.length; k++) {
            line(sb, cells[k], widths[k], w, hidden, slaColumn, strong != null && strong[k]);
            sb.append(nl);
        }
    }

    /** One table line without its end, trailing blanks stripped; bold when {@code strong} (on colour screens). */
    private void line(StringBuilder sb, String[] cells, int[] widths, int[] w, boolean[] hidden, int slaColumn,
                      boolean strong) {
        boolean bold = strong && colour;
        if (bold) sb.append(BOLD);
        int start = sb.length();
        for (int i = 0; i < cells.length; i++) {
            if (hidden[i]) continue;
            if (sb.length() > start) sb.append("  ");
            String c = cells[i];
            int cw = widths[i];
            if (cw > w[i]) {
                c = cut(c, w[i]);
                cw = columns(c);
            }
            if (i == slaColumn) paint(sb, c, bold);
            else sb.append(c);
            for (int pad = w[i] - cw; pad > 0; pad--) sb.append(' ');
        }
        int end = sb.length(); // as String.stripTrailing: no whitespace character lies outside the BMP
        while (end > start && Character.isWhitespace(sb.charAt(end - 1))) end--;
        sb.setLength(end);
        if (bold) sb.append(RESET);
    }

    /** The SLA cell in its colour; inside a bold line the bold is asserted again after the colour's reset. */
    private void paint(StringBuilder sb, String sla, boolean bold) {
        String code = !colour ? null : switch (sla) {
            case "red" -> "\u001b[31m";
            case "yellow" -> "\u001b[33m";
            case "green" -> "\u001b[32m";
            default -> null;
        };
        if (code == null) {
            sb.append(sla);
            return;
        }
        sb.append(code).append(sla).append(RESET);
        if (bold) sb.append(BOLD);
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

    /** Bold; colours inside (an SLA cell) re-assert it after their reset. */
    private String bold(String s) {
        return colour ? BOLD + s.replace(RESET, RESET + BOLD) + RESET : s;
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

    /** Cuts to {@code max} terminal columns with an ellipsis. */
    static String cut(String s, int max) {
        if (max < 2) max = 2;
        if (columns(s) <= max) return s;
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = columns(cp);
            if (used + cw > max - 1) break;
            sb.appendCodePoint(cp);
            used += cw;
            i += Character.charCount(cp);
        }
        return sb.append('\u2026').toString();
    }

    /** Terminal columns of a string: wide (CJK, emoji) characters take two, combining marks none. */
    static int columns(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) < 0x80) { // ASCII, control characters included, is one column (the common case)
                n++;
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            n += columns(cp);
            i += Character.charCount(cp);
        }
        return n;
    }

    static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    /** One line: control characters (from mail, say), the 8-bit C1 ones (CSI ...) too, never reach the terminal. */
    static String clean(String s) {
        if (s == null) return "-";
        int first = 0;
        while (first < s.length()) { // the common case: nothing to replace, the string itself
            char c = s.charAt(first);
            if (c < 32 || c >= 127 && c < 160) break;
            first++;
        }
        if (first == s.length()) return s;
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < 32 || c >= 127 && c < 160 ? ' ' : c);
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
