package tix.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import tix.app.TicketArchive;
import tix.domain.Channel;
import tix.domain.Contact;
import tix.domain.DomainException;
import tix.domain.Event;
import tix.domain.Message;
import tix.domain.MessageKind;
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

    public record Read(String source, List<TicketArchive.Record> records) {
    }

    public static Read read(Path file, InputStream stdin) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = source.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw DomainException.usage("no such file: " + file, "check the path");
        } catch (IOException e) {
            throw DomainException.usage("cannot read " + file, String.valueOf(e.getMessage()));
        }
        String text = CsvFile.decode(bytes, source);
        List<ObjectNode> rows = text.stripLeading().startsWith("[") ? jsonRows(source, text) : csvRows(source, text);
        List<TicketArchive.Record> out = new ArrayList<>(rows.size());
        long n = 1;
        for (ObjectNode row : rows) {
            n++;
            long rowNo = row.has("_row") ? row.get("_row").asLong() : n - 1;
            out.add(record(source + " row " + rowNo + ": ", rowNo, row));
        }
        return new Read(source, out);
    }

    /** CSV rows as JSON objects: plain cells become strings (empty = null), the JSON cells are parsed. */
    private static List<ObjectNode> csvRows(String source, String text) {
        CsvFile file = CsvFile.parse(source, text);
        file.requireColumns(REQUIRED, TicketArchive.COLUMNS);
        List<ObjectNode> out = new ArrayList<>();
        for (CsvFile.Row r : file.rows()) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("_row", r.row());
            for (var e : r.cells().entrySet()) {
                String k = e.getKey();
                String v = e.getValue();
                if (v.isEmpty()) {
                    o.putNull(k);
                } else if (k.equals("messages") || k.equals("events")) {
                    try {
                        o.set(k, JSON.readTree(v));
                    } catch (JsonProcessingException ex) {
                        throw DomainException.invalidData(source + " row " + r.row() + ": the " + k + " cell is not JSON",
                                "a JSON array as export writes it");
                    }
                } else if (k.equals("tags")) {
                    ArrayNode tags = o.putArray(k);
                    for (String t : v.split(";")) if (!t.isBlank()) tags.add(t);
                } else {
                    o.put(k, v);
                }
            }
            out.add(o);
        }
        return out;
    }

    private static List<ObjectNode> jsonRows(String source, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw DomainException.invalidData(source + " is not valid JSON: " + e.getOriginalMessage(), "an array as export --format json writes it");
        }
        if (!root.isArray()) throw DomainException.invalidData(source + " is not a JSON array", "an array of tickets");
        List<ObjectNode> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root) {
            i++;
            if (!n.isObject()) throw DomainException.invalidData(source + " item " + i + " is not an object", "an array of tickets");
            ObjectNode o = ((ObjectNode) n).deepCopy();
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!TicketArchive.COLUMNS.contains(f) && !f.equals("_row")) {
                    throw DomainException.invalidData(source + " item " + i + ": unknown field '" + f + "'",
                            "fields: " + String.join(",", TicketArchive.COLUMNS));
                }
            }
            o.put("_row", i);
            out.add(o);
        }
        return out;
    }

    private static TicketArchive.Record record(String where, long row, ObjectNode o) {
        for (String f : REQUIRED) {
            if (o.get(f) == null || o.get(f).isNull()) throw DomainException.invalidData(where + f + " is empty", "every ticket needs " + f);
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
                link(where, o, "merged_into"), link(where, o, "follow_up_of"), link(where, o, "known_issue"), sla, tags);
        String email = text(o, "requester").strip();
        if (!email.matches("[^\\s<>,\"@]+@[^\\s<>,\"@]+")) throw DomainException.invalidData(where + "bad requester '" + email + "'", "an email address");
        Contact requester = new Contact(0, email, opt(o, "requester_name"), opt(o, "account"),
                o.hasNonNull("requester_undeliverable") && bool(where, o, "requester_undeliverable"));
        return new TicketArchive.Record(row, t, requester, messages(where, o, id), events(where, o, id));
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
                if (!mo.hasNonNull(f)) throw DomainException.invalidData(w + f + " is missing", "{id, kind, author, body, created_at, message_id}");
            }
            MessageKind kind = parse(w, "kind", () -> MessageKind.parse(text(mo, "kind")));
            out.add(new Message(positive(w, "id", mo), ticket, kind, text(mo, "author"), text(mo, "body"),
                    time(w, mo, "created_at"), opt(mo, "message_id")));
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
                if (!eo.hasNonNull(f)) throw DomainException.invalidData(w + f + " is missing", "{id, at, actor, action, field, old, new}");
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

    private static String text(ObjectNode o, String f) {
        JsonNode n = o.get(f);
        return n == null || n.isNull() ? "" : n.asText();
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
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw DomainException.invalidData(where + "bad " + f + " '" + v + "'", "an ISO-8601 instant like 2026-11-23T09:00:00Z");
        }
    }

    private static Instant orElse(Instant v, Instant fallback) {
        return v == null ? fallback : v;
    }
}
