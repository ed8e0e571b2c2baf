package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

class QueueCommandTest {
    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() {
        tix = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
        tix.ok("agent", "add", "ana");
    }

    @Test
    void addStoresEveryPolicyAndShowsItInJson() {
        JsonNode q = tix.ok("queue", "add", "billing", "--address", "Billing@Example.COM", "--address", "invoices@example.com",
                "--priority", "high", "--tier", "t1", "--calendar", "24x7", "--no-priority-growth", "--auto-close-days", "0",
                "--follow-up", "reopen:7", "--no-auto-response", "--json").json();
        assertEquals("billing", q.get("name").asText());
        assertEquals("Billing@example.com", q.get("address").asText(), "the first address is the From; domain lower-cased");
        assertEquals(2, q.get("addresses").size());
        assertEquals("invoices@example.com", q.get("addresses").get(1).asText());
        assertEquals(75, q.get("default_priority").asInt());
        assertEquals("t1", q.get("default_tier").asText());
        assertEquals("24x7", q.get("calendar").asText());
        assertFalse(q.get("priority_growth").asBoolean());
        assertEquals(0, q.get("auto_close_days").asInt());
        assertEquals("reopen 7", q.get("follow_up").asText());
        assertFalse(q.get("auto_response").asBoolean());
        assertEquals(0, q.get("tickets").asInt());

        assertEquals(q, tix.ok("queue", "show", "billing", "--json").json());
        JsonNode created = tix.ok("create", "--title", "Invoice", "--requester", "c@example.com", "--queue", "billing", "--json").json();
        assertEquals(75, created.get("priority").asInt(), "the queue's default priority");
        assertEquals("t1", created.get("tier").asText(), "the queue's default tier");
        JsonNode list = tix.ok("queue", "list", "--json").json();
        assertEquals(2, list.size());
        assertEquals("billing", list.get(0).get("name").asText());
        assertEquals(1, list.get(0).get("tickets").asInt());
        assertEquals("support", list.get(1).get("name").asText());
    }

    @Test
    void defaultsAndTextAndCsvShapes() {
        tix.ok("queue", "add", "trials");
        JsonNode q = tix.ok("queue", "show", "trials", "--json").json();
        assertEquals(50, q.get("default_priority").asInt());
        assertEquals("triage", q.get("default_tier").asText());
        assertEquals("default", q.get("calendar").asText());
        assertTrue(q.get("priority_growth").asBoolean());
        assertEquals(4, q.get("auto_close_days").asInt());
        assertEquals("new", q.get("follow_up").asText());
        assertTrue(q.get("auto_response").asBoolean());
        assertTrue(q.get("address").isNull());

        String csv = tix.ok("queue", "list", "--csv").out();
        assertTrue(csv.startsWith("name,address,addresses,default_priority,default_tier,calendar,priority_growth,"
                + "auto_close_days,follow_up,auto_response,tickets,priority_growth_new\r\n"), csv);
        assertTrue(csv.contains("\r\ntrials,,,50,triage,default,true,4,new,true,0,true\r\n"), csv);
        String table = tix.ok("queue", "list").out();
        assertTrue(table.startsWith("NAME"), table);
        assertTrue(table.contains("trials"), table);
    }

    @Test
    void setChangesOnlyWhatIsGivenAndEditsAddresses() {
        tix.ok("queue", "add", "billing", "--address", "billing@example.com");
        JsonNode q = tix.ok("queue", "set", "billing", "--add-address", "pay@example.com", "--follow-up", "reject", "--json").json();
        assertEquals("[\"billing@example.com\",\"pay@example.com\"]", q.get("addresses").toString());
        assertEquals("billing@example.com", q.get("address").asText());
        assertEquals("reject", q.get("follow_up").asText());
        assertEquals(4, q.get("auto_close_days").asInt());

        q = tix.ok("queue", "set", "billing", "--remove-address", "billing@example.com", "--json").json();
        assertEquals("[\"pay@example.com\"]", q.get("addresses").toString());
        assertEquals("pay@example.com", q.get("address").asText(), "the From follows the address list");

        q = tix.ok("queue", "set", "billing", "--from", "noreply@example.com", "--auto-close-days", "-1", "--json").json();
        assertEquals("noreply@example.com", q.get("address").asText());
        assertEquals(-1, q.get("auto_close_days").asInt());
        q = tix.ok("queue", "set", "billing", "--address", "a@example.com,b@example.com", "--json").json();
        assertEquals("noreply@example.com", q.get("address").asText(), "a From set on its own stays");
        assertEquals("[\"a@example.com\",\"b@example.com\"]", q.get("addresses").toString());
    }

    @Test
    void refusalsHaveTheirExitCodesAndChangeNothing() {
        tix.ok("queue", "add", "billing", "--address", "billing@example.com");
        String dump = tix.dump();
        assertRefused(4, "queue 'billing' exists", "queue", "add", "billing");
        assertRefused(4, "belongs to queue 'billing'", "queue", "add", "sales", "--address", "BILLING@example.com");
        assertRefused(3, "tier 'zz' not found", "queue", "add", "sales", "--tier", "zz");
        assertRefused(3, "calendar 'moon' not found", "queue", "add", "sales", "--calendar", "moon");
        assertRefused(2, "priority 100 is out of range", "queue", "add", "sales", "--priority", "100");
        assertRefused(2, "bad follow-up policy", "queue", "add", "sales", "--follow-up", "reopen");
        assertRefused(2, "bad auto-close days", "queue", "add", "sales", "--auto-close-days", "-2");
        assertRefused(2, "bad address", "queue", "add", "sales", "--address", "nobody");
        assertRefused(2, "bad queue name", "queue", "add", "no;semicolons");
        assertRefused(3, "queue 'nope' not found", "queue", "show", "nope");
        assertRefused(3, "queue 'nope' not found", "queue", "set", "nope", "--priority", "low");
        assertRefused(3, "not an address of queue", "queue", "set", "billing", "--remove-address", "x@example.com");
        assertEquals(dump, tix.dump());
    }

    @Test
    void everyAdminCommandNeedsTheAdminRole() {
        tix.ok("queue", "add", "billing");
        String dump = tix.dump();
        tix.as("ana");
        assertRefused(5, "you lack desk.configure", "queue", "add", "sales");
        assertRefused(5, "you lack desk.configure", "queue", "set", "billing", "--priority", "low");
        assertRefused(5, "you lack desk.configure", "queue", "remove", "billing");
        assertEquals(dump, tix.dump());
        assertEquals(2, tix.ok("queue", "list", "--json").json().size(), "reading queues is for everyone");
    }

    @Test
    void removingMovesOrDeletesTicketsAndNeverTheLastQueue() {
        tix.ok("queue", "add", "billing");
        tix.ok("queue", "add", "sales");
        tix.ok("create", "--title", "One", "--requester", "c@example.com", "--queue", "billing");
        tix.ok("create", "--title", "Two", "--requester", "c@example.com", "--queue", "billing", "--body", "hi");
        tix.ok("create", "--title", "Three", "--requester", "c@example.com", "--queue", "sales");

        String dump = tix.dump();
        assertRefused(4, "holds 2 ticket(s)", "queue", "remove", "billing");
        assertRefused(3, "queue 'nope' not found", "queue", "remove", "billing", "--move-to", "nope");
        assertRefused(2, "exclude each other", "queue", "remove", "billing", "--move-to", "support", "--delete-tickets");
        assertRefused(4, "'support' is the default queue", "queue", "remove", "support", "--move-to", "billing");
        assertEquals(dump, tix.dump());

        JsonNode r = tix.ok("queue", "remove", "billing", "--move-to", "support", "--json").json();
        assertEquals("[1,2]", r.get("moved").toString());
        assertEquals("support", r.get("moved_to").asText());
        JsonNode one = tix.ok("show", "1", "--json").json();
        assertEquals("support", one.get("queue").asText());
        assertEquals(2, one.get("version").asInt(), "a moved ticket changed");
        JsonNode last = tix.ok("history", "1", "--json").json();
        JsonNode ev = last.get(last.size() - 1);
        assertEquals("edited", ev.get("action").asText());
        assertEquals("queue", ev.get("field").asText());
        assertEquals("billing", ev.get("old").asText());
        assertEquals("support", ev.get("new").asText());

        assertEquals("Removed queue sales; deleted 1 ticket(s)\n", tix.ok("queue", "remove", "sales", "--delete-tickets").out());
        assertEquals(3, tix.run("show", "3").code());
        assertRefused(4, "'support' is the last queue", "queue", "remove", "support");
        assertEquals(1, tix.ok("queue", "list", "--json").json().size());
    }

    @Test
    void theAddressesOfARemovedQueueAreFreeAgain() {
        tix.ok("queue", "add", "billing", "--address", "billing@example.com");
        tix.ok("queue", "remove", "billing");
        tix.ok("queue", "add", "payments", "--address", "billing@example.com");
        assertEquals("billing@example.com", tix.ok("queue", "show", "payments", "--json").json().get("address").asText());
    }

    private void assertRefused(int code, String message, String... args) {
        TixRunner.Result r = tix.run(args);
        assertEquals(code, r.code(), r.toString());
        assertTrue(r.err().startsWith("tix: ") && r.err().contains(message), r.toString());
        assertEquals("", r.out(), r.toString());
    }
}
