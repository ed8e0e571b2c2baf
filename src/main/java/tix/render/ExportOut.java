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
     * The CSV, written by hand into one char buffer: each cell quoted exactly as Commons CSV's RFC 4180 format
     * (QuoteMode.MINIMAL) quotes it, and the JSON cells written as Jackson writes them, escaped for JSON and doubled for
     * CSV in one pass (ExportCsvTest holds both to the libraries on random text). Printing through the libraries, a
     * cell at a time, then quoting the JSON again was two thirds of an export's time.
     */
    private static final class CsvSink implements Sink {
        private static final char[] HEX = "0123456789ABCDEF".toCharArray();
        private final Writer out;
        private char[] buf = new char[1 << 16];
        private int len;
        /** A string's chars, copied out once to be scanned and escaped. */
        private char[] chars = new char[1024];
        /** The next cell is the first of its record (no comma before it; empty, it is quoted). */
        private boolean first = true;
        /** The header is written with the first record or at the end: a refused export prints nothing. */
        private boolean started;

        CsvSink(Writer out) {
            this.out = out;
        }

        private void header() {
            if (started) return;
            started = true;
            for (String c : TicketArchive.COLUMNS) cell(c);
            endRecord();
        }

        @Override
        public void write(TicketArchive.Record r) {
            header();
            Ticket t = r.ticket();
            number(t.id());
            cell(t.title());
            cell(t.status().wire());
            number(t.priority());
            cell(t.channel().wire());
            cell(t.queue());
            cell(t.tier());
            cell(text(t.team()));
            cell(text(t.assignee()));
            cell(String.valueOf(t.sticky()));
            cell(r.requester().email());
            cell(text(r.requester().name()));
            cell(text(r.requester().account()));
            cell(String.join(";", t.tags()));
            time(t.dueAt());
            time(t.statusUntil());
            cell(text(t.slaColour()));
            time(t.createdAt());
            time(t.updatedAt());
            number(t.version());
            number(t.splitFrom());
            number(t.mergedInto());
            number(t.followUpOf());
            number(t.knownIssue());
            time(t.statusChangedAt());
            time(t.tierEnteredAt());
            time(t.lastReplyAt());
            time(t.lastCustomerAt());
            cell(String.valueOf(r.requester().undeliverable()));
            messages(r.messages());
            events(r.events());
            fields(t.fields());
            cell(text(r.toAddress()));
            sides(r.sides());
            endRecord();
        }

        private void endRecord() {
            room(2);
            buf[len++] = '\r';
            buf[len++] = '\n';
            first = true;
            if (len >= 1 << 15) drain();
        }

        private void drain() {
            try {
                out.write(buf, 0, len);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            len = 0;
        }

        private void room(int n) {
            if (len + n > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }

        private void separator() {
            if (first) {
                first = false;
            } else {
                room(1);
                buf[len++] = ',';
            }
        }

        /** Copies {@code v} into {@link #chars}; returns its length. */
        private int load(String v) {
            int n = v.length();
            if (n > chars.length) chars = new char[Math.max(n, chars.length * 2)];
            v.getChars(0, n, chars, 0);
            return n;
        }

        /** A text cell, quoted when Commons CSV's QuoteMode.MINIMAL would quote it. */
        void cell(String v) {
            boolean empty = v.isEmpty();
            boolean newRecord = first;
            separator();
            if (empty) {
                if (newRecord) {
                    room(2);
                    buf[len++] = '"';
                    buf[len++] = '"';
                }
                return;
            }
            int n = load(v);
            char[] c = chars;
            boolean quote = c[0] <= '#' || c[n - 1] <= ' ';
            if (!quote) {
                for (int i = 0; i < n; i++) {
                    char ch = c[i];
                    if (ch == '"' || ch == ',' || ch == '\n' || ch == '\r') {
                        quote = true;
                        break;
                    }
                }
            }
            if (!quote) {
                room(n);
                System.arraycopy(c, 0, buf, len, n);
                len += n;
                return;
            }
            room(2 * n + 2);
            char[] b = buf;
            int at = len;
            b[at++] = '"';
            for (int i = 0; i < n; i++) {
                char ch = c[i];
                b[at++] = ch;
                if (ch == '"') b[at++] = '"';
            }
            b[at++] = '"';
            len = at;
        }

        private void number(long v) {
            separator();
            raw(Long.toString(v));
        }

        private void number(Long v) {
            if (v == null) cell("");
            else number(v.longValue());
        }

        private void time(java.time.Instant v) {
            if (v == null) cell("");
            else cell(iso(v));
        }

        /** Appends {@code v} as it is (nothing in it needs quoting or escaping). */
        private void raw(String v) {
            int n = v.length();
            room(n);
            v.getChars(0, n, buf, len);
            len += n;
        }

        /** Opens a JSON cell that holds quotes (so is quoted): its quotes are doubled until {@link #closeJson}. */
        private void openJson(char bracket) {
            separator();
            room(2);
            buf[len++] = '"';
            buf[len++] = bracket;
        }

        private void closeJson(char bracket) {
            room(2);
            buf[len++] = bracket;
            buf[len++] = '"';
        }

        /** "name": inside a JSON cell ({@code comma}: one goes before it), quotes doubled for CSV. */
        private void name(String name, boolean comma) {
            int n = name.length();
            room(n + 6);
            if (comma) buf[len++] = ',';
            buf[len++] = '"';
            buf[len++] = '"';
            name.getChars(0, n, buf, len);
            len += n;
            buf[len++] = '"';
            buf[len++] = '"';
            buf[len++] = ':';
        }

        /**
         * A JSON string (or null) as Jackson's default generator writes it: quote, backslash and control characters
         * escaped (\b \t \n \f \r, else \\u00XX), nothing else; then every quote doubled for the CSV cell.
         */
        private void string(String v) {
            if (v == null) {
                raw("null");
                return;
            }
            int n = load(v);
            char[] c = chars;
            room(6 * n + 4);
            char[] b = buf;
            int at = len;
            b[at++] = '"';
            b[at++] = '"';
            for (int i = 0; i < n; i++) {
                char ch = c[i];
                if (ch >= ' ' && ch != '"' && ch != '\\') {
                    b[at++] = ch;
                } else if (ch == '"') {
                    b[at++] = '\\';
                    b[at++] = '"';
                    b[at++] = '"';
                } else if (ch == '\\') {
                    b[at++] = '\\';
                    b[at++] = '\\';
                } else {
                    b[at++] = '\\';
                    switch (ch) {
                        case '\b' -> b[at++] = 'b';
                        case '\t' -> b[at++] = 't';
                        case '\n' -> b[at++] = 'n';
                        case '\f' -> b[at++] = 'f';
                        case '\r' -> b[at++] = 'r';
                        default -> {
                            b[at++] = 'u';
                            b[at++] = '0';
                            b[at++] = '0';
                            b[at++] = HEX[ch >> 4];
                            b[at++] = HEX[ch & 0xF];
                        }
                    }
                }
            }
            b[at++] = '"';
            b[at++] = '"';
            len = at;
        }

        private void stringField(String name, String v, boolean comma) {
            name(name, comma);
            string(v);
        }

        private void numberField(String name, long v, boolean comma) {
            name(name, comma);
            raw(Long.toString(v));
        }

        /** A message's To or Cc, written only when it has any (older exports stay as they were). */
        private void addresses(String field, List<String> list) {
            if (list.isEmpty()) return;
            name(field, true);
            room(1);
            buf[len++] = '[';
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) raw(",");
                string(list.get(i));
            }
            raw("]");
        }

        /** The messages cell: what Jackson writes for the list of {@link Views#message} maps plus message_id. */
        private void messages(List<Message> messages) {
            if (messages.isEmpty()) {
                cell("[]");
                return;
            }
            openJson('[');
            boolean comma = false;
            for (Message m : messages) {
                if (comma) raw(",");
                comma = true;
                raw("{");
                numberField("id", m.id(), false);
                stringField("kind", m.kind().wire(), true);
                stringField("author", m.author(), true);
                stringField("body", m.body(), true);
                stringField("created_at", m.createdAt() == null ? null : iso(m.createdAt()), true);
                stringField("message_id", m.messageId(), true);
                addresses("to", m.to());
                addresses("cc", m.cc());
                if (m.sideId() != null) numberField("side", m.sideId(), true);
                raw("}");
            }
            closeJson(']');
        }

        /** The events cell: what Jackson writes for the list of {@link Views#event} maps without ticket_id. */
        private void events(List<Event> events) {
            if (events.isEmpty()) {
                cell("[]");
                return;
            }
            openJson('[');
            boolean comma = false;
            for (Event e : events) {
                if (comma) raw(",");
                comma = true;
                raw("{");
                numberField("id", e.id(), false);
                stringField("at", e.at() == null ? null : iso(e.at()), true);
                stringField("actor", e.actor(), true);
                stringField("action", e.action(), true);
                stringField("field", e.field(), true);
                stringField("old", e.oldValue(), true);
                stringField("new", e.newValue(), true);
                raw("}");
            }
            closeJson(']');
        }

        /** The custom fields cell: the name -> value object. */
        private void fields(Map<String, String> fields) {
            if (fields.isEmpty()) {
                cell("{}");
                return;
            }
            openJson('{');
            boolean comma = false;
            for (var e : fields.entrySet()) {
                room(1);
                if (comma) buf[len++] = ',';
                comma = true;
                string(e.getKey());
                raw(":");
                string(e.getValue());
            }
            closeJson('}');
        }

        /** The side conversations cell (rare): what Jackson writes for the list of {@link #side} maps. */
        private void sides(List<Conversations.Side> sides) {
            if (sides.isEmpty()) {
                cell("[]");
                return;
            }
            try {
                cell(COMPACT.writeValueAsString(sides.stream().map(ExportOut::side).toList()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String text(String v) {
            return v == null ? "" : v;
        }

        @Override
        public void finish() {
            header();
            drain();
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One record's cells as the CSV sink writes them (for ExportCsvTest): texts, then one JSON string cell. */
    static String csvRecord(List<String> cells, String json) {
        java.io.StringWriter w = new java.io.StringWriter();
        CsvSink sink = new CsvSink(w);
        sink.started = true;
        for (String c : cells) sink.cell(c);
        sink.openJson('[');
        sink.string(json);
        sink.closeJson(']');
        sink.endRecord();
        sink.drain();
        return w.toString();
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
