package tix.render;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tix.app.TicketDetail;

/** CSV through Commons CSV: RFC 4180, CRLF, a header row even when there are no rows. */
final class CsvOut {
    /** The ticket columns of `--csv` and `export --format csv`; `import` reads the same. */
    static final List<String> TICKET_COLUMNS = List.of("id", "title", "status", "priority", "channel", "queue", "tier",
            "team", "assignee", "sticky", "requester", "requester_name", "account", "tags", "due_at", "status_until",
            "sla", "created_at", "updated_at", "version", "split_from", "merged_into", "follow_up_of", "known_issue");

    private CsvOut() {
        throw new AssertionError();
    }

    static void tickets(PrintWriter out, List<TicketDetail> list) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TicketDetail d : list) {
            Map<String, Object> m = Views.ticket(d, false);
            m.put("requester", d.requester().email());
            m.put("requester_name", d.requester().name());
            m.put("account", d.requester().account());
            m.put("sla", d.ticket().slaColour());
            rows.add(m);
        }
        records(out, rows, TICKET_COLUMNS);
    }

    static void records(PrintWriter out, List<Map<String, Object>> rows, List<String> columns) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns.toArray(new String[0])).get();
        try {
            CSVPrinter printer = new CSVPrinter(out, format);
            for (Map<String, Object> r : rows) {
                List<String> values = new ArrayList<>(columns.size());
                for (String c : columns) values.add(cell(r.get(c)));
                printer.printRecord(values);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof Collection<?>) {
            List<String> parts = new ArrayList<>();
            for (Object o : (Collection<?>) v) parts.add(String.valueOf(o));
            return String.join(";", parts);
        }
        return String.valueOf(v);
    }
}
