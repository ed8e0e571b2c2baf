package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** SPEC §3: what a customer message does to each status, sticky assignment, follow-ups and merged tickets. */
class CustomerMessageTest {
    @TempDir
    Path dir;

    Desk desk;
    TixRunner tix;

    @BeforeEach
    void desk() {
        desk = new Desk(dir);
        tix = desk.tix;
        desk.agent("ana", "agent");
    }

    @Test
    void aCustomerMessageReopensWaitingResolvedAndReviewTickets() {
        for (String status : List.of("pending", "waiting", "hold", "resolved", "review")) {
            long id = TransitionTest.ticketIn(desk, status);
            tix.ok("assign", String.valueOf(id), "--to", "ana");
            JsonNode t = tix.at("2026-11-24T10:00:00Z").ok("receive", String.valueOf(id), "--body", "Any news?", "--json").json();
            tix.at(Desk.T0);
            assertEquals("open", t.get("status").asText(), status);
            assertTrue(t.get("status_until").isNull(), status);
            assertEquals("ana", t.get("assignee").asText(), "sticky by default: the assignee stays");
            assertTrue(t.get("unanswered").asBoolean());
            JsonNode m = t.get("messages").get(t.get("messages").size() - 1);
            assertEquals("customer", m.get("kind").asText());
            assertEquals("carla@example.com", m.get("author").asText());
            assertEquals("2026-11-24T10:00:00Z", m.get("created_at").asText());
        }
        for (String status : List.of("new", "open")) {
            long id = TransitionTest.ticketIn(desk, status);
            assertEquals(status, tix.ok("receive", String.valueOf(id), "--body", "More", "--json").json().get("status").asText());
        }
    }

    @Test
    void onANonStickyTicketAnyCustomerMessageClearsTheAssignee() {
        long id = desk.create("Not sticky", "--no-sticky");
        String ref = String.valueOf(id);
        assertEquals(false, desk.show(id).get("sticky").asBoolean());
        tix.ok("assign", ref, "--to", "ana");
        JsonNode t = tix.ok("receive", ref, "--body", "hello again", "--json").json();
        assertTrue(t.get("assignee").isNull(), "new status, non-sticky: un-assigned");
        assertEquals("new", t.get("status").asText());
        tix.ok("assign", ref, "--to", "ana", "--sticky");
        assertEquals("ana", tix.ok("receive", ref, "--body", "x", "--json").json().get("assignee").asText());
        tix.ok("assign", ref, "--to", "ana", "--no-sticky");
        tix.ok("status", ref, "pending");
        t = tix.ok("receive", ref, "--body", "y", "--json").json();
        assertEquals("open", t.get("status").asText());
        assertTrue(t.get("assignee").isNull());
    }

    @Test
    void aCustomerMessageOnAClosedTicketStartsALinkedFollowUp() {
        long id = desk.create("Closed one", "--tag", "billing", "--tag", "refund", "--priority", "90");
        String ref = String.valueOf(id);
        tix.ok("assign", ref, "--to", "ana");
        tix.ok("resolve", ref);
        tix.ok("close", ref);
        String dumpBefore = tix.dump();
        JsonNode f = tix.at("2026-12-01T08:00:00Z").ok("receive", ref, "--body", "It broke again", "--json").json();
        assertTrue(f.get("id").asLong() != id);
        assertEquals("new", f.get("status").asText());
        assertEquals(id, f.get("follow_up_of").asLong());
        assertEquals("[\"billing\",\"refund\"]", f.get("tags").toString(), "tags are copied");
        assertEquals(50, f.get("priority").asInt(), "priority is not copied");
        assertTrue(f.get("assignee").isNull(), "assignee is not copied");
        assertEquals("Closed one", f.get("title").asText());
        assertEquals("carla@example.com", f.get("requester").get("email").asText());
        JsonNode customer = null;
        for (JsonNode m : f.get("messages")) {
            if (m.get("kind").asText().equals("customer")) customer = m;
            assertTrue(!m.get("body").asText().equals("Hello, Closed one"), "old messages are not copied");
        }
        assertEquals("It broke again", customer.get("body").asText());
        JsonNode old = desk.show(id);
        assertEquals("closed", old.get("status").asText(), "the closed ticket stays closed");
        assertTrue(old.get("messages").toString().contains("follow-up ticket #" + f.get("id").asLong()));
        assertTrue(!tix.dump().equals(dumpBefore));
        boolean listed = false;
        for (JsonNode o : old.get("others")) listed |= o.get("id").asLong() == f.get("id").asLong();
        assertTrue(listed, "show lists the follow-up among the requester's tickets");
    }

    @Test
    void theQueuesFollowUpPolicyCanReopenRecentlyClosedTicketsOrRejectReplies() {
        tix.ok("queue", "set", "support", "--follow-up", "reopen 3");
        long id = desk.create("Recently closed");
        String ref = String.valueOf(id);
        tix.ok("resolve", ref);
        tix.ok("close", ref);
        JsonNode t = tix.at("2026-11-25T09:00:00Z").ok("receive", ref, "--body", "one more thing", "--json").json();
        assertEquals(id, t.get("id").asLong(), "closed two days ago: reopened");
        assertEquals("open", t.get("status").asText());
        tix.at(Desk.T0).ok("resolve", ref);
        tix.ok("close", ref);
        t = tix.at("2026-11-27T09:00:01Z").ok("receive", ref, "--body", "and another", "--json").json();
        assertEquals(id, t.get("follow_up_of").asLong(), "closed more than three days ago: a follow-up");

        tix.at(Desk.T0).ok("queue", "set", "support", "--follow-up", "reject");
        long other = desk.create("Rejecting");
        tix.ok("close", String.valueOf(other), "--force");
        int tickets = tix.ok("list", "--status", "new,open,closed", "--json", "id").json().size();
        t = tix.ok("receive", String.valueOf(other), "--body", "hello?", "--json").json();
        assertEquals(other, t.get("id").asLong());
        assertEquals("closed", t.get("status").asText(), "nothing is opened");
        assertEquals(tickets, tix.ok("list", "--status", "new,open,closed", "--json", "id").json().size());
        JsonNode last = t.get("messages").get(t.get("messages").size() - 1);
        assertEquals("system", last.get("kind").asText());
        assertTrue(last.get("body").asText().contains("hello?"));
    }

    @Test
    void aNoteOnAClosedTicketIsAllowedAndChangesNoStatus() {
        long id = desk.create("Closed with notes");
        tix.ok("close", String.valueOf(id), "--force");
        JsonNode t = tix.ok("note", String.valueOf(id), "--body", "for the record", "--json").json();
        assertEquals("closed", t.get("status").asText());
        assertEquals("note", t.get("messages").get(t.get("messages").size() - 1).get("kind").asText());
    }

    @Test
    void aMergedTicketRedirectsShowRepliesNotesAndCustomerMessagesToTheTarget() {
        long source = desk.create("Duplicate", "--tag", "dup");
        long target = desk.create("Original");
        tix.ok("merge", String.valueOf(source), "--into", String.valueOf(target));
        String s = String.valueOf(source);
        assertEquals(target, tix.ok("show", s, "--json").json().get("id").asLong());
        assertEquals(target, tix.ok("reply", s, "--body", "answered", "--json").json().get("id").asLong());
        assertEquals(target, tix.ok("note", s, "--body", "noted", "--json").json().get("id").asLong());
        JsonNode t = tix.ok("receive", s, "--body", "from the customer", "--json").json();
        assertEquals(target, t.get("id").asLong());
        String bodies = t.get("messages").toString();
        for (String b : List.of("Hello, Duplicate", "Hello, Original", "answered", "noted", "from the customer")) {
            assertTrue(bodies.contains(b), b + " in " + bodies);
        }
        assertTrue(t.get("tags").toString().contains("dup"), "tags move to the target");
        desk.refused(4, "reopen", s);
        desk.refused(4, "merge", String.valueOf(target), "--into", s);
    }

    @Test
    void showListsTheRequestersLatestFiveOtherTickets() {
        for (int i = 1; i <= 7; i++) {
            tix.at("2026-11-23T09:0" + i + ":00Z");
            desk.create("Ticket " + i);
        }
        tix.at(Desk.T0).ok("create", "--title", "Someone else's", "--requester", "dan@example.org");
        JsonNode others = desk.show(4).get("others");
        assertEquals(5, others.size());
        long[] expected = {7, 6, 5, 3, 2};
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i], others.get(i).get("id").asLong());
            assertEquals(List.of("id", "title", "status", "created_at"), JsonShapeTest.names(others.get(i)));
        }
        String text = tix.ok("show", "4").out();
        assertTrue(text.contains("Other tickets of carla@example.com"), text);
        assertTrue(text.contains("#7") && !text.contains("#1 "), text);
        assertEquals(0, desk.show(8).get("others").size());
    }
}
