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

    /**
     * The CSV, printed by Commons CSV a cell at a time into one buffer that goes to the writer in large blocks; the
     * JSON cells written by one Jackson generator kept for the whole export, into a reused buffer that Commons CSV then
     * quotes. No row, cell list or JSON string is made per record.
     */
    private static final class CsvSink implements Sink {
        private static final CSVFormat FORMAT = CSVFormat.RFC4180;
        /** Records are printed here and handed to the writer when it holds this many chars. */
        private static final int BLOCK = 1 << 16;
        private final Writer out;
        private final StringBuilder buf = new StringBuilder(BLOCK + 8192);
        private char[] chunk = new char[BLOCK + 8192];
        /** One JSON cell, written by {@link #json}. */
        private final StringBuilder cell = new StringBuilder(4096);
        private final JsonGenerator json;
        /** The next cell is the first of its record. */
        private boolean first = true;
        /** The header is written with the first record or at the end: a refused export prints nothing. */
        private boolean started;

        CsvSink(Writer out) {
            this.out = out;
            try {
                json = COMPACT.getFactory().createGenerator(new Writer() {
                    @Override
                    public void write(char[] c, int off, int len) {
                        cell.append(c, off, len);
                    }

                    @Override
                    public void write(String s, int off, int len) {
                        cell.append(s, off, off + len);
                    }

                    @Override
                    public void flush() {
                    }

                    @Override
                    public void close() {
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // one generator writes every JSON cell as a root value of its own: nothing between them
            json.setRootValueSeparator(null);
        }

        private void header() throws IOException {
            if (started) return;
            started = true;
            for (String c : TicketArchive.COLUMNS) cell(c);
            endRecord();
        }

        @Override
        public void write(TicketArchive.Record r) {
            try {
                header();
                Ticket t = r.ticket();
                cell(Long.toString(t.id()));
                cell(t.title());
                cell(t.status().wire());
                cell(Integer.toString(t.priority()));
                cell(t.channel().wire());
                cell(t.queue());
                cell(t.tier());
                cell(t.team());
                cell(t.assignee());
                cell(t.sticky() ? "true" : "false");
                cell(r.requester().email());
                cell(r.requester().name());
                cell(r.requester().account());
                cell(String.join(";", t.tags()));
                time(t.dueAt());
                time(t.statusUntil());
                cell(t.slaColour());
                time(t.createdAt());
                time(t.updatedAt());
                cell(Long.toString(t.version()));
                number(t.splitFrom());
                number(t.mergedInto());
                number(t.followUpOf());
                number(t.knownIssue());
                time(t.statusChangedAt());
                time(t.tierEnteredAt());
                time(t.lastReplyAt());
                time(t.lastCustomerAt());
                cell(r.requester().undeliverable() ? "true" : "false");
                messages(r.messages());
                events(r.events());
                fields(t.fields());
                cell(r.toAddress());
                sides(r.sides());
                endRecord();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A cell as Commons CSV prints it (null = empty). */
        private void cell(CharSequence v) throws IOException {
            FORMAT.print(v == null ? "" : v, buf, first);
            first = false;
        }

        private void number(Long v) throws IOException {
            cell(v == null ? null : v.toString());
        }

        private void time(java.time.Instant v) throws IOException {
            cell(v == null ? null : iso(v));
        }

        private void endRecord() throws IOException {
            FORMAT.println(buf);
            first = true;
            if (buf.length() >= BLOCK) drain();
        }

        private void drain() throws IOException {
            int n = buf.length();
            if (n > chunk.length) chunk = new char[n];
            buf.getChars(0, n, chunk, 0);
            out.write(chunk, 0, n);
            buf.setLength(0);
        }

        /** Ends the JSON value the generator is writing and prints it as one cell. */
        private void jsonCell() throws IOException {
            json.flush();
            cell(cell);
            cell.setLength(0);
        }

        /** A message's To or Cc, written only when it has any (older exports stay as they were). */
        private void addresses(String field, List<String> list) throws IOException {
            if (list.isEmpty()) return;
            json.writeArrayFieldStart(field);
            for (String a : list) json.writeString(a);
            json.writeEndArray();
        }

        /** The messages cell: what COMPACT writes for the list of {@link Views#message} maps plus message_id. */
        private void messages(List<Message> messages) throws IOException {
            JsonGenerator g = json;
            g.writeStartArray();
            for (Message m : messages) {
                g.writeStartObject();
                g.writeNumberField("id", m.id());
                g.writeStringField("kind", m.kind().wire());
                g.writeStringField("author", m.author());
                g.writeStringField("body", m.body());
                g.writeStringField("created_at", m.createdAt() == null ? null : iso(m.createdAt()));
                g.writeStringField("message_id", m.messageId());
                addresses("to", m.to());
                addresses("cc", m.cc());
                if (m.sideId() != null) g.writeNumberField("side", m.sideId());
                g.writeEndObject();
            }
            g.writeEndArray();
            jsonCell();
        }

        /** The events cell: what COMPACT writes for the list of {@link Views#event} maps without ticket_id. */
        private void events(List<Event> events) throws IOException {
            JsonGenerator g = json;
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
            jsonCell();
        }

        /** The custom fields cell: what COMPACT writes for the name -> value object. */
        private void fields(Map<String, String> fields) throws IOException {
            json.writeStartObject();
            for (var e : fields.entrySet()) json.writeStringField(e.getKey(), e.getValue());
            json.writeEndObject();
            jsonCell();
        }

        /** The side conversations cell: what COMPACT writes for the list of {@link #side} maps. */
        private void sides(List<Conversations.Side> sides) throws IOException {
            COMPACT.writeValue(json, sides.stream().map(ExportOut::side).toList());
            jsonCell();
        }

        @Override
        public void finish() {
            try {
                header();
                drain();
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
