package tix.render;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tix.app.TicketDetail;
import tix.domain.DomainException;

/**
 * Where command results go: data on stdout in one of three formats (text tables, JSON, CSV), notes on stderr.
 * JSON and CSV classes are only loaded when asked for, so a table command never pays for Jackson.
 */
public final class Output {
    public enum Format { TEXT, JSON, CSV }

    private final Format format;
    private final List<String> fields;
    private final boolean quiet;
    private final Text text;
    private final Screen screen;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private Template template;

    private Output(Format format, List<String> fields, boolean quiet, Screen screen, PrintWriter out, PrintWriter err,
                   boolean terminal) {
        this.format = format;
        this.fields = fields;
        this.quiet = quiet;
        this.screen = screen;
        this.text = new Text(screen);
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** {@code json}: null for no JSON, "" for every field, else a comma-separated field list. */
    public static Output of(String json, boolean csv, boolean quiet, boolean colour, String columns, PrintWriter out,
                            PrintWriter err, boolean terminal) {
        java.util.Map<String, String> vars = new java.util.HashMap<>();
        if (columns != null) vars.put("COLUMNS", columns);
        return of(json, csv, quiet, Screen.of(terminal, colour, vars), out, err, terminal);
    }

    /**
     * {@code json}: null for no JSON, "" for every field, else a comma-separated field list; {@code screen}: where
     * text goes (colour, width, pager); {@code noteTerminal}: whether stderr notes reach a person.
     */
    public static Output of(String json, boolean csv, boolean quiet, Screen screen, PrintWriter out, PrintWriter err,
                            boolean noteTerminal) {
        if (json != null && csv) throw DomainException.usage("--json and --csv exclude each other", "pick one");
        List<String> fields = List.of();
        if (json != null && !json.isBlank()) {
            fields = List.of(json.split(","));
            for (String f : fields) {
                if (!JsonFields.KNOWN.contains(f)) {
                    throw DomainException.usage("unknown JSON field '" + f + "'", "e.g. --json id,title,status");
                }
            }
        }
        Format format = json != null ? Format.JSON : csv ? Format.CSV : Format.TEXT;
        return new Output(format, fields, quiet, screen, out, err, noteTerminal);
    }

    /**
     * One line per ticket from {@code pattern} ({@code --format '{id} {status} {title}'}); null keeps the table.
     * Refused with --json or --csv, and for unknown fields.
     */
    public Output template(String pattern) {
        if (pattern == null) return this;
        if (format != Format.TEXT) throw DomainException.usage("--format excludes --json and --csv", "pick one");
        this.template = Template.compile(pattern);
        return this;
    }

    public Format format() {
        return format;
    }

    /**
     * Whether {@link #tickets} shows each ticket's computed SLA clock: only JSON does (its {@code sla} object); the
     * text table, --format and CSV show the stored colour, so a list for them need not compute the clocks.
     */
    public boolean readsClocks() {
        return format == Format.JSON && (fields.isEmpty() || fields.contains("sla"));
    }

    public PrintWriter out() {
        return out;
    }

    public Screen screen() {
        return screen;
    }

    /** Free text for a person (a stats board, say): colours and width from {@link #screen()}; paged when long. */
    public void text(String text) {
        if (format == Format.TEXT && !quiet) screen.page(out, text);
    }

    /** A ticket after a change: the same object as `show --json`, or one line. */
    public void changed(TicketDetail d) {
        switch (format) {
            case JSON: JsonOut.object(out, select(Views.ticket(d, true))); break;
            case CSV: CsvOut.tickets(out, List.of(d)); break;
            default:
                if (quiet) break;
                if (template != null) out.println(template.apply(d));
                else text.ticketLine(out, d);
                break;
        }
        out.flush();
    }

    public void ticket(TicketDetail d) {
        switch (format) {
            case JSON: JsonOut.object(out, select(Views.ticket(d, true))); break;
            case CSV: CsvOut.tickets(out, List.of(d)); break;
            default: {
                if (template != null) {
                    out.println(template.apply(d));
                } else {
                    StringWriter buf = new StringWriter();
                    text.ticket(new PrintWriter(buf), d);
                    screen.page(out, buf.toString());
                }
                break;
            }
        }
        out.flush();
    }

    public void tickets(List<TicketDetail> list) {
        switch (format) {
            case JSON: {
                List<Object> rows = new ArrayList<>();
                for (TicketDetail d : list) rows.add(select(Views.ticket(d, false)));
                JsonOut.array(out, rows);
                break;
            }
            case CSV: CsvOut.tickets(out, list); break;
            default:
                if (list.isEmpty()) {
                    empty();
                } else if (template != null) {
                    for (TicketDetail d : list) out.println(template.apply(d));
                } else {
                    screen.page(out, text.tickets(list));
                }
                break;
        }
        out.flush();
    }

    /** Generic records (events, agents, outbox rows ...): JSON objects, CSV rows or an aligned table. */
    public void records(List<Map<String, Object>> rows, List<String> columns) {
        switch (format) {
            case JSON: {
                List<Object> sel = new ArrayList<>();
                for (Map<String, Object> r : rows) sel.add(select(r));
                JsonOut.array(out, sel);
                break;
            }
            case CSV: CsvOut.records(out, rows, columns); break;
            default:
                if (rows.isEmpty()) {
                    empty();
                } else {
                    StringWriter buf = new StringWriter();
                    text.records(new PrintWriter(buf), rows, columns);
                    screen.page(out, buf.toString());
                }
                break;
        }
        out.flush();
    }

    /** Records after a change: as {@link #records}, but nothing in text mode with --quiet (like {@link #changed}). */
    public void changedRecords(List<Map<String, Object>> rows, List<String> columns) {
        if (format == Format.TEXT && quiet) return;
        records(rows, columns);
    }

    /** One record: a JSON object, a one-row CSV, or "key: value" lines (not with --quiet, like {@link #changed}). */
    public void record(Map<String, Object> row) {
        switch (format) {
            case JSON: JsonOut.object(out, select(row)); break;
            case CSV: CsvOut.records(out, List.of(row), new ArrayList<>(row.keySet())); break;
            default:
                if (!quiet) text.record(out, row);
                break;
        }
        out.flush();
    }

    /** A human sentence on stdout (text mode only, not with --quiet). */
    public void say(String line) {
        if (format == Format.TEXT && !quiet) {
            out.println(line);
            out.flush();
        }
    }

    /** A note for a person at a terminal, on stderr; nothing in pipes and cron. */
    public void note(String line) {
        if (terminal && !quiet) {
            err.println(line);
            err.flush();
        }
    }

    private void empty() {
        note("(nothing)");
    }

    private Map<String, Object> select(Map<String, Object> row) {
        if (fields.isEmpty()) return row;
        Map<String, Object> m = new LinkedHashMap<>();
        for (String f : fields) {
            if (row.containsKey(f)) m.put(f, row.get(f));
        }
        return m;
    }
}
