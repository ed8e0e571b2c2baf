package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

class TeamTierCommandTest {
    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() {
        tix = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
        tix.ok("agent", "add", "ana");
        tix.ok("agent", "add", "bo");
    }

    @Test
    void teamsHaveMembersAndTicketsAssignedToThem() {
        JsonNode t = tix.ok("team", "add", "product", "--member", "ana,bo", "--json").json();
        assertEquals("product", t.get("name").asText());
        assertEquals("[\"ana\",\"bo\"]", t.get("members").toString());
        assertEquals(0, t.get("tickets").asInt());

        t = tix.ok("team", "set", "product", "--remove-member", "bo", "--json").json();
        assertEquals("[\"ana\"]", t.get("members").toString());
        assertEquals("[\"product\"]", tix.ok("agent", "show", "ana", "--json").json().get("teams").toString());

        tix.ok("create", "--title", "Feature idea", "--requester", "c@example.com");
        JsonNode assigned = tix.ok("assign", "1", "--team", "product", "--json").json();
        assertEquals("product", assigned.get("team").asText());
        assertEquals(1, tix.ok("team", "show", "product", "--json").json().get("tickets").asInt());
        assertEquals(1, tix.ok("list", "--team", "product", "--json").json().size());

        String csv = tix.ok("team", "list", "--csv").out();
        assertEquals("name,members,tickets\r\noncall,,0\r\nproduct,ana,1\r\n", csv, "init's team oncall, then product");

        JsonNode removed = tix.ok("team", "remove", "product", "--json").json();
        assertEquals("[1]", removed.get("ids").toString());
        JsonNode after = tix.ok("show", "1", "--json").json();
        assertTrue(after.get("team").isNull());
        JsonNode history = tix.ok("history", "1", "--json").json();
        JsonNode last = history.get(history.size() - 1);
        assertEquals("team", last.get("field").asText());
        assertEquals("product", last.get("old").asText());
        assertEquals("[]", tix.ok("agent", "show", "ana", "--json").json().get("teams").toString());
        assertEquals(3, tix.run("team", "show", "product").code());
    }

    @Test
    void teamRefusals() {
        tix.ok("team", "add", "product");
        String dump = tix.dump();
        assertEquals(4, tix.run("team", "add", "product").code());
        assertEquals(3, tix.run("team", "add", "ops", "--member", "nobody").code());
        assertEquals(3, tix.run("team", "set", "nope", "--add-member", "ana").code());
        assertEquals(3, tix.run("team", "set", "product", "--remove-member", "ana").code());
        assertEquals(2, tix.run("team", "set", "product").code());
        assertEquals(3, tix.run("team", "remove", "nope").code());
        assertEquals(3, tix.run("assign", "1", "--team", "nope").code());
        tix.as("ana");
        TixRunner.Result r = tix.run("team", "add", "ops");
        assertEquals(5, r.code(), r.toString());
        assertEquals("tix: you lack desk.configure (held by role admin: lead)\n", r.err());
        assertEquals(5, tix.run("team", "set", "product", "--add-member", "ana").code());
        assertEquals(5, tix.run("team", "remove", "product").code());
        assertEquals(dump, tix.dump());
    }

    @Test
    void tiersAreListedInOrderAndANewOneSitsWhereItIsPut() {
        JsonNode tiers = tix.ok("tier", "list", "--json").json();
        assertEquals(7, tiers.size());
        assertEquals("triage", tiers.get(0).get("name").asText());
        assertEquals("oncall", tiers.get(6).get("name").asText());
        assertEquals("24x7", tiers.get(6).get("calendar").asText());
        assertTrue(tiers.get(0).get("calendar").isNull());

        tiers = tix.ok("tier", "add", "t2b", "--after", "t2", "--json").json();
        assertEquals(8, tiers.size());
        assertEquals("t2b", tiers.get(3).get("name").asText());
        assertEquals(3, tiers.get(3).get("position").asInt());
        assertEquals("t3", tiers.get(4).get("name").asText());

        tix.ok("create", "--title", "Hard one", "--requester", "c@example.com", "--tier", "t2");
        JsonNode up = tix.ok("escalate", "1", "--question", "Why?", "--json").json();
        assertEquals("t2b", up.get("tier").asText(), "escalation passes through the new tier");
        assertEquals(1, tix.ok("tier", "list", "--json").json().get(3).get("tickets").asInt());
        assertTrue(tix.ok("tier", "list").out().startsWith("NAME"));

        String dump = tix.dump();
        assertEquals(4, tix.run("tier", "add", "t2b").code());
        assertEquals(3, tix.run("tier", "add", "t9", "--after", "nope").code());
        assertEquals(3, tix.run("tier", "add", "t9", "--calendar", "moon").code());
        tix.as("ana");
        assertEquals(5, tix.run("tier", "add", "t9").code());
        assertEquals(dump, tix.dump());
    }
}
