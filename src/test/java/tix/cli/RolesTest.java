package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** SPEC §2 Agent: what an agent may do, what needs admin (exit 5, file unchanged), and the desk without agents. */
class RolesTest {
    @TempDir
    Path dir;

    Desk desk;
    TixRunner tix;

    @BeforeEach
    void desk() {
        desk = new Desk(dir);
        tix = desk.tix;
        desk.agent("ana", "agent");
        desk.agent("ben", "agent");
    }

    @Test
    void anAgentCreatesTakesAndWorksUnassignedAndOwnTickets() {
        tix.as("ana");
        long free = desk.create("Free ticket");
        String id = String.valueOf(free);
        tix.ok("note", id, "--body", "looking");
        tix.ok("tag", id, "+login");
        tix.ok("priority", id, "high");
        tix.ok("escalate", id, "--question", "what now?");
        tix.ok("take", id);
        tix.ok("reply", id, "--body", "on it", "--status", "pending");
        tix.ok("receive", id, "--body", "thanks");
        tix.ok("deescalate", id, "--to", "triage");
        tix.ok("due", id, "2026-12-01");
        tix.ok("edit", id, "--title", "Free ticket, edited");
        tix.ok("status", id, "hold", "--days", "1");
        tix.ok("resolve", id);
        tix.ok("close", id);
        tix.ok("reopen", id);
        JsonNode t = tix.ok("release", id, "--json").json();
        assertTrue(t.get("assignee").isNull());
        t = tix.ok("assign", id, "--to", "ana", "--json").json();
        assertEquals("ana", t.get("assignee").asText(), "assigning an unassigned ticket to oneself is taking it");
        t = tix.ok("assign", id, "--none", "--json").json();
        assertTrue(t.get("assignee").isNull(), "and --none on one's own ticket is releasing it");
    }

    @Test
    void anAgentCannotTouchSomeoneElsesTicket() {
        long id = desk.create("Ben's ticket");
        String ref = String.valueOf(id);
        tix.ok("assign", ref, "--to", "ben");
        tix.as("ana");
        String[][] refused = {
            {"take", ref}, {"release", ref}, {"assign", ref, "--to", "ana"}, {"assign", ref, "--none"},
            {"assign", ref, "--to", "ben", "--no-sticky"}, {"note", ref, "--body", "x"}, {"reply", ref, "--body", "x"},
            {"tag", ref, "+x"}, {"priority", ref, "1"}, {"due", ref, "2026-12-01"}, {"edit", ref, "--title", "x"},
            {"status", ref, "open"}, {"resolve", ref}, {"escalate", ref, "--question", "q"},
            {"deescalate", ref, "--to", "triage"}, {"receive", ref, "--body", "x"},
            {"split", ref, "--message", "1"}, {"merge", ref, "--into", String.valueOf(desk.create("other"))},
        };
        for (String[] args : refused) {
            TixRunner.Result r = desk.refused(5, args);
            assertTrue(r.err().contains("ben") || r.err().contains("admin"), r.err());
        }
        tix.ok("show", ref);
        tix.ok("history", ref);
    }

    @Test
    void assigningToOthersReassigningDeletingAndAdministrationNeedAdmin() {
        String id = String.valueOf(desk.create("To assign"));
        tix.as("ana");
        desk.refused(5, "assign", id, "--to", "ben");
        tix.ok("take", id);
        desk.refused(5, "assign", id, "--to", "ben");
        desk.refused(5, "delete", id, "--permanent");
        desk.refused(5, "agent", "add", "cleo");
        desk.refused(5, "agent", "set", "ben", "--role", "admin");
        desk.refused(5, "agent", "set", "ana", "--role", "admin");
        desk.refused(5, "close", id, "--force");
        JsonNode own = tix.ok("agent", "set", "ana", "--name", "Ana Lima", "--signature", "Ana", "--json").json();
        assertEquals("Ana Lima", own.get("name").asText(), "an agent edits their own profile");
        tix.as("lead");
        assertEquals("ben", tix.ok("assign", id, "--to", "ben", "--json").json().get("assignee").asText());
        tix.ok("delete", id, "--permanent");
        desk.refused(3, "show", id);
    }

    @Test
    void anUnknownActorIsRefusedOnceTheDeskHasAgents() {
        String id = String.valueOf(desk.create("Strangers"));
        tix.as("mallory");
        TixRunner.Result r = desk.refused(5, "note", id, "--body", "hi");
        assertTrue(r.err().contains("'mallory' is not an agent"), r.err());
        tix.ok("show", id);
    }

    @Test
    void aDeskWithoutAgentsTreatsTheActorAsAdmin(@TempDir Path other) {
        TixRunner bare = new TixRunner(other).as("solo").at(Desk.T0);
        // every way to make a desk (init, import --create) registers its admin: an older desk may still have none
        bare.ok("init");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + bare.db());
             java.sql.Statement st = c.createStatement()) {
            st.execute("DELETE FROM team_members");
            st.execute("DELETE FROM agents");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        assertEquals(0, bare.run("agent", "list", "--json").json().size(), "no agents");
        bare.ok("create", "--title", "No agents yet", "--requester", "a@example.com");
        bare.ok("priority", "1", "urgent");
        bare.ok("status", "1", "open");
        TixRunner.Result r = bare.run("take", "1");
        assertEquals(3, r.code(), "only an agent can be an assignee: " + r);
        bare.ok("close", "1", "--force");
        bare.ok("agent", "add", "ana");
        JsonNode agents = bare.ok("agent", "list", "--json").json();
        assertEquals(2, agents.size(), "adding the first agent registers the acting admin too: " + agents);
        assertEquals("admin", bare.ok("agent", "show", "solo", "--json").json().get("role").asText());
        assertEquals("agent", bare.ok("agent", "show", "ana", "--json").json().get("role").asText());
        bare.ok("delete", "1", "--permanent");
    }

    @Test
    void initIsIdempotentAndNamesTheAdmins() {
        TixRunner.Result again = tix.ok("init");
        assertTrue(again.out().contains("already initialised (admin: lead)"), again.out());
        tix.as("ana");
        JsonNode j = tix.ok("init", "--json").json();
        assertEquals(false, j.get("created").asBoolean());
        assertEquals("[\"lead\"]", j.get("admins").toString());
        assertEquals("agent", tix.ok("agent", "show", "ana", "--json").json().get("role").asText());
    }

    @Test
    void theLastAdminCannotStepDown() {
        desk.refused(4, "agent", "set", "lead", "--role", "agent");
        tix.ok("agent", "set", "ana", "--role", "admin");
        tix.ok("agent", "set", "lead", "--role", "agent");
        assertEquals("agent", tix.ok("agent", "show", "lead", "--json").json().get("role").asText());
    }
}
