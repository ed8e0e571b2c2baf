package tix.csv;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tix.app.Conversations;
import tix.app.TicketArchive;
import tix.domain.Channel;
import tix.domain.Contact;
import tix.domain.DomainException;
import tix.domain.Event;
import tix.domain.Message;
import tix.domain.MessageKind;
import tix.domain.Names;
import tix.domain.Priority;
import tix.domain.Status;
import tix.domain.Tags;
import tix.domain.Ticket;

/**
 * Reads what `export` writes: the CSV (RFC 4180, header row, {@link TicketArchive#COLUMNS}; messages and events are
 * JSON arrays in their cells) or the JSON array. Every value is checked; the first bad one is refused with its row
 * (exit 7) before anything is written.
 */
public final class TicketArchiveReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REQUIRED = List.of("id", "title", "status", "priority", "channel", "queue", "tier",
            "requester", "created_at", "updated_at", "version");

    private TicketArchiveReader() {
        throw new AssertionError();
    }

    /**
     * The archive in {@code file} ('-' = {@code stdin}), read one ticket at a time when opened: CSV or JSON, told
     * apart by the first character that is not white space. A missing or unreadable file is a usage error (exit 2)
     * here, before anything is opened for writing.
     */
    public static TicketArchive.Source source(Path file, InputStream stdin) {
        String source = file.toString();
        boolean std = source.equals("-");
        if (!std) {
            if (!Files.exists(file)) throw DomainException.usage("no such file: " + file, "check the path");
            if (Files.isDirectory(file) || !Files.isReadable(file)) {
                throw DomainException.usage("cannot read " + file, Files.isDirectory(file) ? "it is a directory" : "check its permissions");
            }
        }
        return new TicketArchive.Source() {
            private boolean opened;

            @Override
            public String name() {
                return source;
            }

            @Override
            public boolean rereadable() {
                return !std;
            }

            @Override
            public TicketArchive.Cursor open() {
                if (std && opened) throw new IllegalStateException("standard input is read once");
                opened = true;
                InputStream in;
                try {
                    in = std ? stdin : Files.newInputStream(file);
                } catch (NoSuchFileException e) {
                    throw DomainException.usage("no such file: " + file, "check the path");
                } catch (IOException e) {
                    throw DomainException.usage("cannot read " + file, String.valueOf(e.getMessage()));
                }
                return cursor(source, in);
            }
        };
    }

    /** Strict UTF-8 (bad bytes are exit 7, never replaced), a byte order mark skipped. */
    private static TicketArchive.Cursor cursor(String source, InputStream in) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        int first;
        try {
            while (true) {
                reader.mark(1);
                first = reader.read();
                if (first == -1 || (first != '\uFEFF' && !Character.isWhitespace(first))) break;
            }
            if (first != -1) reader.reset();
        } catch (IOException e) {
            close(reader);
            throw unreadable(source, e, "CSV or JSON");
        }
        try {
            return first == '[' ? new JsonCursor(source, reader) : new CsvCursor(source, reader);
        } catch (RuntimeException e) {
            close(reader);
            throw e;
        }
    }

    private static DomainException unreadable(String source, Exception e, String hint) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof CharacterCodingException) {
                return DomainException.invalidData(source + " is not valid UTF-8", "convert it, e.g. iconv -t UTF-8");
            }
        }
        if (e instanceof UncheckedIOException || e instanceof IOException) {
            return DomainException.invalidData("cannot read " + source + ": " + oneLine(e.getMessage()), hint);
        }
        return DomainException.invalidData(source + " is not valid " + hint + ": " + oneLine(e.getMessage()), hint);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static void close(Reader r) {
        try {
            r.close();
        } catch (IOException ignored) {
            // reading is over either way
        }
    }

    /** CSV rows as JSON objects: plain cells become strings (empty = null), the JSON cells are parsed. */
    private static final class CsvCursor implements TicketArchive.Cursor {
        private final String source;
        private final Reader reader;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final List<String> header;

        CsvCursor(String source, Reader reader) {
            this.source = source;
            this.reader = reader;
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setAllowMissingColumnNames(false).setIgnoreEmptyLines(true).get();
            try {
                parser = CSVParser.parse(reader, format);
                header = parser.getHeaderNames();
                records = parser.iterator();
            } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException | IOException e) {
                throw unreadable(source, e, "CSV");
            }
            if (header.isEmpty()) throw DomainException.invalidData(source + " is empty", "a header row is required");
            for (String c : REQUIRED) {
                if (!header.contains(c)) {
                    throw DomainException.invalidData(source + ": no column '" + c + "' in the header",
                            "columns: " + String.join(",", TicketArchive.COLUMNS));
                }
            }
            for (String c : header) {
                if (!TicketArchive.COLUMNS.contains(c)) {
                    throw DomainException.invalidData(source + ": unknown column '" + c + "'",
                            "columns: " + String.join(",", TicketArchive.COLUMNS));
                }
            }
        }

        @Override
        public boolean hasNext() {
            try {
                return records.hasNext();
            } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
                throw unreadable(source, e, "CSV");
            }
        }

        @Override
        public TicketArchive.Record next() {
            CSVRecord r;
            try {
                r = records.next();
            } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
                throw unreadable(source, e, "CSV");
            }
            long row = r.getRecordNumber() + 1;
            if (r.size() != header.size()) {
                throw DomainException.invalidData(source + " row " + row + ": " + r.size() + " cells, " + header.size()
                        + " expected", "one cell per header column; quote cells holding commas");
            }
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < header.size(); i++) {
                String k = header.get(i);
                String v = r.get(i);
                if (v.isEmpty()) {
                    o.putNull(k);
                } else if (k.equals("messages") || k.equals("events") || k.equals("fields") || k.equals("sides")) {
                    try {
                        o.set(k, JSON.readTree(v));
                    } catch (JsonProcessingException ex) {
                        throw DomainException.invalidData(source + " row " + row + ": the " + k + " cell is not JSON",
                                k.equals("fields") ? "a JSON object as export writes it" : "a JSON array as export writes it");
                    }
                } else if (k.equals("tags")) {
                    ArrayNode tags = o.putArray(k);
                    for (String t : v.split(";")) if (!t.isBlank()) tags.add(t);
                } else {
                    o.put(k, v);
                }
            }
            return record(source + " row " + row + ": ", row, o);
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException ignored) {
                // reading is over either way
            }
            TicketArchiveReader.close(reader);
        }
    }

    /** The JSON array, one object at a time. */
    private static final class JsonCursor implements TicketArchive.Cursor {
        private final String source;
        private final Reader reader;
        private final JsonParser parser;
        private int item;
        private JsonToken next;

        JsonCursor(String source, Reader reader) {
            this.source = source;
            this.reader = reader;
            try {
                parser = JSON.getFactory().createParser(reader);
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw DomainException.invalidData(source + " is not a JSON array", "an array of tickets");
                }
            } catch (IOException e) {
                throw bad(e);
            }
        }

        private DomainException bad(IOException e) {
            if (e instanceof JsonProcessingException) {
                return DomainException.invalidData(source + " is not valid JSON: " + ((JsonProcessingException) e).getOriginalMessage(),
                        "an array as export --format json writes it");
            }
            return unreadable(source, e, "JSON");
        }

        @Override
        public boolean hasNext() {
            try {
                if (next == null) next = parser.nextToken();
                if (next == null) throw DomainException.invalidData(source + " is not valid JSON: the array is not closed", "an array as export --format json writes it");
                if (next == JsonToken.END_ARRAY) {
                    if (parser.nextToken() != null) {
                        throw DomainException.invalidData(source + " is not valid JSON: more after the array", "one array of tickets");
                    }
                    next = JsonToken.NOT_AVAILABLE;
                    return false;
                }
                return next != JsonToken.NOT_AVAILABLE;
            } catch (IOException e) {
                throw bad(e);
            }
        }

        @Override
        public TicketArchive.Record next() {
            if (!hasNext()) throw new java.util.NoSuchElementException();
            item++;
            JsonNode n;
            try {
                n = parser.readValueAsTree();
            } catch (IOException e) {
                throw bad(e);
            }
            next = null;
            if (n == null || !n.isObject()) throw DomainException.invalidData(source + " item " + item + " is not an object", "an array of tickets");
            ObjectNode o = (ObjectNode) n;
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!TicketArchive.COLUMNS.contains(f)) {
                    throw DomainException.invalidData(source + " item " + item + ": unknown field '" + f + "'",
                            "fields: " + String.join(",", TicketArchive.COLUMNS));
                }
            }
            return record(source + " row " + item + ": ", item, o);
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException ignored) {
                // reading is over either way
            }
            TicketArchiveReader.close(reader);
        }
    }

    private static TicketArchive.Record record(String where, long row, ObjectNode o) {
        for (String f : REQUIRED) {
            if (missing(o, f, true)) throw DomainException.invalidData(where + f + " is empty", "every ticket needs " + f);
        }
        long id = positive(where, "id", o);
        String title = text(o, "title");
        if (title.isBlank()) throw DomainException.invalidData(where + "the title is blank", "every ticket needs a title");
        Status status = parse(where, "status", () -> Status.parse(text(o, "status")));
        int priority = parse(where, "priority", () -> Priority.check(Integer.parseInt(text(o, "priority"))));
        Channel channel = parse(where, "channel", () -> Channel.parse(text(o, "channel")));
        String sla = o.hasNonNull("sla") ? text(o, "sla") : "none";
        if (!List.of("green", "yellow", "red", "none").contains(sla)) throw DomainException.invalidData(where + "bad sla '" + sla + "'", "green, yellow, red or none");
        List<String> tags = new ArrayList<>();
        if (o.hasNonNull("tags")) {
            for (JsonNode t : o.get("tags")) tags.add(parse(where, "tag", () -> Tags.check(t.asText())));
            tags = Tags.normalise(tags);
        }
        Instant created = time(where, o, "created_at");
        Ticket t = new Ticket(id, title, status, priority, channel, text(o, "queue"), text(o, "tier"), opt(o, "team"),
                opt(o, "assignee"), !o.hasNonNull("sticky") || bool(where, o, "sticky"), 0, time(where, o, "due_at"),
                time(where, o, "status_until"), created, time(where, o, "updated_at"), positive(where, "version", o),
                orElse(time(where, o, "status_changed_at"), created), orElse(time(where, o, "tier_entered_at"), created),
                time(where, o, "last_reply_at"), time(where, o, "last_customer_at"), link(where, o, "split_from"),
                link(where, o, "merged_into"), link(where, o, "follow_up_of"), link(where, o, "known_issue"), sla, tags,
                fields(where, o));
        String email = text(o, "requester").strip();
        if (!tix.domain.Names.isAddress(email)) throw DomainException.invalidData(where + "bad requester '" + email + "'", "an email address");
        Contact requester = new Contact(0, email, opt(o, "requester_name"), opt(o, "account"),
                o.hasNonNull("requester_undeliverable") && bool(where, o, "requester_undeliverable"));
        List<Conversations.Side> sides = sides(where, o, id);
        List<Message> messages = messages(where, o, id);
        for (Message m : messages) {
            if (m.sideId() != null && sides.stream().noneMatch(sd -> sd.id() == m.sideId())) {
                throw DomainException.invalidData(where + "message " + m.id() + " belongs to side conversation "
                        + m.sideId() + ", which is not in sides", "as export writes it");
            }
        }
        String to = opt(o, "to_address");
        if (to != null) parse(where, "to_address", () -> Names.address(to, "to_address", "support@example.com"));
        return new TicketArchive.Record(row, t, requester, messages, events(where, o, id), to, sides);
    }

    /** The side conversations: {id, partner, cc, subject, reference, partner_ticket, created_by, created_at, updated_at}. */
    private static List<Conversations.Side> sides(String where, ObjectNode o, long ticket) {
        List<Conversations.Side> out = new ArrayList<>();
        JsonNode arr = o.get("sides");
        if (arr == null || arr.isNull()) return out;
        String shape = "{id, partner, cc, subject, reference, partner_ticket, created_by, created_at, updated_at}";
        if (!arr.isArray()) throw DomainException.invalidData(where + "sides is not an array", "a JSON array");
        for (JsonNode n : arr) {
            String w = where + "side conversation " + (out.size() + 1) + ": ";
            if (!n.isObject()) throw DomainException.invalidData(w + "not an object", shape);
            ObjectNode so = (ObjectNode) n;
            for (String f : List.of("id", "partner", "subject", "reference", "created_by", "created_at", "updated_at")) {
                if (missing(so, f, f.endsWith("at"))) throw DomainException.invalidData(w + f + " is missing", shape);
            }
            long id = positive(w, "id", so);
            if (out.stream().anyMatch(sd -> sd.id() == id)) throw DomainException.invalidData(w + "id " + id + " twice", "ids are unique");
            String partner = text(so, "partner");
            parse(w, "partner", () -> Names.address(partner, "partner", "partner@example.com"));
            List<String> cc = addresses(w, so, "cc");
            for (String a : cc) parse(w, "cc", () -> Names.address(a, "cc", "dev@example.com"));
            out.add(new Conversations.Side(id, ticket, partner, cc, text(so, "subject"), text(so, "reference"),
                    opt(so, "partner_ticket"), text(so, "created_by"), time(w, so, "created_at"), time(w, so, "updated_at")));
        }
        return out;
    }

    /** The custom field values: a JSON object of names to text (the import checks them against the desk's fields). */
    private static Map<String, String> fields(String where, ObjectNode o) {
        JsonNode f = o.get("fields");
        if (f == null || f.isNull()) return Map.of();
        if (!f.isObject()) throw DomainException.invalidData(where + "fields is not an object", "{\"name\": \"value\"}");
        Map<String, String> out = new java.util.TreeMap<>();
        var it = f.fields();
        while (it.hasNext()) {
            var e = it.next();
            String name = parse(where, "field name", () -> tix.domain.CustomField.checkName(e.getKey()));
            JsonNode v = e.getValue();
            if (v == null || v.isNull()) continue;
            if (!v.isValueNode()) throw DomainException.invalidData(where + "field " + name + " is not a value", "text, a number or true/false");
            out.put(name, v.asText());
        }
        return out;
    }

    private static List<Message> messages(String where, ObjectNode o, long ticket) {
        List<Message> out = new ArrayList<>();
        JsonNode arr = o.get("messages");
        if (arr == null || arr.isNull()) return out;
        if (!arr.isArray()) throw DomainException.invalidData(where + "messages is not an array", "a JSON array");
        for (JsonNode m : arr) {
            String w = where + "message " + (out.size() + 1) + ": ";
            if (!m.isObject()) throw DomainException.invalidData(w + "not an object", "{id, kind, author, body, created_at, message_id}");
            ObjectNode mo = (ObjectNode) m;
            for (String f : List.of("id", "kind", "author", "body", "created_at")) {
                if (missing(mo, f, f.endsWith("at"))) throw DomainException.invalidData(w + f + " is missing", "{id, kind, author, body, created_at, message_id}");
            }
            MessageKind kind = parse(w, "kind", () -> MessageKind.parse(text(mo, "kind")));
            out.add(new Message(positive(w, "id", mo), ticket, kind, text(mo, "author"), text(mo, "body"),
                    time(w, mo, "created_at"), opt(mo, "message_id"), addresses(w, mo, "to"), addresses(w, mo, "cc"),
                    mo.hasNonNull("side") ? positive(w, "side", mo) : null));
        }
        return out;
    }

    private static List<Event> events(String where, ObjectNode o, long ticket) {
        List<Event> out = new ArrayList<>();
        JsonNode arr = o.get("events");
        if (arr == null || arr.isNull()) return out;
        if (!arr.isArray()) throw DomainException.invalidData(where + "events is not an array", "a JSON array");
        for (JsonNode e : arr) {
            String w = where + "event " + (out.size() + 1) + ": ";
            if (!e.isObject()) throw DomainException.invalidData(w + "not an object", "{id, at, actor, action, field, old, new}");
            ObjectNode eo = (ObjectNode) e;
            for (String f : List.of("id", "at", "actor", "action")) {
                if (missing(eo, f, f.endsWith("at"))) throw DomainException.invalidData(w + f + " is missing", "{id, at, actor, action, field, old, new}");
            }
            out.add(new Event(positive(w, "id", eo), ticket, time(w, eo, "at"), text(eo, "actor"), text(eo, "action"),
                    opt(eo, "field"), opt(eo, "old"), opt(eo, "new")));
        }
        return out;
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(String where, String what, Parse<T> p) {
        try {
            return p.get();
        } catch (DomainException e) {
            throw DomainException.invalidData(where + e.getMessage(), e.hint());
        } catch (RuntimeException e) {
            throw DomainException.invalidData(where + "bad " + what, "as export writes it");
        }
    }

    /**
     * A required value that is absent: no field or null; with {@code emptyToo} also "" (an array or object's text is ""
     * too), which a CSV cell cannot tell from absent and which a time cannot be (a message's body may be "").
     */
    private static boolean missing(ObjectNode o, String f, boolean emptyToo) {
        JsonNode n = o.get(f);
        return n == null || n.isNull() || emptyToo && n.asText().isEmpty();
    }

    private static String text(ObjectNode o, String f) {
        JsonNode n = o.get(f);
        return n == null || n.isNull() ? "" : n.asText();
    }

    /** A message's To or Cc: an array of strings, absent when there were none. */
    private static List<String> addresses(String where, ObjectNode o, String f) {
        JsonNode n = o.get(f);
        if (n == null || n.isNull()) return List.of();
        if (!n.isArray()) throw DomainException.invalidData(where + f + " is not an array", "an array of addresses");
        List<String> out = new ArrayList<>();
        for (JsonNode a : n) {
            if (!a.isTextual()) throw DomainException.invalidData(where + f + " holds a non-text value", "an array of addresses");
            out.add(a.asText());
        }
        return out;
    }

    private static String opt(ObjectNode o, String f) {
        JsonNode n = o.get(f);
        return n == null || n.isNull() || n.asText().isEmpty() ? null : n.asText();
    }

    private static long positive(String where, String f, ObjectNode o) {
        long v = parse(where, f, () -> Long.parseLong(text(o, f).strip()));
        if (v <= 0) throw DomainException.invalidData(where + "bad " + f + " " + v, "a positive number");
        return v;
    }

    private static Long link(String where, ObjectNode o, String f) {
        return opt(o, f) == null ? null : positive(where, f, o);
    }

    private static boolean bool(String where, ObjectNode o, String f) {
        String v = text(o, f);
        if (v.equals("true")) return true;
        if (v.equals("false")) return false;
        throw DomainException.invalidData(where + "bad " + f + " '" + v + "'", "true or false");
    }

    private static Instant time(String where, ObjectNode o, String f) {
        String v = opt(o, f);
        if (v == null) return null;
        try {
            return instant(v);
        } catch (java.time.DateTimeException e) {
            throw DomainException.invalidData(where + "bad " + f + " '" + v + "'", "an ISO-8601 instant like 2026-11-23T09:00:00Z");
        }
    }

    /**
     * {@link Instant#parse}, with a fast path for what export writes ({@code 2026-11-23T09:00:00Z}, optionally with a
     * fraction): a file of a million tickets holds some twenty million instants, and the general parser was the
     * import's biggest cost. Anything else goes to {@link Instant#parse}, so both accept the same texts.
     */
    static Instant instant(String v) {
        int n = v.length();
        if (n < 20 || n > 30 || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T' || v.charAt(13) != ':'
                || v.charAt(16) != ':' || v.charAt(n - 1) != 'Z' || (n > 20 && (v.charAt(19) != '.' || n == 21))) {
            return Instant.parse(v);
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        int hour = digits(v, 11, 13);
        int minute = digits(v, 14, 16);
        int second = digits(v, 17, 19);
        int nanos = 0;
        if (n > 20) {
            int frac = n - 21;
            nanos = digits(v, 20, n - 1);
            for (int i = frac; i < 9; i++) nanos *= 10;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59 || nanos < 0) {
            return Instant.parse(v); // a leap second, not digits: the general parser decides
        }
        long days = java.time.LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second, nanos);
    }

    /** The number in v[from, to), or -1 when a character is not a digit. */
    private static int digits(String v, int from, int to) {
        int r = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') return -1;
            r = r * 10 + (c - '0');
        }
        return r;
    }

    private static Instant orElse(Instant v, Instant fallback) {
        return v == null ? fallback : v;
    }
}
