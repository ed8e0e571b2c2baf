package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import tix.app.TicketArchive;
import tix.csv.TicketArchiveReader;
import tix.domain.DomainException;
import tix.domain.Event;
import tix.domain.Message;

/**
 * The messages and events cells of an import are read by Jackson's streaming parser, not into a tree: what they hold
 * must read as the tree read it (JsonNode.asText of each member), and what is wrong must be refused with the same
 * words (exit 7). Each case goes through the reader as `tix import -` does, in a CSV cell and in the JSON file.
 */
class ImportJsonCellsTest {
    private static final String MESSAGE = "{\"id\":1,\"kind\":\"customer\",\"author\":\"ann@example.com\",\"body\":\"hi\","
            + "\"created_at\":\"2026-11-02T09:00:00Z\"";
    private static final String EVENT = "{\"id\":1,\"at\":\"2026-11-02T09:00:00Z\",\"actor\":\"ann@example.com\","
            + "\"action\":\"created\",\"field\":\"status\",\"new\":\"new\"";

    @Test
    void escapesUnicodeNullsDuplicatesAndExtraMembersReadAsTheTreeReadThem() {
        String messages = "[" + MESSAGE.replace("\"body\":\"hi\"", "\"body\":\"line\\nnext \\\"q\\\" \\u00e9 \\ud83d\\ude00 \\\\ t\\tab\"")
                + ",\"message_id\":null,\"extra\":{\"a\":[1,{\"b\":null}]},\"to\":[\"b@example.com\",\"c@example.com\"],\"cc\":null}, "
                + MESSAGE.replace("\"id\":1", "\"id\":\"2\"").replace("\"author\":\"ann@example.com\"", "\"author\":1e2")
                + ",\"body\":\"first\",\"body\":\"last\",\"message_id\":\"\"}]";
        String events = "[" + EVENT + ",\"old\":\"\",\"z\":[[]]}, " + EVENT.replace("\"id\":1", "\"id\":2")
                .replace("\"field\":\"status\"", "\"field\":true").replace("\"new\":\"new\"", "\"new\":12345678901234567890") + "}]";
        for (boolean json : new boolean[] {false, true}) {
            TicketArchive.Record r = read(json, messages, events);
            Message a = r.messages().get(0);
            assertEquals("line\nnext \"q\" \u00e9 \uD83D\uDE00 \\ t\tab", a.body());
            assertNull(a.messageId());
            assertEquals(List.of("b@example.com", "c@example.com"), a.to());
            assertEquals(List.of(), a.cc());
            Message b = r.messages().get(1);
            assertEquals(2, b.id());
            assertEquals("100.0", b.author(), "a number's text as the tree gave it");
            assertEquals("last", b.body(), "a later duplicate wins, as in the tree");
            assertNull(b.messageId());
            Event e = r.events().get(0);
            assertEquals("created", e.action());
            assertNull(e.oldValue(), "an empty text is no value");
            Event f = r.events().get(1);
            assertEquals("true", f.field());
            assertEquals("12345678901234567890", f.newValue());
        }
    }

    @Test
    void wrongTypesAreRefusedWithTheWordsOfBefore() {
        String[][] cases = {
            // messages cell, events cell, the refusal
            {"{\"a\":1}", "[]", "messages is not an array"},
            {"\"text\"", "[]", "messages is not an array"},
            {"[1]", "[]", "message 1: not an object"},
            {"[null]", "[]", "message 1: not an object"},
            {"[" + MESSAGE.replace("\"body\":\"hi\"", "\"body\":null") + "}]", "[]", "message 1: body is missing"},
            {"[" + MESSAGE.replace("\"2026-11-02T09:00:00Z\"", "{}") + "}]", "[]", "message 1: created_at is missing"},
            {"[" + MESSAGE.replace("\"id\":1", "\"id\":1.5") + "}]", "[]", "message 1: bad id"},
            {"[" + MESSAGE.replace("\"id\":1", "\"id\":true") + "}]", "[]", "message 1: bad id"},
            {"[" + MESSAGE.replace("\"id\":1", "\"id\":[1]") + "}]", "[]", "message 1: bad id"},
            {"[" + MESSAGE.replace("\"id\":1", "\"id\":-3") + "}]", "[]", "message 1: bad id -3"},
            {"[" + MESSAGE + ",\"to\":\"b@example.com\"}]", "[]", "message 1: to is not an array"},
            {"[" + MESSAGE + ",\"cc\":[\"b@example.com\",7]}]", "[]", "message 1: cc holds a non-text value"},
            {"[" + MESSAGE + "}]", "[" + EVENT + "}, 5]", "event 2: not an object"},
            {"[" + MESSAGE + "}]", "[" + EVENT.replace("\"actor\":\"ann@example.com\"", "\"actor\":null") + "}]",
                "event 1: actor is missing"},
            {"[" + MESSAGE + "}]", "[" + EVENT.replace("\"2026-11-02T09:00:00Z\"", "\"yesterday\"") + "}]",
                "event 1: bad at 'yesterday'"},
            {"[" + MESSAGE + "}]", "{}", "events is not an array"},
        };
        for (String[] c : cases) {
            for (boolean json : new boolean[] {false, true}) {
                DomainException e = assertThrows(DomainException.class, () -> read(json, c[0], c[1]), c[2]);
                assertEquals(DomainException.Reason.INVALID_DATA, e.reason());
                assertEquals("- row 2: " + c[2], e.getMessage().replace("- row 1: ", "- row 2: "), (json ? "JSON: " : "CSV: ") + c[0]);
            }
        }
    }

    @Test
    void aCellThatIsNotJsonIsRefusedAsBeforeAndNothingAfterTheValueIsRead() {
        for (String cell : new String[] {"[{\"id\":1", "[1,]", "[\"unterminated]", "[{\"id\":01}]", "[\"a\\x\"]"}) {
            DomainException e = assertThrows(DomainException.class, () -> read(false, cell, "[]"), cell);
            assertEquals("- row 2: the messages cell is not JSON", e.getMessage(), cell);
            assertEquals(DomainException.Reason.INVALID_DATA, e.reason());
        }
        DomainException e = assertThrows(DomainException.class, () -> read(false, "[]", "[1"));
        assertEquals("- row 2: the events cell is not JSON", e.getMessage());
        // JSON null is no messages; what follows a whole value is not read (as readTree left it)
        assertEquals(List.of(), read(false, "null", "[]").messages());
        assertEquals(1, read(false, "[" + MESSAGE + "}] trailing", "[]").messages().size());
    }

    /** One ticket with these messages and events cells, as a CSV file or (json) the same in a JSON file. */
    private static TicketArchive.Record read(boolean json, String messages, String events) {
        String text;
        if (json) {
            text = "[{\"id\":\"7\",\"title\":\"Printer\",\"status\":\"new\",\"priority\":\"3\",\"channel\":\"email\","
                    + "\"queue\":\"support\",\"tier\":\"tier1\",\"requester\":\"ann@example.com\","
                    + "\"created_at\":\"2026-11-02T09:00:00Z\",\"updated_at\":\"2026-11-02T09:00:00Z\",\"version\":\"1\","
                    + "\"messages\":" + messages + ",\"events\":" + events + "}]";
            if (messages.endsWith(" trailing")) throw new IllegalArgumentException("CSV only");
        } else {
            StringWriter w = new StringWriter();
            try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
                p.printRecord("id", "title", "status", "priority", "channel", "queue", "tier", "requester", "created_at",
                        "updated_at", "version", "messages", "events");
                p.printRecord("7", "Printer", "new", "3", "email", "support", "tier1", "ann@example.com",
                        "2026-11-02T09:00:00Z", "2026-11-02T09:00:00Z", "1", messages, events);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            text = w.toString();
        }
        List<TicketArchive.Record> out = new ArrayList<>();
        try (TicketArchive.Cursor c = TicketArchiveReader.source(Path.of("-"),
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).open()) {
            while (c.hasNext()) out.add(c.next());
        }
        assertEquals(1, out.size());
        return out.get(0);
    }
}
