package tix.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tix.app.TicketArchive;
import tix.domain.Event;
import tix.domain.Message;
import tix.domain.Ticket;

/**
 * `tix export`: the archive as CSV (RFC 4180, CRLF, header row; messages and events as JSON arrays in their cells)
 * or as one JSON array with the same fields. What it writes, `tix import` reads back.
 */
public final class ExportOut {
    private static final ObjectMapper COMPACT = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ExportOut() {
        throw new AssertionError();
    }

    /**
     * Opens a streaming writer: {@link Sink#write} one record at a time, then {@link Sink#finish}. Nothing is kept
     * but the current row, so an export of any size runs in constant memory.
     */
    public static Sink open(Writer out, boolean json) {
        return json ? new JsonSink(out) : new CsvSink(out);
    }

    /** Writes records as they come. Failures to write are {@link UncheckedIOException}. */
    public interface Sink {
        void write(TicketArchive.Record r);

        /** Ends the document (the JSON array's bracket) and flushes. */
        void finish();
    }

    private static final class CsvSink implements Sink {
        private final Writer out;
        private final List<String> cells = new ArrayList<>(TicketArchive.COLUMNS.size());
        /** Made (and the header written) with the first record or at the end: a refused export prints nothing. */
        private CSVPrinter printer;

        CsvSink(Writer out) {
            this.out = out;
        }

        private CSVPrinter printer() throws IOException {
            if (printer == null) {
                CSVFormat format = CSVFormat.RFC4180.builder().setHeader(TicketArchive.COLUMNS.toArray(new String[0])).get();
                printer = new CSVPrinter(out, format);
            }
            return printer;
        }

        @Override
        public void write(TicketArchive.Record r) {
            try {
                Map<String, Object> m = row(r);
                cells.clear();
                for (String c : TicketArchive.COLUMNS) cells.add(cell(c, m.get(c)));
                printer().printRecord(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish() {
            try {
                printer().flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class JsonSink implements Sink {
        private final Writer out;
        private boolean first = true;

        JsonSink(Writer out) {
            this.out = out;
        }

        @Override
        public void write(TicketArchive.Record r) {
            try {
                out.write(first ? "[\n" : ",\n");
                first = false;
                PRETTY.writeValue(out, row(r));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish() {
            try {
                out.write(first ? "[ ]\n" : "\n]\n");
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String cell(String column, Object v) throws JsonProcessingException {
        if (v == null) return "";
        if (column.equals("tags")) return String.join(";", castList(v));
        if (v instanceof List<?>) return COMPACT.writeValueAsString(v);
        return String.valueOf(v);
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object v) {
        return (List<String>) v;
    }

    /** The fields of {@link TicketArchive#COLUMNS} in order, with native JSON types. */
    static Map<String, Object> row(TicketArchive.Record r) {
        Ticket t = r.ticket();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("title", t.title());
        m.put("status", t.status().wire());
        m.put("priority", t.priority());
        m.put("channel", t.channel().wire());
        m.put("queue", t.queue());
        m.put("tier", t.tier());
        m.put("team", t.team());
        m.put("assignee", t.assignee());
        m.put("sticky", t.sticky());
        m.put("requester", r.requester().email());
        m.put("requester_name", r.requester().name());
        m.put("account", r.requester().account());
        m.put("tags", t.tags());
        m.put("due_at", Views.time(t.dueAt()));
        m.put("status_until", Views.time(t.statusUntil()));
        m.put("sla", t.slaColour());
        m.put("created_at", Views.time(t.createdAt()));
        m.put("updated_at", Views.time(t.updatedAt()));
        m.put("version", t.version());
        m.put("split_from", t.splitFrom());
        m.put("merged_into", t.mergedInto());
        m.put("follow_up_of", t.followUpOf());
        m.put("known_issue", t.knownIssue());
        m.put("status_changed_at", Views.time(t.statusChangedAt()));
        m.put("tier_entered_at", Views.time(t.tierEnteredAt()));
        m.put("last_reply_at", Views.time(t.lastReplyAt()));
        m.put("last_customer_at", Views.time(t.lastCustomerAt()));
        m.put("requester_undeliverable", r.requester().undeliverable());
        List<Object> messages = new ArrayList<>();
        for (Message msg : r.messages()) {
            Map<String, Object> x = Views.message(msg);
            x.put("message_id", msg.messageId());
            messages.add(x);
        }
        m.put("messages", messages);
        List<Object> events = new ArrayList<>();
        for (Event e : r.events()) {
            Map<String, Object> x = Views.event(e);
            x.remove("ticket_id");
            events.add(x);
        }
        m.put("events", events);
        return m;
    }
}
