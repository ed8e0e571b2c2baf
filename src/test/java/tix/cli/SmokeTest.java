package tix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

class SmokeTest {
    @TempDir
    Path dir;

    @Test
    void createShowAndARefusedTransitionLeavesTheFileAlone() {
        TixRunner tix = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
        var created = tix.ok("create", "--title", "Printer on fire", "--requester", "ana@example.com", "--body", "Help", "--json");
        assertEquals(1, created.json().get("id").asInt());
        assertEquals("new", created.json().get("status").asText());
        assertEquals("customer", created.json().get("messages").get(0).get("kind").asText());

        byte[] before = tix.bytes();
        String dump = tix.dump();
        var refused = tix.run("close", "1");
        assertEquals(4, refused.code(), refused.toString());
        assertTrue(refused.err().startsWith("tix: #1 cannot go from new to closed"), refused.err());
        assertEquals("", refused.out());
        assertEquals(dump, tix.dump());
        assertArrayEquals(before, tix.bytes());
    }
}
