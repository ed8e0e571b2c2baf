package tix.render;

import com.fasterxml.jackson.core.JsonGenerator;
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
import tix.app.Conversations;
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
        /** RFC 4180 without a header of its own: each row is printed into {@link #row}, then written at once. */
        private static final CSVFormat FORMAT = CSVFormat.RFC4180;
        private final Writer out;
        private final List<String> cells = new ArrayList<>(TicketArchive.COLUMNS.size());
        /**
         * One row, printed by Commons CSV into memory and handed to the writer whole: printed straight to a writer,
         * every quote doubled inside a JSON cell was a call on it (half the export's time went there).
         */
        private final StringBuilder row = new StringBuilder(8192);
        /** The header is written with the first record or at the end: a refused export prints nothing. */
        private boolean started;

        CsvSink(Writer out) {
            this.out = out;
        }

        private void print(List<String> values) throws IOException {
            row.setLength(0);
            if (!started) {
                started = true;
                FORMAT.printRecord(row, TicketArchive.COLUMNS.toArray());
            }
            if (values != null) FORMAT.printRecord(row, values.toArray());
            out.write(row.toString());
        }

        @Override
        public void write(TicketArchive.Record r) {
            try {
                // the cells of row(r) in COLUMNS order, without the map: an export of a million tickets spends its
                // time here (ExportImportTest checks the bytes are those of the JSON export's fields)
                Ticket t = r.ticket();
                cells.clear();
                cells.add(String.valueOf(t.id()));
                cells.add(t.title());
                cells.add(t.status().wire());
                cells.add(String.valueOf(t.priority()));
                cells.add(t.channel().wire());
                cells.add(t.queue());
                cells.add(t.tier());
                cells.add(text(t.team()));
                cells.add(text(t.assignee()));
                cells.add(String.valueOf(t.sticky()));
                cells.add(r.requester().email());
                cells.add(text(r.requester().name()));
                cells.add(text(r.requester().account()));
                cells.add(String.join(";", t.tags()));
                cells.add(time(t.dueAt()));
                cells.add(time(t.statusUntil()));
                cells.add(text(t.slaColour()));
                cells.add(time(t.createdAt()));
                cells.add(time(t.updatedAt()));
                cells.add(String.valueOf(t.version()));
                cells.add(number(t.splitFrom()));
                cells.add(number(t.mergedInto()));
                cells.add(number(t.followUpOf()));
                cells.add(number(t.knownIssue()));
                cells.add(time(t.statusChangedAt()));
                cells.add(time(t.tierEnteredAt()));
                cells.add(time(t.lastReplyAt()));
                cells.add(time(t.lastCustomerAt()));
                cells.add(String.valueOf(r.requester().undeliverable()));
                cells.add(messages(r.messages()));
                cells.add(events(r.events()));
                cells.add(fields(t.fields()));
                cells.add(text(r.toAddress()));
                cells.add(sides(r.sides()));
                print(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private final StringBuilder json = new StringBuilder(4096);
        private final Writer jsonOut = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                json.append(cbuf, off, len);
            }

            @Override
            public void write(String str, int off, int len) {
                json.append(str, off, off + len);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        /** A message's To or Cc, written only when it has any (older exports stay as they were). */
        private static void addresses(JsonGenerator g, String field, List<String> list) throws IOException {
            if (list.isEmpty()) return;
            g.writeArrayFieldStart(field);
            for (String a : list) g.writeString(a);
            g.writeEndArray();
        }

        /** The messages cell: what COMPACT writes for the list of {@link Views#message} maps plus message_id. */
        private String messages(List<Message> messages) throws IOException {
            json.setLength(0);
            try (JsonGenerator g = COMPACT.getFactory().createGenerator(jsonOut)) {
                g.writeStartArray();
                for (Message m : messages) {
                    g.writeStartObject();
                    g.writeNumberField("id", m.id());
                    g.writeStringField("kind", m.kind().wire());
                    g.writeStringField("author", m.author());
                    g.writeStringField("body", m.body());
                    g.writeStringField("created_at", m.createdAt() == null ? null : iso(m.createdAt()));
                    g.writeStringField("message_id", m.messageId());
                    addresses(g, "to", m.to());
                    addresses(g, "cc", m.cc());
                    if (m.sideId() != null) g.writeNumberField("side", m.sideId());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            return json.toString();
        }

        /** The side conversations cell: what COMPACT writes for the list of {@link #side} maps. */
        private String sides(List<Conversations.Side> sides) throws IOException {
            json.setLength(0);
            COMPACT.writeValue(jsonOut, sides.stream().map(ExportOut::side).toList());
            return json.toString();
        }

        /** The custom fields cell: what COMPACT writes for the name -> value object. */
        private String fields(Map<String, String> fields) throws IOException {
            json.setLength(0);
            try (JsonGenerator g = COMPACT.getFactory().createGenerator(jsonOut)) {
                g.writeStartObject();
                for (var e : fields.entrySet()) g.writeStringField(e.getKey(), e.getValue());
                g.writeEndObject();
            }
            return json.toString();
        }

        /** The events cell: what COMPACT writes for the list of {@link Views#event} maps without ticket_id. */
        private String events(List<Event> events) throws IOException {
            json.setLength(0);
            try (JsonGenerator g = COMPACT.getFactory().createGenerator(jsonOut)) {
                g.writeStartArray();
                for (Event e : events) {
                    g.writeStartObject();
                    g.writeNumberField("id", e.id());
                    g.writeStringField("at", e.at() == null ? null : iso(e.at()));
                    g.writeStringField("actor", e.actor());
                    g.writeStringField("action", e.action());
                    g.writeStringField("field", e.field());
                    g.writeStringField("old", e.oldValue());
                    g.writeStringField("new", e.newValue());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            return json.toString();
        }

        private static String text(String v) {
            return v == null ? "" : v;
        }

        private static String number(Long v) {
            return v == null ? "" : v.toString();
        }

        private static String time(java.time.Instant v) {
            return v == null ? "" : iso(v);
        }

        @Override
        public void finish() {
            try {
                if (!started) print(null);
                out.flush();
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

    /**
     * {@link java.time.Instant#toString} (what {@link Views#time} writes) for the years 0-9999, without the formatter:
     * an export of a million tickets writes some twenty million instants.
     */
    static String iso(java.time.Instant t) {
        long secs = t.getEpochSecond();
        int nanos = t.getNano();
        long days = Math.floorDiv(secs, 86_400L);
        int sod = (int) Math.floorMod(secs, 86_400L);
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay(days);
        int y = d.getYear();
        if (y < 0 || y > 9999) return t.toString();
        char[] c = new char[30];
        int i = 0;
        i = two(c, two(c, i, y / 100), y % 100);
        c[i++] = '-';
        i = two(c, i, d.getMonthValue());
        c[i++] = '-';
        i = two(c, i, d.getDayOfMonth());
        c[i++] = 'T';
        i = two(c, i, sod / 3600);
        c[i++] = ':';
        i = two(c, i, sod / 60 % 60);
        c[i++] = ':';
        i = two(c, i, sod % 60);
        if (nanos > 0) {
            c[i++] = '.';
            int digits = nanos % 1_000_000 == 0 ? 3 : nanos % 1000 == 0 ? 6 : 9;
            int v = digits == 3 ? nanos / 1_000_000 : digits == 6 ? nanos / 1000 : nanos;
            for (int k = digits - 1; k >= 0; k--) {
                c[i + k] = (char) ('0' + v % 10);
                v /= 10;
            }
            i += digits;
        }
        c[i++] = 'Z';
        return new String(c, 0, i);
    }

    private static int two(char[] c, int i, int v) {
        c[i] = (char) ('0' + v / 10);
        c[i + 1] = (char) ('0' + v % 10);
        return i + 2;
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
            if (!msg.to().isEmpty()) x.put("to", msg.to());
            if (!msg.cc().isEmpty()) x.put("cc", msg.cc());
            if (msg.sideId() != null) x.put("side", msg.sideId());
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
        m.put("fields", t.fields());
        m.put("to_address", r.toAddress());
        m.put("sides", r.sides().stream().map(ExportOut::side).toList());
        return m;
    }

    /** A side conversation as export writes it (its messages are the ticket's, marked with "side": id). */
    static Map<String, Object> side(Conversations.Side sd) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", sd.id());
        m.put("partner", sd.partner());
        m.put("cc", sd.cc());
        m.put("subject", sd.subject());
        m.put("reference", sd.reference());
        m.put("partner_ticket", sd.partnerTicket());
        m.put("created_by", sd.createdBy());
        m.put("created_at", Views.time(sd.createdAt()));
        m.put("updated_at", Views.time(sd.updatedAt()));
        return m;
    }
}
