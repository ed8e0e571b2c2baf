package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** Every filter and sort of `list`, and `search` with any text a user may type (SPEC §5, §7 Search text). */
class ListSearchTest {
    @TempDir
    static Path dir;

    static Desk desk;
    static TixRunner tix;

    /**
     * #1 high, ana, tag billing, pending; #2 low, dan's, unanswered, t1; #3 urgent, closed; #4 medium, team, answered,
     * due; #5 medium created later, body mentions printer.
     */
    @BeforeAll
    static void desk() {
        desk = new Desk(dir);
        tix = desk.tix;
        desk.agent("ana", "agent");
        tix.ok("team", "add", "billing-team");
        tix.at("2026-11-23T09:01:00Z").ok("create", "--title", "Invoice wrong", "--requester", "carla@example.com",
                "--priority", "high", "--tag", "billing", "--body", "VAT is 21%");
        tix.ok("assign", "1", "--to", "ana");
        tix.ok("reply", "1", "--body", "Fixing it", "--status", "pending");
        tix.at("2026-11-23T09:02:00Z").ok("create", "--title", "Printer jams", "--requester", "dan@example.org",
                "--priority", "low", "--tier", "t1", "--body", "paper stuck");
        tix.at("2026-11-23T09:03:00Z").ok("create", "--title", "Outage", "--requester", "carla@example.com",
                "--priority", "urgent");
        tix.ok("close", "3", "--force");
        tix.at("2026-11-23T09:04:00Z").ok("create", "--title", "Refund request", "--requester", "eve@example.net",
                "--priority", "medium", "--due", "2026-11-25", "--body", "Please refund");
        tix.ok("assign", "4", "--team", "billing-team");
        tix.ok("reply", "4", "--body", "Refunded");
        tix.at("2026-11-23T09:05:00Z").ok("create", "--title", "Question", "--requester", "eve@example.net",
                "--priority", "50", "--body", "my printer prints blank pages");
        tix.at(Desk.T0);
    }

    static List<Long> ids(String... args) {
        List<String> argv = new ArrayList<>(List.of(args));
        argv.add(0, "list");
        return tix.ids(argv.toArray(new String[0]));
    }

    @Test
    void defaultIsEverythingButClosedByPriorityThenAge() {
        assertEquals(List.of(1L, 4L, 5L, 2L), ids());
    }

    @Test
    void eachFilterNarrows() {
        assertEquals(List.of(1L), ids("--status", "pending"));
        assertEquals(List.of(3L), ids("--status", "closed"));
        assertEquals(List.of(3L, 1L), ids("--status", "pending", "--status", "closed"));
        assertEquals(List.of(3L, 1L), ids("--status", "pending,closed"));
        assertEquals(List.of(1L, 4L, 5L, 2L), ids("--queue", "support"));
        assertEquals(List.of(2L), ids("--tier", "t1"));
        assertEquals(List.of(1L), ids("--assignee", "ana"));
        assertEquals(List.of(4L, 5L, 2L), ids("--unassigned"));
        assertEquals(List.of(4L), ids("--team", "billing-team"));
        assertEquals(List.of(1L), ids("--tag", "billing"));
        assertEquals(List.of(), ids("--tag", "billing", "--tag", "vip"));
        assertEquals(List.of(1L, 4L, 5L), ids("--priority-min", "50"));
        assertEquals(List.of(4L, 5L), ids("--requester", "EVE@example.net"));
        assertEquals(List.of(5L, 2L), ids("--unanswered"));
        assertEquals(List.of(1L, 4L, 5L, 2L), ids("--sla", "green"));
        assertEquals(List.of(), ids("--sla", "none"));
        assertEquals(List.of(), ids("--sla", "red"));
        assertEquals(List.of(1L, 4L), ids("--limit", "2"));
    }

    @Test
    void eachSortKeyWorksBothWays() {
        assertEquals(List.of(1L, 2L, 4L, 5L), ids("--sort", "id"));
        assertEquals(List.of(5L, 4L, 2L, 1L), ids("--sort", "-id"));
        assertEquals(List.of(1L, 2L, 4L, 5L), ids("--sort", "created"));
        assertEquals(List.of(5L, 4L, 2L, 1L), ids("--sort", "-created"));
        assertEquals(List.of(2L, 4L, 5L, 1L), ids("--sort", "priority"));
        assertEquals(List.of(2L, 5L, 4L, 1L), ids("--sort", "priority,-created"));
        assertEquals(List.of(1L, 2L, 5L, 4L), ids("--sort", "title"));
        assertEquals(List.of(2L, 5L, 4L, 1L), ids("--sort", "status"), "in the order of the life cycle");
        assertEquals(List.of(3L, 1L, 4L), ids("--sort", "-status", "--status", "closed,open,pending"));
        assertEquals(List.of(1L, 4L, 5L, 2L), ids("--sort", "tier"));
        assertEquals(List.of(4L, 1L, 2L, 5L), ids("--sort", "due"));
        assertEquals(List.of(1L, 2L, 4L, 5L), ids("--sort", "-assignee,id"));
        assertEquals(List.of(2L, 4L, 5L, 1L), ids("--sort", "assignee,id"));
        assertEquals(List.of(1L, 2L, 4L, 5L), ids("--sort", "queue,id"));
        assertEquals(List.of(1L, 2L, 4L, 5L), ids("--sort", "sla,id"));
        assertEquals(List.of(1L, 2L, 4L, 5L), ids("--sort", "updated"));
        assertEquals(List.of(5L, 4L, 2L, 1L), ids("--sort", "-updated"));
    }

    @Test
    void theTableMarksUnansweredTickets() {
        String out = tix.ok("list").out();
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).startsWith("ID"), out);
        assertTrue(lines.get(1).startsWith(" 1 "), out);
        assertTrue(lines.get(4).startsWith("*2 "), out);
        assertEquals(5, lines.size());
    }

    @Test
    void searchFindsTitlesAndBodiesWithTitleMatchesFirst() {
        List<Long> found = new ArrayList<>();
        for (JsonNode n : tix.ok("search", "printer", "--json").json()) found.add(n.get("id").asLong());
        assertEquals(List.of(2L, 5L), found, "the title match ranks before the body match");
        assertEquals(1, tix.ok("search", "refund", "--json").json().size() > 0 ? 1 : 0);
        assertEquals(4L, tix.ok("search", "\"Please refund\"", "--json").json().get(0).get("id").asLong());
        assertEquals(0, tix.ok("search", "\"refund please\"", "--json").json().size(), "a phrase keeps its order");
        assertEquals(1, tix.ok("search", "VAT", "21", "--json").json().size(), "words are ANDed");
        assertEquals(3L, tix.ok("search", "outage", "--json").json().get(0).get("id").asLong(), "closed tickets are found");
        String table = tix.ok("search", "printer").out();
        assertTrue(table.contains("Printer jams"), table);
    }

    @Test
    void searchAcceptsAnyTextAndNeverFails() {
        String[] hostile = {"\"", "\"unterminated phrase", "*", "printer*", "NEAR(printer jams)", "NEAR", "AND", "OR",
            "NOT", "printer OR refund", "(", ")", "((printer)", "title:printer", "{title}: x", "^printer", "-printer",
            "+printer", "'", "''", "\\", ";", "DROP TABLE tickets;", "%", "_", "\u0000", "\u65e5\u672c\u8a9e",
            "caf\u00e9", "\u00fcber", "\ud83d\ude00", "\u0301", "a\"b\"c", "\"\"", "   ", "-", "col:", ":"};
        for (String text : hostile) {
            TixRunner.Result r = tix.run("search", text, "--json");
            assertEquals(0, r.code(), () -> "search " + text + "\n" + r);
            assertTrue(r.json().isArray());
            assertEquals("", r.err());
        }
        assertEquals(2, tix.ok("search", "printer OR refund", "--json").json().size() == 0 ? 2 : 0,
                "OR is a word, not an operator: no ticket holds printer, or and refund");
        assertEquals(2L, tix.ok("search", "(printer jams)", "--json").json().get(0).get("id").asLong());
        assertEquals(0, tix.ok("search", "NEAR(printer jams)", "--json").json().size(), "NEAR is a word like any other");
        assertEquals(5L, tix.ok("search", "PRINTS", "--json").json().get(0).get("id").asLong(), "case does not matter");
    }
}
