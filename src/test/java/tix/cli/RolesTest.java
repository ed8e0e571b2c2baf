package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/**
 * Roles (issue 13): what the built-in agent and lead may do, custom roles, members-only queues, refusals that name the
 * missing right (exit 5, file unchanged), and the desk without agents.
 */
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
    void anAgentCannotWorkOnSomeoneElsesTicketButRoutesIt() {
        long id = desk.create("Ben's ticket");
        String ref = String.valueOf(id);
        tix.ok("assign", ref, "--to", "ben");
        tix.ok("team", "add", "engagement");
        tix.as("ana");
        String[][] refused = {
            {"note", ref, "--body", "x"}, {"reply", ref, "--body", "x"}, {"assign", ref, "--to", "ben", "--no-sticky"},
            {"tag", ref, "+x"}, {"priority", ref, "1"}, {"due", ref, "2026-12-01"}, {"edit", ref, "--title", "x"},
            {"status", ref, "open"}, {"resolve", ref}, {"receive", ref, "--body", "x"},
            {"split", ref, "--message", "1"}, {"merge", ref, "--into", String.valueOf(desk.create("other"))},
        };
        for (String[] args : refused) {
            TixRunner.Result r = desk.refused(5, args);
            assertTrue(r.err().startsWith("tix: you lack ticket.work.others") && r.err().contains("assigned to ben")
                    && r.err().endsWith("(held by role admin: lead)\n"), r.err());
        }
        tix.ok("show", ref);
        tix.ok("history", ref);
        // routing: escalate a colleague's ticket, hand it to a team, reassign it
        tix.ok("escalate", ref, "--question", "on-call, please", "--keep-assignee");
        JsonNode t = tix.ok("assign", ref, "--team", "engagement", "--json").json();
        assertEquals("engagement", t.get("team").asText());
        t = tix.ok("take", ref, "--json").json();
        assertEquals("ana", t.get("assignee").asText());
        t = tix.ok("assign", ref, "--to", "ben", "--json").json();
        assertEquals("ben", t.get("assignee").asText());
        tix.ok("release", ref);
    }

    @Test
    void deletingForcingBulkAndAdministrationNeedTheirRights() {
        String id = String.valueOf(desk.create("To assign"));
        desk.agent("lea", "lead");
        tix.as("ana");
        tix.ok("take", id);
        TixRunner.Result r = desk.refused(5, "delete", id, "--permanent");
        assertEquals("tix: you lack ticket.delete (held by role admin: lead)", r.err().strip());
        desk.refused(5, "agent", "add", "cleo");
        desk.refused(5, "agent", "set", "ben", "--role", "admin");
        desk.refused(5, "agent", "set", "ana", "--role", "admin");
        desk.refused(5, "close", id, "--force");
        desk.refused(5, "bulk", "tag", "+x", "--ids", id);
        desk.refused(5, "known", "resolve", "1");
        JsonNode own = tix.ok("agent", "set", "ana", "--name", "Ana Lima", "--signature", "Ana", "--json").json();
        assertEquals("Ana Lima", own.get("name").asText(), "an agent edits their own profile");
        tix.as("lea");
        tix.ok("bulk", "tag", "+x", "--ids", id);
        tix.ok("note", id, "--body", "a lead works anyone's ticket");
        r = desk.refused(5, "bulk", "delete", "--ids", id, "--permanent");
        assertTrue(r.err().contains("you lack ticket.delete"), r.err());
        desk.refused(5, "queue", "add", "sales");
        desk.refused(5, "delete", id, "--permanent");
        tix.as("lead");
        tix.ok("delete", id, "--permanent");
        desk.refused(3, "show", id);
    }

    @Test
    void assigningToATeamAndAnAgentOutsideItIsAConflict() {
        String id = String.valueOf(desk.create("Team work"));
        tix.ok("team", "add", "billing", "--member", "ben");
        TixRunner.Result r = desk.refused(4, "assign", id, "--team", "billing", "--to", "ana");
        assertTrue(r.err().contains("ana is not in team billing"), r.err());
        JsonNode t = tix.ok("assign", id, "--team", "billing", "--to", "ben", "--json").json();
        assertEquals("ben", t.get("assignee").asText());
        assertEquals("billing", t.get("team").asText());
    }

    @Test
    void aCustomRoleIsASetOfRights() {
        JsonNode role = tix.ok("role", "add", "technician", "--right", "ticket.see", "--right", "ticket.work,ticket.take",
                "--json").json();
        assertEquals("{\"name\":\"technician\",\"built_in\":false,\"rights\":[\"ticket.see\",\"ticket.work\","
                + "\"ticket.take\"],\"agents\":[]}", role.toString());
        tix.ok("agent", "set", "ben", "--role", "technician");
        assertEquals("technician", tix.ok("agent", "show", "ben", "--json").json().get("role").asText());
        String id = String.valueOf(desk.create("For the technician"));
        tix.as("ben");
        tix.ok("take", id);
        tix.ok("note", id, "--body", "on it");
        TixRunner.Result r = desk.refused(5, "create", "--title", "x", "--requester", "x@example.com");
        assertEquals("tix: you lack ticket.create (held by role agent: ana; role admin: lead)", r.err().strip());
        desk.refused(5, "assign", id, "--to", "ana");
        tix.as("lead");
        tix.ok("role", "set", "technician", "--grant", "ticket.create", "--revoke", "ticket.take");
        assertEquals("[\"ticket.see\",\"ticket.create\",\"ticket.work\"]",
                tix.ok("role", "show", "technician", "--json").json().get("rights").toString());
        tix.as("ben");
        tix.ok("create", "--title", "x", "--requester", "x@example.com");
        desk.refused(5, "release", id);
        tix.as("lead");
        assertEquals(4, tix.ok("role", "list", "--json").json().size(), "agent, lead, admin, technician");
        desk.refused(4, "role", "set", "admin", "--revoke", "ticket.delete");
        desk.refused(4, "role", "add", "lead", "--right", "bulk");
        desk.refused(3, "role", "show", "boss");
        desk.refused(3, "agent", "set", "ana", "--role", "boss");
        desk.refused(2, "role", "add", "boss", "--right", "ticket.fly");
        desk.refused(2, "role", "add", "Boss!", "--right", "bulk");
        tix.as("ana");
        desk.refused(5, "role", "add", "boss", "--right", "bulk");
    }

    @Test
    void aMembersOnlyQueueShowsItsTicketsToMembersOnly() {
        tix.ok("queue", "add", "hosting", "--members-only");
        tix.ok("queue", "member", "add", "hosting", "ben");
        long hidden = desk.create("Server down", "--queue", "hosting");
        long open = desk.create("Printer jam");
        String id = String.valueOf(hidden);
        tix.ok("escalate", id, "--to", "t3", "--question", "Which host?");
        tix.ok("escalate", String.valueOf(open), "--to", "t3", "--question", "Which printer?");
        tix.as("ana");
        JsonNode list = tix.ok("list", "--json", "id").json();
        assertEquals("[{\"id\":" + open + "}]", list.toString());
        assertEquals(0, tix.ok("search", "server", "--json").json().size());
        TixRunner.Result r = desk.refused(5, "show", id);
        assertTrue(r.err().startsWith("tix: you lack queue.all to see #" + hidden + " in members-only queue hosting"),
                r.err());
        desk.refused(5, "take", id);
        desk.refused(5, "note", id, "--body", "x");
        desk.refused(5, "list", "--queue", "hosting");
        // nor through the side doors: the SLA explanation, attachments, an export
        desk.refused(5, "sla", "explain", id);
        desk.refused(5, "attachment", "list", id);
        String export = tix.ok("export", "--format", "json").out();
        assertTrue(export.contains("Printer jam") && !export.contains("Server down"), export);
        tix.as("ben");
        tix.ok("reply", id, "--body", "We are restarting the server.");
        tix.as("ana");
        assertEquals(0, tix.ok("mail", "outbox", "--json").json().size(), "the reply about #" + id + " stays hidden");
        String handoff = tix.ok("report", "handoff", "--since", "7d", "--json").out();
        assertTrue(handoff.contains("Printer jam") && !handoff.contains("Server down"), handoff);
        tix.as("ben");
        assertEquals(2, tix.ok("list", "--json", "id").json().size());
        assertEquals(1, tix.ok("search", "server", "--json").json().size());
        tix.ok("take", id);
        tix.as("lead");
        desk.agent("lea", "lead");
        tix.as("lea");
        tix.ok("show", id);
        tix.as("lead");
        JsonNode q = tix.ok("queue", "show", "hosting", "--json").json();
        assertEquals(true, q.get("members_only").asBoolean());
        assertEquals("[\"ben\"]", q.get("members").toString());
        tix.ok("queue", "set", "hosting", "--no-members-only");
        tix.as("ana");
        tix.ok("show", id);
    }

    @Test
    void anUnknownActorIsRefusedOnceTheDeskHasAgents() {
        String id = String.valueOf(desk.create("Strangers"));
        tix.as("mallory");
        TixRunner.Result r = desk.refused(5, "note", id, "--body", "hi");
        assertTrue(r.err().contains("'mallory' is not an agent"), r.err());
        tix.ok("show", id); // someone who is not an agent may read (the file's permissions guard it), nothing more
        desk.refused(5, "take", id);
    }

    @Test
    void aDeskWithoutAgentsTreatsTheActorAsAdmin(@TempDir Path other) {
        TixRunner bare = new TixRunner(other).as("solo").at(Desk.T0);
        // every way to make a desk (init, import --create) registers its admin: an older desk may still have none
        bare.ok("init");
        try (java.sql.Connection c = bare.connection();
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
