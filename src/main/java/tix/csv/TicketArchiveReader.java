package tix.csv;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    /**
     * CSV rows: plain cells are text (empty = null); the messages and events cells are read by a Jackson streaming
     * parser straight into their members' texts (no tree), fields and sides (rare) into trees.
     */
    private static final class CsvCursor implements TicketArchive.Cursor {
        private final String source;
        private final Reader reader;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final List<String> header;
        /** For each header column, its index in {@link TicketArchive#COLUMNS}. */
        private final int[] columns;

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
            columns = new int[header.size()];
            for (int i = 0; i < header.size(); i++) {
                String c = header.get(i);
                if (!TicketArchive.COLUMNS.contains(c)) {
                    throw DomainException.invalidData(source + ": unknown column '" + c + "'",
                            "columns: " + String.join(",", TicketArchive.COLUMNS));
                }
                columns[i] = TicketArchive.COLUMNS.indexOf(c);
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
            Cells o = new Cells();
            for (int i = 0; i < columns.length; i++) {
                int k = columns[i];
                String v = r.get(i);
                if (v.isEmpty()) {
                    o.clear(k);
                    continue;
                }
                try {
                    if (k == MESSAGES) {
                        o.messages = objects(JSON_FACTORY.createParser(v), MESSAGE_KEYS);
                    } else if (k == EVENTS) {
                        o.events = objects(JSON_FACTORY.createParser(v), EVENT_KEYS);
                    } else if (k == SIDES) {
                        o.sides = objects(JSON_FACTORY.createParser(v), SIDE_KEYS);
                    } else if (k == FIELDS) {
                        o.fields = JSON.readTree(v);
                    } else if (k == TAGS) {
                        List<String> tags = new ArrayList<>();
                        for (String t : v.split(";")) if (!t.isBlank()) tags.add(t);
                        o.tags = tags;
                    } else {
                        o.plain[k] = v;
                    }
                } catch (IOException ex) {
                    String c = TicketArchive.COLUMNS.get(k);
                    throw DomainException.invalidData(source + " row " + row + ": the " + c + " cell is not JSON",
                            c.equals("fields") ? "a JSON object as export writes it" : "a JSON array as export writes it");
                }
            }
            return record(new Place(source, " row ", row), row, o);
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
            Cells cells;
            try {
                cells = cells(o);
            } catch (IOException e) {
                throw bad(e);
            }
            return record(new Place(source, " row ", item), item, cells);
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

    private static TicketArchive.Record record(Object where, long row, Cells o) {
        for (String f : REQUIRED) {
            if (missing(o, f, true)) throw DomainException.invalidData(where + f + " is empty", "every ticket needs " + f);
        }
        long id = positive(where, "id", o);
        String title = text(o, "title");
        if (title.isBlank()) throw DomainException.invalidData(where + "the title is blank", "every ticket needs a title");
        Status status = parse(where, "status", () -> Status.parse(text(o, "status")));
        int priority = parse(where, "priority", () -> Priority.check(Integer.parseInt(text(o, "priority"))));
        Channel channel = parse(where, "channel", () -> Channel.parse(text(o, "channel")));
        String sla = has(o, "sla") ? text(o, "sla") : "none";
        if (!SLA_COLOURS.contains(sla)) throw DomainException.invalidData(where + "bad sla '" + sla + "'", "green, yellow, red or none");
        List<String> tags = new ArrayList<>();
        if (o.tags != null) {
            for (String t : o.tags) tags.add(parse(where, "tag", () -> checkedTag(t)));
            tags = Tags.normalise(tags);
        }
        Instant created = time(where, o, "created_at");
        Ticket t = new Ticket(id, title, status, priority, channel, text(o, "queue"), text(o, "tier"), opt(o, "team"),
                opt(o, "assignee"), !has(o, "sticky") || bool(where, o, "sticky"), 0, time(where, o, "due_at"),
                time(where, o, "status_until"), created, time(where, o, "updated_at"), positive(where, "version", o),
                orElse(time(where, o, "status_changed_at"), created), orElse(time(where, o, "tier_entered_at"), created),
                time(where, o, "last_reply_at"), time(where, o, "last_customer_at"), link(where, o, "split_from"),
                link(where, o, "merged_into"), link(where, o, "follow_up_of"), link(where, o, "known_issue"), sla, tags,
                fields(where, o.fields));
        String email = text(o, "requester").strip();
        if (!isAddress(email)) throw DomainException.invalidData(where + "bad requester '" + email + "'", "an email address");
        Contact requester = new Contact(0, email, opt(o, "requester_name"), opt(o, "account"),
                has(o, "requester_undeliverable") && bool(where, o, "requester_undeliverable"));
        List<Conversations.Side> sides = sides(where, o.sides, id);
        List<Message> messages = messages(where, o.messages, id);
        for (Message m : messages) {
            if (m.sideId() != null && sides.stream().noneMatch(sd -> sd.id() == m.sideId())) {
                throw DomainException.invalidData(where + "message " + m.id() + " belongs to side conversation "
                        + m.sideId() + ", which is not in sides", "as export writes it");
            }
        }
        String to = opt(o, "to_address");
        if (to != null) parse(where, "to_address", () -> Names.address(to, "to_address", "support@example.com"));
        return new TicketArchive.Record(row, t, requester, messages, events(where, o.events, id), to, sides);
    }

    /**
     * Tags and requester addresses checked already (a desk has few tags and far fewer requesters than tickets; the
     * checks compile regular expressions each time). Both are pure, so a remembered answer is the check's answer.
     */
    private static final int CHECKED_MAX = 4096;
    private static final Map<String, String> CHECKED_TAGS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, Boolean> CHECKED_ADDRESSES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String checkedTag(String t) {
        String c = CHECKED_TAGS.get(t);
        if (c != null) return c;
        c = Tags.check(t); // a bad tag throws, and is not remembered
        if (CHECKED_TAGS.size() >= CHECKED_MAX) CHECKED_TAGS.clear();
        CHECKED_TAGS.put(t, c);
        return c;
    }

    private static boolean isAddress(String email) {
        Boolean ok = CHECKED_ADDRESSES.get(email);
        if (ok != null) return ok;
        ok = Names.isAddress(email);
        if (CHECKED_ADDRESSES.size() >= CHECKED_MAX) CHECKED_ADDRESSES.clear();
        CHECKED_ADDRESSES.put(email, ok);
        return ok;
    }

    private static final List<String> SLA_COLOURS = List.of("green", "yellow", "red", "none");
    private static final JsonFactory JSON_FACTORY = JSON.getFactory();
    private static final int TAGS = TicketArchive.COLUMNS.indexOf("tags");
    private static final int MESSAGES = TicketArchive.COLUMNS.indexOf("messages");
    private static final int EVENTS = TicketArchive.COLUMNS.indexOf("events");
    private static final int FIELDS = TicketArchive.COLUMNS.indexOf("fields");
    private static final int SIDES = TicketArchive.COLUMNS.indexOf("sides");
    private static final Map<String, Integer> COLUMN = new java.util.HashMap<>();

    static {
        for (int i = 0; i < TicketArchive.COLUMNS.size(); i++) COLUMN.put(TicketArchive.COLUMNS.get(i), i);
    }

    /** The members of the objects in a messages, events or sides array that the reader looks at (others are skipped). */
    private static final String[] MESSAGE_KEYS = {"id", "kind", "author", "body", "created_at", "message_id", "to", "cc", "side"};
    private static final String[] EVENT_KEYS = {"id", "at", "actor", "action", "field", "old", "new"};
    private static final String[] SIDE_KEYS = {"id", "partner", "cc", "subject", "reference", "partner_ticket", "created_by",
            "created_at", "updated_at"};
    /** In an array of objects: an item that is not an object. In an array of addresses: an item that is not text. */
    private static final Object NOT_OBJECT = new Object();
    /** A cell or member that should be an array and is another value. */
    private static final Object NOT_ARRAY = new Object();
    /** A member whose value is an object (its text, as JsonNode.asText() gives it, is ""). */
    private static final Object OBJECT = new Object();

    /**
     * Values by name, each as {@link JsonNode#asText()} gives it: null when absent or JSON null, the text of a string,
     * number or boolean, "" for an array or object; an array of texts is kept as a list (addresses).
     */
    private interface Values {
        Object raw(String name);
    }

    /** One ticket: its plain cells by column, tags, and its JSON cells read. */
    private static final class Cells implements Values {
        final String[] plain = new String[TicketArchive.COLUMNS.size()];
        List<String> tags;
        /** null (none), {@link #NOT_ARRAY}, or a list of {@link Members} and {@link #NOT_OBJECT}. */
        Object messages;
        Object events;
        Object sides;
        JsonNode fields;

        void clear(int k) {
            plain[k] = null;
            if (k == TAGS) tags = null;
            else if (k == MESSAGES) messages = null;
            else if (k == EVENTS) events = null;
            else if (k == FIELDS) fields = null;
            else if (k == SIDES) sides = null;
        }

        @Override
        public Object raw(String name) {
            Integer k = COLUMN.get(name);
            return k == null ? null : plain[k];
        }
    }

    /** One object of a messages, events or sides array: the values of the members named in {@code keys}. */
    private static final class Members implements Values {
        private final String[] keys;
        private final Object[] values;

        Members(String[] keys) {
            this.keys = keys;
            this.values = new Object[keys.length];
        }

        @Override
        public Object raw(String name) {
            int i = index(keys, name);
            return i < 0 ? null : values[i];
        }
    }

    private static int index(String[] keys, String name) {
        for (int i = 0; i < keys.length; i++) if (keys[i] == name) return i;
        for (int i = 0; i < keys.length; i++) if (keys[i].equals(name)) return i;
        return -1;
    }

    /** A ticket of the JSON file as the same cells a CSV row gives (values as text, JSON cells read the same way). */
    private static Cells cells(ObjectNode o) throws IOException {
        Cells c = new Cells();
        for (var it = o.fields(); it.hasNext(); ) {
            var e = it.next();
            int k = COLUMN.get(e.getKey());
            JsonNode n = e.getValue();
            if (n == null || n.isNull()) continue;
            if (k == TAGS) {
                List<String> tags = new ArrayList<>();
                for (JsonNode t : n) tags.add(t.asText());
                c.tags = tags;
            } else if (k == MESSAGES) {
                c.messages = objects(n.traverse(JSON), MESSAGE_KEYS);
            } else if (k == EVENTS) {
                c.events = objects(n.traverse(JSON), EVENT_KEYS);
            } else if (k == SIDES) {
                c.sides = objects(n.traverse(JSON), SIDE_KEYS);
            } else if (k == FIELDS) {
                c.fields = n;
            } else {
                c.plain[k] = n.asText();
            }
        }
        return c;
    }

    /**
     * Reads one JSON value (what {@code readTree} would read, and failing where it fails) that should be an array of
     * objects: null for JSON null, {@link #NOT_ARRAY} for another value (or none), else the list of the items, each
     * {@link Members} (only {@code keys} kept, a later duplicate winning) or {@link #NOT_OBJECT}.
     */
    private static Object objects(JsonParser p, String[] keys) throws IOException {
        try (p) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) return null;
            if (t != JsonToken.START_ARRAY) {
                if (t != null) skip(p, t);
                return NOT_ARRAY;
            }
            List<Object> out = new ArrayList<>();
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input");
                if (t != JsonToken.START_OBJECT) {
                    skip(p, t);
                    out.add(NOT_OBJECT);
                    continue;
                }
                Members m = new Members(keys);
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    int i = index(keys, p.currentName());
                    t = p.nextToken();
                    if (i < 0) skip(p, t);
                    else m.values[i] = value(p, t);
                }
                out.add(m);
            }
            return out;
        }
    }

    /** Passes over the value at {@code t}, reading a string's text (as a tree would: its limits apply). */
    private static void skip(JsonParser p, JsonToken t) throws IOException {
        if (t.isStructStart()) p.skipChildren();
        else if (t == JsonToken.VALUE_STRING) p.getText();
    }

    /** The value at {@code t} as {@link JsonNode#asText()} gives it; an array as a list of texts (non-text items marked). */
    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case VALUE_NULL:
                return null;
            case VALUE_STRING:
                return p.getText();
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue().toString()
                        : Long.toString(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return Double.toString(p.getDoubleValue());
            case START_ARRAY: {
                List<Object> items = new ArrayList<>(2);
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input");
                    if (t == JsonToken.VALUE_STRING) {
                        items.add(p.getText());
                    } else {
                        skip(p, t);
                        items.add(NOT_OBJECT);
                    }
                }
                return items;
            }
            case START_OBJECT:
                p.skipChildren();
                return OBJECT;
            default:
                return p.getText();
        }
    }

    /** The side conversations: {id, partner, cc, subject, reference, partner_ticket, created_by, created_at, updated_at}. */
    private static List<Conversations.Side> sides(Object where, Object arr, long ticket) {
        return objects(where, arr, "sides", "side conversation ",
                "{id, partner, cc, subject, reference, partner_ticket, created_by, created_at, updated_at}",
                List.of("id", "partner", "subject", "reference", "created_by", "created_at", "updated_at"), (w, so, before) -> {
                    long id = positive(w, "id", so);
                    if (before.stream().anyMatch(sd -> sd.id() == id)) throw DomainException.invalidData(w + "id " + id + " twice", "ids are unique");
                    String partner = text(so, "partner");
                    parse(w, "partner", () -> Names.address(partner, "partner", "partner@example.com"));
                    List<String> cc = addresses(w, so, "cc");
                    for (String a : cc) parse(w, "cc", () -> Names.address(a, "cc", "dev@example.com"));
                    return new Conversations.Side(id, ticket, partner, cc, text(so, "subject"), text(so, "reference"),
                            opt(so, "partner_ticket"), text(so, "created_by"), time(w, so, "created_at"), time(w, so, "updated_at"));
                });
    }

    /** Makes one item of a cell's array from its members, once they are checked; {@code before}: the items made so far. */
    private interface ItemMaker<T> {
        T make(Place where, Members members, List<T> before);
    }

    /**
     * A cell's array of objects (the messages, events or side conversations of a ticket), each checked for its
     * {@code required} members and then made by {@code make}; a cell left out is an empty list.
     */
    private static <T> List<T> objects(Object where, Object arr, String cell, String item, String shape,
            List<String> required, ItemMaker<T> make) {
        if (arr == null) return new ArrayList<>();
        if (arr == NOT_ARRAY) throw DomainException.invalidData(where + cell + " is not an array", "a JSON array");
        List<?> items = (List<?>) arr;
        List<T> out = new ArrayList<>(items.size());
        for (Object o : items) {
            Place w = new Place(where, item, out.size() + 1);
            if (o == NOT_OBJECT) throw DomainException.invalidData(w + "not an object", shape);
            Members m = (Members) o;
            for (String f : required) {
                if (missing(m, f, f.endsWith("at"))) throw DomainException.invalidData(w + f + " is missing", shape);
            }
            out.add(make.make(w, m, out));
        }
        return out;
    }

    /** The custom field values: a JSON object of names to text (the import checks them against the desk's fields). */
    private static Map<String, String> fields(Object where, JsonNode f) {
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

    private static final List<String> MESSAGE_REQUIRED = List.of("id", "kind", "author", "body", "created_at");
    private static final List<String> EVENT_REQUIRED = List.of("id", "at", "actor", "action");

    private static List<Message> messages(Object where, Object arr, long ticket) {
        return objects(where, arr, "messages", "message ", "{id, kind, author, body, created_at, message_id}",
                MESSAGE_REQUIRED, (w, mo, before) -> {
                    MessageKind kind = parse(w, "kind", () -> MessageKind.parse(text(mo, "kind")));
                    return new Message(positive(w, "id", mo), ticket, kind, text(mo, "author"), text(mo, "body"),
                            time(w, mo, "created_at"), opt(mo, "message_id"), addresses(w, mo, "to"), addresses(w, mo, "cc"),
                            has(mo, "side") ? positive(w, "side", mo) : null);
                });
    }

    private static List<Event> events(Object where, Object arr, long ticket) {
        return objects(where, arr, "events", "event ", "{id, at, actor, action, field, old, new}", EVENT_REQUIRED,
                (w, eo, before) -> new Event(positive(w, "id", eo), ticket, time(w, eo, "at"), text(eo, "actor"),
                        text(eo, "action"), opt(eo, "field"), opt(eo, "old"), opt(eo, "new")));
    }

    /**
     * Where a value is, for a message: {@code where}, then {@code what} and its number ("…/desk.csv row 7: event 3: "),
     * put together only when a message needs it (a file of a million tickets names some twenty million values).
     */
    private record Place(Object where, String what, long n) {
        @Override
        public String toString() {
            return where + what + n + ": ";
        }
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(Object where, String what, Parse<T> p) {
        try {
            return p.get();
        } catch (DomainException e) {
            throw DomainException.invalidData(where + e.getMessage(), e.hint());
        } catch (RuntimeException e) {
            throw DomainException.invalidData(where + "bad " + what, "as export writes it");
        }
    }

    /** The value's text ({@link Values}): null when absent or JSON null, "" for an array or object. */
    private static String value(Values o, String f) {
        Object r = o.raw(f);
        return r == null ? null : r instanceof String s ? s : "";
    }

    private static boolean has(Values o, String f) {
        return o.raw(f) != null;
    }

    /**
     * A required value that is absent: no field or null; with {@code emptyToo} also "" (an array or object's text is ""
     * too), which a CSV cell cannot tell from absent and which a time cannot be (a message's body may be "").
     */
    private static boolean missing(Values o, String f, boolean emptyToo) {
        String v = value(o, f);
        return v == null || emptyToo && v.isEmpty();
    }

    private static String text(Values o, String f) {
        String v = value(o, f);
        return v == null ? "" : v;
    }

    /** A message's To or Cc: an array of strings, absent when there were none. */
    private static List<String> addresses(Object where, Values o, String f) {
        Object n = o.raw(f);
        if (n == null) return List.of();
        if (!(n instanceof List<?> items)) throw DomainException.invalidData(where + f + " is not an array", "an array of addresses");
        List<String> out = new ArrayList<>(items.size());
        for (Object a : items) {
            if (!(a instanceof String s)) throw DomainException.invalidData(where + f + " holds a non-text value", "an array of addresses");
            out.add(s);
        }
        return out;
    }

    private static String opt(Values o, String f) {
        String v = value(o, f);
        return v == null || v.isEmpty() ? null : v;
    }

    private static long positive(Object where, String f, Values o) {
        long v = parse(where, f, () -> Long.parseLong(text(o, f).strip()));
        if (v <= 0) throw DomainException.invalidData(where + "bad " + f + " " + v, "a positive number");
        return v;
    }

    private static Long link(Object where, Values o, String f) {
        return opt(o, f) == null ? null : positive(where, f, o);
    }

    private static boolean bool(Object where, Values o, String f) {
        String v = text(o, f);
        if (v.equals("true")) return true;
        if (v.equals("false")) return false;
        throw DomainException.invalidData(where + "bad " + f + " '" + v + "'", "true or false");
    }

    private static Instant time(Object where, Values o, String f) {
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
