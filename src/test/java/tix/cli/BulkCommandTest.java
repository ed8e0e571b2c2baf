package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

class BulkCommandTest {
    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() {
        tix = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
        tix.ok("agent", "add", "ana");
        tix.ok("agent", "add", "bo");
        tix.ok("team", "add", "product");
        for (int i = 1; i <= 5; i++) tix.ok("create", "--title", "T" + i, "--requester", "c" + i + "@example.com");
        tix.ok("resolve", "1");
        tix.ok("resolve", "2");
        tix.ok("assign", "3", "--to", "bo");
    }

    private String statuses() {
        StringBuilder sb = new StringBuilder();
        for (JsonNode t : tix.ok("list", "--status", "new,open,resolved,closed,hold,pending", "--sort", "id", "--json").json()) {
            sb.append(t.get("id").asInt()).append(':').append(t.get("status").asText()).append(' ');
        }
        return sb.toString().strip();
    }

    @Test
    void closeResolvedTicketsInOneGoWithEvents() {
        JsonNode r = tix.ok("bulk", "close", "--status", "resolved", "--json").json();
        assertEquals("close", r.get("action").asText());
        assertEquals(2, r.get("count").asInt());
        assertEquals(1, r.get("tickets").get(0).get("id").asInt());
        assertEquals("{\"field\":\"status\",\"old\":\"resolved\",\"new\":\"closed\"}",
                r.get("tickets").get(0).get("changes").get(0).toString());
        assertEquals("1:closed 2:closed 3:new 4:new 5:new", statuses());
        JsonNode h = tix.ok("history", "2", "--json").json();
        assertEquals("closed", h.get(h.size() - 1).get("new").asText());
    }

    @Test
    void oneRefusedTicketRefusesTheWholeBulk() {
        String dump = tix.dump();
        TixRunner.Result r = tix.run("bulk", "close", "--ids", "1,2,3");
        assertEquals(4, r.code(), r.toString());
        assertTrue(r.err().startsWith("tix: bulk close refused, nothing changed: #3 cannot go from new to closed"), r.err());
        assertEquals("", r.out());
        assertEquals(dump, tix.dump(), "tickets 1 and 2 were not closed either");

        JsonNode skipped = tix.ok("bulk", "close", "--ids", "1,2,3", "--skip-invalid", "--json").json();
        assertEquals(2, skipped.get("count").asInt());
        assertEquals(3, skipped.get("skipped").get(0).get("id").asInt());
        assertEquals("1:closed 2:closed 3:new 4:new 5:new", statuses());
    }

    @Test
    void bulkNeedsItsRightAndEachTicketStillNeedsItsOwn() {
        tix.ok("role", "add", "clerk", "--right", "ticket.see,ticket.work,ticket.take,bulk");
        String dump = tix.dump();
        tix.as("ana");
        TixRunner.Result r = tix.run("bulk", "tag", "+vip", "--unassigned");
        assertEquals(5, r.code(), r.toString());
        assertTrue(r.err().startsWith("tix: you lack bulk (held by role admin: "), r.err());
        tix.as("lead").ok("agent", "set", "ana", "--role", "clerk");
        dump = tix.dump();
        tix.as("ana");
        r = tix.run("bulk", "resolve", "--status", "new");
        assertEquals(5, r.code(), r.toString());
        assertTrue(r.err().contains("you lack ticket.work.others") && r.err().contains("#3, assigned to bo"), r.err());
        assertEquals(5, tix.run("bulk", "delete", "--status", "resolved", "--permanent").code());
        assertEquals(5, tix.run("bulk", "assign", "--to", "bo", "--unassigned").code());
        assertEquals(dump, tix.dump());
        JsonNode ok = tix.ok("bulk", "tag", "+vip", "--unassigned", "--json").json();
        assertEquals(4, ok.get("count").asInt(), "agents may tag unassigned tickets");
    }

    @Test
    void dryRunShowsTheChangesAndWritesNothing() {
        String dump = tix.dump();
        TixRunner.Result r = tix.ok("bulk", "status", "hold", "--days", "3", "--status", "new", "--unassigned", "--dry-run");
        assertEquals("#4  status new -> hold, status_until - -> 2026-11-26T09:00:00Z, clock running -> paused\n"
                + "#5  status new -> hold, status_until - -> 2026-11-26T09:00:00Z, clock running -> paused\n"
                + "Dry run: bulk status would change 2 of 2 ticket(s); nothing written\n", r.out());
        assertEquals(dump, tix.dump());
        JsonNode j = tix.ok("bulk", "delete", "--status", "resolved", "--permanent", "--dry-run", "--json").json();
        assertTrue(j.get("dry_run").asBoolean());
        assertTrue(j.get("tickets").get(0).get("deleted").asBoolean());
        assertEquals(dump, tix.dump());
    }

    @Test
    void idsFromStandardInputAndAssignAndTagAndDelete() {
        TixRunner.Result r = tix.runWithInput("4\n#5  \n", "bulk", "assign", "--to", "ana", "--ids", "-", "--json");
        assertEquals(0, r.code(), r.toString());
        assertEquals(2, r.json().get("count").asInt());
        assertEquals(2, tix.ok("list", "--assignee", "ana", "--json").json().size());
        tix.ok("bulk", "assign", "--team", "product", "--assignee", "ana");
        assertEquals(2, tix.ok("list", "--team", "product", "--json").json().size());
        JsonNode none = tix.ok("bulk", "assign", "--none", "--in-team", "product", "--json").json();
        assertEquals(2, none.get("count").asInt());
        assertEquals(0, tix.ok("list", "--team", "product", "--json").json().size());

        tix.ok("bulk", "tag", "+outage", "+billing", "--ids", "3,4");
        JsonNode tagged = tix.ok("bulk", "tag", "-billing", "--tag", "outage", "--json").json();
        assertEquals(2, tagged.get("count").asInt());
        assertEquals("[\"outage\"]", tix.ok("show", "4", "--json").json().get("tags").toString());
        JsonNode again = tix.ok("bulk", "tag", "+outage", "--tag", "outage", "--json").json();
        assertEquals(0, again.get("count").asInt(), "nothing to change: no new version, no event");

        JsonNode deleted = tix.ok("bulk", "delete", "--status", "resolved", "--permanent", "--json").json();
        assertEquals(2, deleted.get("count").asInt());
        assertEquals(3, tix.run("show", "1").code());
    }

    @Test
    void badSelectionsAreUsageOrDataErrors() {
        String dump = tix.dump();
        assertEquals(2, tix.run("bulk", "close").code(), "no selection at all");
        assertEquals(2, tix.run("bulk", "close", "--ids", "1,x").code());
        assertEquals(7, tix.runWithInput("1 two\n", "bulk", "close", "--ids", "-").code());
        assertEquals(3, tix.run("bulk", "close", "--ids", "1,99").code());
        assertEquals(2, tix.run("bulk", "delete", "--status", "resolved").code(), "--permanent is required");
        assertEquals(2, tix.run("bulk", "status", "hold", "--status", "new").code(), "hold needs --days");
        assertEquals(2, tix.run("bulk", "assign", "--status", "new").code());
        assertEquals(3, tix.run("bulk", "assign", "--to", "nobody", "--status", "new").code());
        assertEquals(dump, tix.dump());
        TixRunner.Result empty = tix.ok("bulk", "close", "--status", "hold");
        assertEquals("bulk close: changed 0 of 0 ticket(s)\n", empty.out(), "an empty selection is not an error");
    }
}
