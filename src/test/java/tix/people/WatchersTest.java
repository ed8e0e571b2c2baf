package tix.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** Watchers, mentions, `notify --team`, notification choices, the hook, and the on-call acknowledgement. */
class WatchersTest {
    static final String T0 = "2026-11-23T09:00:00Z";

    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() {
        tix = new TixRunner(dir).as("lead").at(T0);
        tix.ok("init");
        tix.ok("agent", "add", "ana", "--email", "ana@desk.example");
        tix.ok("agent", "add", "bo", "--email", "bo@desk.example");
        tix.ok("agent", "add", "cy");
        tix.ok("team", "add", "product", "--member", "bo,cy");
        tix.ok("create", "--title", "Login fails", "--requester", "carla@example.com", "--body", "Cannot log in");
    }

    private List<String> watchers(String id) {
        List<String> out = new ArrayList<>();
        for (JsonNode w : tix.ok("show", id, "--json").json().get("watchers")) out.add(w.asText());
        return out;
    }

    /** "agent event subject" of every notification, oldest first. */
    private List<String> told() {
        List<String> out = new ArrayList<>();
        for (JsonNode n : tix.ok("notifications", "--json").json()) {
            out.add(n.get("agent").asText() + " " + n.get("event").asText() + " " + n.get("subject").asText());
        }
        return out;
    }

    @Test
    void followAndUnfollowChangeTheWatchersWithAnEventEach() {
        assertEquals(List.of(), watchers("1"));
        tix.as("ana").ok("follow", "1");
        tix.as("ana").ok("follow", "1"); // twice: no change
        tix.as("ana").ok("follow", "1", "--team", "product");
        tix.as("lead").ok("follow", "1", "--agent", "bo");
        assertEquals(List.of("ana", "team:product", "bo"), watchers("1"));
        tix.ok("unfollow", "1", "--agent", "bo");
        tix.ok("unfollow", "1", "--agent", "bo");
        assertEquals(List.of("ana", "team:product"), watchers("1"));
        List<String> events = new ArrayList<>();
        for (JsonNode e : tix.ok("history", "1", "--json").json()) {
            if ("watchers".equals(e.get("field").asText(null))) {
                events.add(e.get("actor").asText() + " " + e.get("old").asText("-") + " " + e.get("new").asText("-"));
            }
        }
        assertEquals(List.of("ana - ana", "ana - team:product", "lead - bo", "lead bo -"), events);
        assertTrue(tix.ok("show", "1").out().contains("watchers    ana team:product")
                || tix.ok("show", "1").out().contains("ana team:product"), tix.ok("show", "1").out());
    }

    @Test
    void unknownWatchersAreNotFoundAndChangeNothing() {
        String before = tix.dump();
        var r = tix.run("follow", "1", "--agent", "nobody");
        assertEquals(3, r.code(), r.toString());
        assertTrue(r.err().startsWith("tix: agent 'nobody' not found"), r.err());
        assertEquals(3, tix.run("follow", "1", "--team", "nobody").code());
        assertEquals(3, tix.run("note", "1", "--body", "x", "--cc-agent", "nobody").code());
        assertEquals(2, tix.run("follow", "1", "--agent", "ana", "--team", "product").code());
        assertEquals(3, tix.run("follow", "9").code());
        assertEquals(before, tix.dump());
    }

    @Test
    void mentionsInANoteAddWatchersAndTellThem() {
        tix.ok("note", "1", "--body", "@ana and @product please look; mail bob@example.org, @nobody is plain text.");
        assertEquals(List.of("ana", "team:product"), watchers("1"));
        assertEquals(List.of("ana mention [#1] Mentioned: Login fails", "bo mention [#1] Mentioned: Login fails"), told(),
                "cy has no address and there is no hook: nothing to deliver");
        String mail = tix.ok("mail", "outbox", "--json").json().toString();
        assertTrue(mail.contains("ana@desk.example") && mail.contains("bo@desk.example"), mail);
    }

    @Test
    void ccAgentOnCreateReplyAndNote() {
        tix.ok("create", "--title", "Two", "--requester", "d@example.com", "--cc-agent", "ana");
        assertEquals(List.of("ana"), watchers("2"));
        tix.ok("reply", "2", "--body", "Looking", "--cc-agent", "bo,cy");
        assertEquals(List.of("ana", "bo", "cy"), watchers("2"));
        tix.ok("note", "1", "--body", "see this", "--cc-agent", "bo");
        assertEquals(List.of("bo"), watchers("1"));
    }

    @Test
    void notifyTellsATeamWithoutAssigningIt() {
        JsonNode t = tix.as("ana").ok("notify", "1", "--team", "product", "--note", "Customer asks for SSO", "--json").json();
        assertTrue(t.get("team").isNull(), "not assigned to the team");
        assertEquals(List.of("team:product"), watchers("1"));
        JsonNode note = t.get("messages").get(1);
        assertEquals("note", note.get("kind").asText());
        assertEquals("**product**\n\nCustomer asks for SSO", note.get("body").asText());
        assertEquals(List.of("bo mention [#1] Note for team product: Login fails"), told());
    }

    @Test
    void aMembersOnlyQueuesTicketsReachOnlyItsMembersEvenAsATitle() {
        tix.ok("agent", "set", "ana", "--notify", "all");
        tix.ok("agent", "set", "bo", "--notify", "all");
        tix.ok("queue", "add", "hosting", "--members-only");
        tix.ok("queue", "member", "add", "hosting", "bo");
        tix.ok("create", "--title", "Server down", "--requester", "carla@example.com", "--queue", "hosting");
        tix.ok("create", "--title", "Printer jam", "--requester", "carla@example.com");
        assertEquals(List.of("bo new [#2] New ticket: Server down", "ana new [#3] New ticket: Printer jam",
                "bo new [#3] New ticket: Printer jam"), told(),
                "ana is not in hosting: she hears nothing of #2, not even its title");
    }

    @Test
    void eachAgentChoosesWhatTheyHearOf() {
        assertEquals(2, tix.run("agent", "set", "ana", "--notify", "reply,bogus").code());
        tix.ok("agent", "set", "ana", "--notify", "status,reply");
        assertEquals("reply,status", tix.ok("agent", "show", "ana", "--json").json().get("notify").asText());
        tix.ok("agent", "set", "bo", "--notify", "none");
        tix.ok("follow", "1", "--agent", "ana");
        tix.ok("follow", "1", "--agent", "bo");
        tix.ok("assign", "1", "--to", "ana");
        tix.ok("receive", "1", "--body", "Any news?");
        tix.ok("status", "1", "pending");
        assertEquals(List.of("ana reply [#1] Customer reply: Login fails", "ana status [#1] Status new -> pending: Login fails"),
                told(), "ana did not choose assignments; bo chose nothing");
    }

    @Test
    void theHookGetsEachNotificationAsJsonAndAFailingHookNeverFailsTheCommand() throws Exception {
        Path log = dir.resolve("hook.log");
        Path hook = dir.resolve("hook.sh");
        Files.writeString(hook, "#!/bin/sh\n{ cat; echo \"$TIX_NOTIFY_EVENT $TIX_NOTIFY_AGENT $TIX_TICKET\"; } >> '" + log + "'\n");
        tix.ok("config", "set", "notify.hook", "sh " + hook);
        var r = tix.ok("assign", "1", "--to", "cy");
        assertEquals("", r.err());
        List<String> lines = Files.readAllLines(log);
        assertEquals(2, lines.size(), lines.toString());
        JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(0));
        assertEquals("cy", n.get("agent").asText());
        assertEquals("assigned", n.get("event").asText());
        assertEquals(1, n.get("ticket_id").asLong());
        assertEquals("assigned cy 1", lines.get(1));
        assertEquals("sent", tix.ok("notifications", "--json").json().get(0).get("hook_status").asText());

        tix.ok("config", "set", "notify.hook", "echo broken >&2; exit 3");
        var failing = tix.run("assign", "1", "--to", "ana", "--json");
        assertEquals(0, failing.code(), failing.toString());
        assertEquals("ana", failing.json().get("assignee").asText(), "the command did its work");
        assertEquals(1, failing.err().lines().count(), failing.err());
        assertTrue(failing.err().startsWith("tix: notify hook failed for 2 notification(s): exit 3: broken"), failing.err());
        JsonNode failed = tix.ok("notifications", "--failed", "--json").json();
        assertEquals(List.of("ana", "cy"), failed.findValuesAsText("agent"), "ana's assignment, and cy hears it went to ana");
        assertEquals("exit 3: broken", failed.get(0).get("hook_error").asText());

        tix.ok("config", "set", "notify.hook", "sh " + hook);
        tix.ok("notifications", "--retry");
        assertEquals(0, tix.ok("notifications", "--failed", "--json").json().size());
        assertTrue(Files.readString(log).contains("\"agent\":\"ana\""), Files.readString(log));
    }

    @Test
    void escalationToOncallPagesTheOncallTeamAndTheirTakeAcknowledges() {
        tix.ok("agent", "set", "cy", "--email", "cy@desk.example", "--notify", "none");
        tix.ok("team", "set", "oncall", "--add-member", "cy");
        assertEquals("oncall", tierTeam("oncall"));
        tix.as("ana").ok("escalate", "1", "--oncall", "--question", "Database down?");
        assertEquals(List.of("cy escalation [#1] ON-CALL: escalated to oncall: Login fails"), told(),
                "on-call is paged whatever cy chose");
        tix.as("cy").at("2026-11-23T09:20:00Z").ok("take", "1");
        JsonNode sla = tix.at("2026-11-23T12:00:00Z").ok("sla", "explain", "1", "--json").json();
        assertEquals("2026-11-23T09:20:00Z", sla.get("stopped_at").asText());
        assertEquals("cy", sla.get("acknowledged_by").asText());
        assertEquals("green", sla.get("colour").asText(), "acknowledged in 20 minutes, under the hour");
        String text = tix.at("2026-11-23T12:00:00Z").ok("sla", "explain", "1").out();
        assertTrue(text.contains("by cy's acknowledgement"), text);
    }

    @Test
    void aNoteBySomeoneOutsideTheOncallTeamDoesNotAcknowledge() {
        tix.ok("team", "set", "oncall", "--add-member", "cy");
        tix.ok("escalate", "1", "--oncall", "--question", "Down?");
        tix.as("ana").at("2026-11-23T09:10:00Z").ok("note", "1", "--body", "still down");
        JsonNode sla = tix.at("2026-11-23T10:20:00Z").ok("sla", "explain", "1", "--json").json();
        assertTrue(sla.get("stopped_at").isNull(), sla.toString());
        assertEquals("yellow", sla.get("colour").asText());
        tix.as("cy").at("2026-11-23T10:25:00Z").ok("note", "1", "--body", "on it");
        sla = tix.at("2026-11-23T12:00:00Z").ok("sla", "explain", "1", "--json").json();
        assertEquals("2026-11-23T10:25:00Z", sla.get("stopped_at").asText());
        assertEquals("yellow", sla.get("colour").asText(), "frozen where it was");
        assertFalse(tix.ok("history", "1", "--json").json().toString().contains("\"actor\":\"ana\",\"action\":\"sla\""));
    }

    private String tierTeam(String tier) {
        for (JsonNode t : tix.ok("tier", "list", "--json").json()) {
            if (t.get("name").asText().equals(tier)) return t.get("team").asText(null);
        }
        return null;
    }
}
