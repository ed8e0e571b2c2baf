package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** escalate, deescalate, split and merge (SPEC §1.2, §5). */
class TierTest {
    @TempDir
    Path dir;

    Desk desk;
    TixRunner tix;
    String id;

    @BeforeEach
    void desk() {
        desk = new Desk(dir);
        tix = desk.tix;
        desk.agent("ana", "agent");
        id = String.valueOf(desk.create("Login loop"));
        tix.ok("assign", id, "--to", "ana");
    }

    @Test
    void escalationWritesNumberedQuestionsAndClearsTheAssignee() {
        JsonNode t = tix.ok("escalate", id, "--question", "Is the SSO cookie dropped?", "-Q", "Known issue?", "--json").json();
        assertEquals("t1", t.get("tier").asText(), "without --to: one tier up");
        assertTrue(t.get("assignee").isNull());
        assertEquals("open", t.get("status").asText(), "a new ticket someone escalates is open");
        JsonNode note = last(t);
        assertEquals("note", note.get("kind").asText());
        assertEquals("lead", note.get("author").asText());
        assertEquals("Escalated from triage to t1\n\nESCALATED QUESTION 1\nIs the SSO cookie dropped?\n\n"
                + "ESCALATED QUESTION 2\nKnown issue?", note.get("body").asText());

        tix.ok("assign", id, "--to", "ana");
        t = tix.ok("escalate", id, "--to", "t3", "--question", "Still looping?", "--keep-assignee", "--json").json();
        assertEquals("t3", t.get("tier").asText());
        assertEquals("ana", t.get("assignee").asText(), "--keep-assignee keeps it");
        assertTrue(last(t).get("body").asText().contains("ESCALATED QUESTION 1\nStill looping?"),
                "issue 13 defect: each tier's note numbers its questions from 1, not on from the last note's");

        t = tix.ok("escalate", id, "--oncall", "--question", "Outage?", "--comment", "We escalated this.", "--json").json();
        assertEquals("oncall", t.get("tier").asText());
        JsonNode reply = last(t);
        assertEquals("reply", reply.get("kind").asText());
        assertEquals("We escalated this.", reply.get("body").asText());
        desk.refused(4, "escalate", id, "--question", "higher?");
    }

    @Test
    void deescalationAnswersAndGoesDownOnly() {
        tix.ok("escalate", id, "--to", "t2", "--question", "q");
        JsonNode t = tix.ok("deescalate", id, "--to", "t1", "--answer", "Yes, clear the cookie.", "--json").json();
        assertEquals("t1", t.get("tier").asText());
        assertEquals("De-escalated from t2 to t1\n\nANSWER TO ESCALATED QUESTIONS\nYes, clear the cookie.",
                last(t).get("body").asText());
        desk.refused(4, "deescalate", id, "--to", "t2");
        desk.refused(4, "deescalate", id, "--to", "t1");
        desk.refused(2, "deescalate", id);
        JsonNode tierEvent = null;
        for (JsonNode e : tix.ok("history", id, "--json").json()) if (e.get("action").asText().equals("tier")) tierEvent = e;
        assertEquals("t2", tierEvent.get("old").asText());
        assertEquals("t1", tierEvent.get("new").asText());
    }

    @Test
    void splitMovesOneMessageToAFreshTriageTicketWithNotesOnBoth() {
        tix.ok("escalate", id, "--to", "t2", "--question", "q", "--keep-assignee");
        JsonNode asked = tix.ok("receive", id, "--body", "Unrelated: how do I export contacts?", "--json").json();
        long msg = last(asked).get("id").asLong();
        JsonNode n = tix.at("2026-11-23T10:00:00Z").ok("split", id, "--message", String.valueOf(msg), "--title",
                "Export contacts", "--json").json();
        long nid = n.get("id").asLong();
        assertEquals("Export contacts", n.get("title").asText());
        assertEquals("triage", n.get("tier").asText(), "tier reset");
        assertTrue(n.get("assignee").isNull(), "assignee reset");
        assertTrue(n.get("team").isNull(), "team reset");
        assertEquals(Long.parseLong(id), n.get("split_from").asLong());
        assertEquals("carla@example.com", n.get("requester").get("email").asText());
        assertEquals("support", n.get("queue").asText());
        String bodies = n.get("messages").toString();
        assertTrue(bodies.contains("how do I export contacts"), bodies);
        assertTrue(bodies.contains("Split from #" + id), bodies);
        JsonNode old = desk.show(Long.parseLong(id));
        assertEquals("t2", old.get("tier").asText());
        assertEquals("ana", old.get("assignee").asText());
        assertTrue(!old.get("messages").toString().contains("export contacts?"), "the message moved");
        assertTrue(old.get("messages").toString().contains("split into #" + nid));
        for (JsonNode m : n.get("messages")) {
            if (m.get("body").asText().startsWith("Split from")) assertEquals("system", m.get("kind").asText());
        }
        desk.refused(3, "split", id, "--message", String.valueOf(msg));
        assertEquals(1, tix.ok("search", "export", "--json").json().size(), "search follows the moved message");
        assertEquals(nid, tix.ok("search", "export", "--json").json().get(0).get("id").asLong());
    }

    @Test
    void mergeMovesMessagesAndTagsAndClosesTheSource() {
        long other = desk.create("Login loop again", "--tag", "sso");
        JsonNode target = tix.ok("merge", String.valueOf(other), "--into", id, "--json").json();
        assertEquals(Long.parseLong(id), target.get("id").asLong());
        assertTrue(target.get("tags").toString().contains("sso"));
        assertTrue(target.get("messages").toString().contains("Hello, Login loop again"));
        JsonNode history = tix.ok("history", String.valueOf(other), "--json").json();
        boolean closed = false;
        boolean merged = false;
        for (JsonNode e : history) {
            closed |= e.get("action").asText().equals("status") && e.get("new").asText().equals("closed");
            merged |= e.get("action").asText().equals("merged") && e.get("new").asText().equals(id);
        }
        assertTrue(closed && merged, history.toString());
        assertEquals(1, tix.ok("list", "--json").json().size(), "the source is closed");
        assertEquals(2, tix.ok("list", "--status", "closed,open,new", "--json").json().size());
        desk.refused(4, "merge", String.valueOf(other), "--into", id);
    }

    private static JsonNode last(JsonNode ticket) {
        JsonNode ms = ticket.get("messages");
        return ms.get(ms.size() - 1);
    }
}
