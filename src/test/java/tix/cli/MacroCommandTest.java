package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

class MacroCommandTest {
    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() {
        tix = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
        tix.ok("agent", "set", "lead", "--name", "Lee Adams");
        tix.ok("agent", "add", "ana");
    }

    @Test
    void aMacroIsAddedShownUsedInRepliesAndCounted() throws Exception {
        Path file = dir.resolve("reset.txt");
        Files.writeString(file, "Hello {name},\n\nUse the reset link on the login page (ticket #{id}).\n{agent}\n");
        JsonNode m = tix.ok("macro", "add", "reset", "--body-file", file.toString(), "--json").json();
        assertEquals("reset", m.get("name").asText());
        assertEquals(0, m.get("uses").asInt());
        assertEquals("Hello {name},\n\nUse the reset link on the login page (ticket #{id}).\n{agent}\n",
                tix.ok("macro", "show", "reset").out(), "show prints the raw text");

        tix.ok("create", "--title", "Locked out", "--requester", "ana.c@example.com", "--name", "Ana C");
        JsonNode replied = tix.ok("reply", "1", "--macro", "reset", "--json").json();
        JsonNode msgs = replied.get("messages");
        assertEquals("Hello Ana C,\n\nUse the reset link on the login page (ticket #1).\nLee Adams",
                msgs.get(msgs.size() - 1).get("body").asText());
        tix.at("2026-11-23T10:00:00Z").ok("reply", "1", "--body", "One more thing.", "--macro", "reset");
        JsonNode shown = tix.ok("macro", "show", "reset", "--json").json();
        assertEquals(2, shown.get("uses").asInt());
        assertEquals("2026-11-23T10:00:00Z", shown.get("last_used_at").asText());
        JsonNode list = tix.ok("macro", "list", "--json").json();
        assertEquals(1, list.size());
        assertEquals("name,uses,last_used_at,body\r\n", tix.ok("macro", "list", "--csv").out().substring(0, 29));
    }

    @Test
    void refusalsAndRoles() {
        tix.ok("macro", "add", "thanks", "--body", "Thanks!");
        tix.ok("create", "--title", "T", "--requester", "c@example.com");
        String dump = tix.dump();
        assertEquals(4, tix.run("macro", "add", "thanks", "--body", "Other").code());
        assertEquals(2, tix.run("macro", "add", "empty", "--body", " ").code());
        assertEquals(2, tix.run("macro", "add", "bad name", "--body", "x").code());
        assertEquals(2, tix.run("macro", "add", "nobody").code());
        assertEquals(3, tix.run("macro", "show", "nope").code());
        assertEquals(3, tix.run("macro", "remove", "nope").code());
        TixRunner.Result r = tix.run("reply", "1", "--macro", "nope");
        assertEquals(3, r.code());
        assertEquals("tix: macro 'nope' not found (see 'tix macro list')\n", r.err());
        tix.as("ana");
        assertEquals(5, tix.run("macro", "add", "mine", "--body", "x").code());
        assertEquals(5, tix.run("macro", "remove", "thanks").code());
        assertEquals(dump, tix.dump());
        assertEquals("Thanks!\n", tix.ok("macro", "show", "thanks").out(), "reading is for every agent");

        tix.as("lead");
        JsonNode replaced = tix.ok("macro", "add", "thanks", "--body", "Thank you!", "--replace", "--json").json();
        assertEquals("Thank you!", replaced.get("body").asText());
        assertEquals("Removed macro thanks\n", tix.ok("macro", "remove", "thanks").out());
        assertEquals("[]", tix.ok("macro", "list", "--json").json().toString());
    }

    @Test
    void suggestListsAnswersWrittenThreeTimes() {
        for (int i = 1; i <= 4; i++) {
            tix.ok("create", "--title", "Q" + i, "--requester", "c" + i + "@example.com");
            tix.ok("reply", String.valueOf(i), "--body", i == 4 ? "Something else" : "Clear your cache and retry.");
        }
        tix.ok("reply", "4", "--body", "Something else");
        JsonNode s = tix.ok("macro", "suggest", "--json").json();
        assertEquals(1, s.size(), s.toString());
        assertEquals(3, s.get(0).get("times").asInt());
        assertEquals("[1,2,3]", s.get(0).get("tickets").toString());
        assertEquals("Clear your cache and retry.", s.get(0).get("body").asText());
        assertEquals(2, tix.ok("macro", "suggest", "--min", "2", "--json").json().size());
        assertEquals(2, tix.run("macro", "suggest", "--min", "1").code());
    }
}
