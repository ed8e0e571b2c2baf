package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

class KnownCommandTest {
    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() {
        tix = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
        tix.ok("agent", "add", "ana");
        for (int i = 1; i <= 7; i++) tix.ok("create", "--title", "Cannot log in " + i, "--requester", "c" + i + "@example.com");
    }

    @Test
    void issuesAreNumberedLinkedTaggedAndFlaggedByCount() {
        JsonNode k = tix.ok("known", "create", "--title", "Login loop on Safari 17!", "--json").json();
        assertEquals(1, k.get("number").asInt());
        assertEquals("1-login-loop-on-safari-17", k.get("tag").asText());
        assertEquals("open", k.get("status").asText());
        JsonNode jira = tix.ok("known", "create", "--title", "Export times out", "--number", "4711", "--slug", "export timeout", "--json").json();
        assertEquals("4711-export-timeout", jira.get("tag").asText());

        tix.ok("known", "link", "1", "1", "2");
        JsonNode t1 = tix.ok("show", "1", "--json").json();
        assertEquals(1, t1.get("known_issue").asInt());
        assertEquals("[\"1-login-loop-on-safari-17\"]", t1.get("tags").toString());
        JsonNode list = tix.ok("known", "list", "--json").json();
        assertTrue(list.get(0).get("advice").isNull(), "two tickets warrant nothing yet");

        JsonNode three = tix.ok("known", "link", "1", "3", "--json").json();
        assertEquals(3, three.get("tickets").asInt());
        assertEquals("warrants a tag", three.get("advice").asText());
        JsonNode six = tix.ok("known", "link", "1", "4", "5", "6", "--json").json();
        assertEquals("warrants a status-page notice", six.get("advice").asText());
        String table = tix.ok("known", "list").out();
        assertTrue(table.contains("warrants a status-page notice"), table);

        tix.ok("known", "link", "4711", "6");
        JsonNode moved = tix.ok("show", "6", "--json").json();
        assertEquals(4711, moved.get("known_issue").asInt());
        assertEquals("[\"4711-export-timeout\"]", moved.get("tags").toString(), "moving drops the old issue's tag");
        assertEquals("[1,2,3,4,5]", tix.ok("known", "show", "1", "--json").json().get("ids").toString());
        JsonNode h = tix.ok("history", "6", "--json").json();
        JsonNode last = h.get(h.size() - 1);
        assertEquals("known_issue", last.get("field").asText(), h.toString());
        assertEquals("1", last.get("old").asText());
        assertEquals("4711", last.get("new").asText());

        JsonNode resolved = tix.ok("known", "resolve", "1", "--note", "fixed in 2.4.1", "--json").json();
        assertEquals("resolved", resolved.get("status").asText());
        assertEquals("fixed in 2.4.1", resolved.get("resolution").asText());
        assertEquals("2026-11-23T09:00:00Z", resolved.get("resolved_at").asText());
    }

    @Test
    void refusalsAndRoles() {
        tix.ok("known", "create", "--title", "Bug");
        tix.ok("resolve", "7");
        tix.ok("close", "7");
        tix.ok("assign", "2", "--to", "lead");
        String dump = tix.dump();
        assertEquals(4, tix.run("known", "create", "--title", "Other", "--number", "1").code());
        assertEquals(2, tix.run("known", "create").code());
        assertEquals(3, tix.run("known", "link", "9", "1").code());
        assertEquals(3, tix.run("known", "link", "1", "99").code());
        assertEquals(3, tix.run("known", "resolve", "9").code());
        assertEquals(3, tix.run("known", "note", "9", "text").code());
        assertEquals(2, tix.run("known", "note", "1", " ").code());
        assertEquals(2, tix.run("known", "note", "1").code());
        tix.as("ana");
        assertEquals(5, tix.run("known", "resolve", "1").code(), "known.manage: leads and admins");
        assertEquals(5, tix.run("known", "link", "1", "1", "2").code(), "#2 is lead's");
        assertEquals(dump, tix.dump());
        assertEquals(0, tix.run("known", "create", "--title", "Mine").code(), "agents open known issues (known.create)");
        tix.ok("known", "link", "1", "1");
        assertEquals(1, tix.ok("known", "list", "--json").json().get(0).get("tickets").asInt());
    }

    @Test
    void closedTicketsCanBeLinkedAndStayClosed() {
        tix.ok("known", "create", "--title", "Login loop");
        tix.ok("resolve", "7");
        tix.ok("close", "7");
        JsonNode k = tix.ok("known", "link", "1", "6", "7", "--json").json();
        assertEquals(2, k.get("tickets").asInt());
        JsonNode seven = tix.ok("show", "7", "--json").json();
        assertEquals("closed", seven.get("status").asText(), "linking changes no status");
        assertEquals(1, seven.get("known_issue").asInt());
        assertEquals("[\"1-login-loop\"]", seven.get("tags").toString());
        JsonNode last = tix.ok("history", "7", "--json").json();
        assertEquals("known_issue", last.get(last.size() - 1).get("field").asText(), "the link is in the history");
    }

    @Test
    void notesRecordUpdatesWithAuthorAndTime() {
        tix.ok("known", "create", "--title", "Login loop");
        tix.as("ana").at("2026-11-24T10:00:00Z");
        JsonNode k = tix.ok("known", "note", "1", "Workaround:", "clear the SSO cookie", "--json").json();
        assertEquals("[{\"at\":\"2026-11-24T10:00:00Z\",\"actor\":\"ana\",\"text\":\"Workaround: clear the SSO cookie\"}]",
                k.get("notes").toString());
        tix.as("lead").at("2026-11-25T10:00:00Z").ok("known", "resolve", "1", "--note", "Fixed in 4.2");
        tix.ok("known", "note", "1", "Fix confirmed by two customers");
        JsonNode shown = tix.ok("known", "show", "1", "--json").json();
        assertEquals(2, shown.get("notes").size());
        assertEquals("lead", shown.get("notes").get(1).get("actor").asText());
        assertEquals("resolved", shown.get("status").asText());
        String text = tix.ok("known", "show", "1").out();
        assertTrue(text.contains("Fix confirmed by two customers"), text);
    }
}
