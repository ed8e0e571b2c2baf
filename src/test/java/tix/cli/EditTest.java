package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** edit, priority, due and tag: what they change and the events they leave. */
class EditTest {
    @TempDir
    Path dir;

    @Test
    void editChangesEachFieldWithAnEditedEvent() {
        Desk desk = new Desk(dir);
        desk.tix.ok("queue", "add", "billing");
        long id = desk.create("Typo in titel");
        JsonNode t = desk.tix.ok("edit", String.valueOf(id), "--title", "Typo in title", "--requester", "dan@example.org",
                "--name", "Dan Brown", "--queue", "billing", "--channel", "phone", "--json").json();
        assertEquals("Typo in title", t.get("title").asText());
        assertEquals("dan@example.org", t.get("requester").get("email").asText());
        assertEquals("Dan Brown", t.get("requester").get("name").asText());
        assertEquals("billing", t.get("queue").asText());
        assertEquals("phone", t.get("channel").asText());
        List<String> fields = new ArrayList<>();
        for (JsonNode e : desk.tix.ok("history", String.valueOf(id), "--json").json()) {
            if (e.get("action").asText().equals("edited")) fields.add(e.get("field").asText());
        }
        assertTrue(fields.containsAll(List.of("title", "requester", "queue", "channel")), fields.toString());
        assertEquals(id, desk.tix.ok("search", "title", "--json").json().get(0).get("id").asLong(), "search sees the new title");
        desk.refused(3, "edit", String.valueOf(id), "--queue", "sales");
        desk.refused(2, "edit", String.valueOf(id), "--requester", "dan");
    }

    @Test
    void priorityDueAndTagsRecordOldAndNew() {
        Desk desk = new Desk(dir);
        long id = desk.create("Values");
        String ref = String.valueOf(id);
        assertEquals(95, desk.tix.ok("priority", ref, "urgent", "--json").json().get("priority").asInt());
        assertEquals("urgent", desk.show(id).get("priority_name").asText());
        assertEquals("2026-12-24T00:00:00Z", desk.tix.ok("due", ref, "2026-12-24", "--json").json().get("due_at").asText());
        assertTrue(desk.tix.ok("due", ref, "none", "--json").json().get("due_at").isNull());
        assertEquals("[\"a\",\"b\"]", desk.tix.ok("tag", ref, "+b", "a", "--json").json().get("tags").toString());
        assertEquals("[\"b\",\"C\"]", desk.tix.ok("tag", ref, "-a", "+C", "--json").json().get("tags").toString());
        JsonNode tags = null;
        JsonNode due = null;
        for (JsonNode e : desk.tix.ok("history", ref, "--json").json()) {
            if (e.get("action").asText().equals("tags")) tags = e;
            if (e.get("action").asText().equals("due")) due = e;
        }
        assertEquals("a,b", tags.get("old").asText());
        assertEquals("b,C", tags.get("new").asText());
        assertTrue(due.get("new").isNull());
    }
}
