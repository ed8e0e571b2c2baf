package tix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** `create --from-json` (issue 14 point 8): intake from any channel, checked and routed as create, all or nothing. */
class CreateFromJsonTest {
    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() {
        tix = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
        tix.ok("queue", "add", "Paid Support");
        tix.ok("tagset", "add", "--preset", "chat-vendor");
        tix.ok("tagset", "add", "area", "Cloud Service");
        tix.ok("route", "add", "channel", "review", "--tag", "app review", "--priority", "high");
    }

    @Test
    void oneObjectFromStandardInputIsOneTicketLikeCreate() {
        TixRunner.Result r = tix.runWithInput("{\"title\": \"Crashes on start\", \"requester\": \"dana@example.com\", "
                + "\"name\": \"Dana\", \"body\": \"Since 4.2 it crashes.\", \"channel\": \"review\", "
                + "\"tags\": [\"bug\", \"Cloud service\"], \"queue\": \"Paid Support\", \"due\": \"2026-11-30\"}",
                "create", "--from-json", "-", "--json");
        assertEquals(0, r.code(), r.toString());
        JsonNode t = r.json();
        assertEquals(1, t.get("id").asInt());
        assertEquals("review", t.get("channel").asText());
        assertEquals("Paid Support", t.get("queue").asText());
        assertEquals(75, t.get("priority").asInt(), "routed as create is");
        assertEquals("[\"app review\",\"area:Cloud Service\",\"type:Bug\"]", t.get("tags").toString());
        assertEquals("Dana", t.get("requester").get("name").asText());
        assertEquals("Since 4.2 it crashes.", t.get("messages").get(0).get("body").asText());
        assertEquals("", r.err());
    }

    @Test
    void anArrayWithAttachmentsByContentAndByPath() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3};
        Files.write(dir.resolve("shot.png"), png);
        Path in = dir.resolve("intake.json");
        Files.writeString(in, "[{\"title\": \"From Twitter\", \"requester\": \"eve@example.com\", \"channel\": \"social\", "
                + "\"body\": \"See the screenshot\", \"attachments\": [{\"path\": \"shot.png\"}, "
                + "{\"name\": \"log.txt\", \"content_base64\": \"" + Base64.getEncoder().encodeToString(
                        "line 1\n".getBytes(StandardCharsets.UTF_8)) + "\"}]},"
                + " {\"title\": \"Phone call\", \"requester\": \"fay@example.com\", \"channel\": \"phone\", \"priority\": 60}]",
                StandardCharsets.UTF_8);
        JsonNode made = tix.ok("create", "--from-json", in.toString(), "--json").json();
        assertTrue(made.isArray());
        assertEquals(2, made.size());
        assertEquals(60, made.get(1).get("priority").asInt());
        String list = tix.ok("attachment", "list", "1").out();
        assertTrue(list.contains("shot.png") && list.contains("log.txt"), list);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        tix.ok("attachment", "save", "1", "1", "--to", out.toString());
        assertArrayEquals(png, Files.readAllBytes(out.resolve("shot.png")), "the bytes round-trip");
        tix.ok("attachment", "save", "1", "2", "--to", out.toString());
        assertEquals("line 1\n", Files.readString(out.resolve("log.txt")));
    }

    @Test
    void aBadElementIsExit7NamingItAndNothingIsWritten() throws Exception {
        byte[] before = tix.bytes();
        String good = "{\"title\": \"Fine\", \"requester\": \"a@example.com\"}";
        String[][] cases = {
            {"[" + good + ", {\"title\": \"x\", \"requester\": \"not an address\"}]", "tix: element 1: bad requester"},
            {"[" + good + ", {\"title\": \"x\", \"requester\": \"b@example.com\", \"priority\": \"sky-high\"}]", "tix: element 1: "},
            {"[" + good + ", {\"title\": \"x\", \"requester\": \"b@example.com\", \"queue\": \"nope\"}]", "tix: element 1: queue 'nope' not found"},
            {"[" + good + ", {\"title\": \"x\", \"requester\": \"b@example.com\", \"tags\": [\"type:Bgu\"]}]", "tix: element 1: 'Bgu' is not a tag"},
            {"[" + good + ", {\"title\": \"x\", \"requester\": \"b@example.com\", \"colour\": \"red\"}]", "tix: element 1: unknown key 'colour'"},
            {"[" + good + ", {\"title\": \"x\", \"requester\": \"b@example.com\", \"body\": \"b\", \"attachments\": [{\"name\": \"a\", \"content_base64\": \"%%%\"}]}]", "tix: element 1: content_base64"},
            {"[" + good + ", {\"title\": \"x\", \"requester\": \"b@example.com\", \"attachments\": [{\"path\": \"missing.png\"}]}]", "tix: element 1: no such attachment"},
            {"[" + good + ", {\"requester\": \"b@example.com\"}]", "tix: element 1: a title is required"},
            {"[" + good + ", 42]", "tix: element 1: not an object"},
            {"[]", "tix: an empty array"},
            {"{\"title\": ", "tix: not JSON"},
        };
        for (String[] c : cases) {
            TixRunner.Result r = tix.runWithInput(c[0], "create", "--from-json", "-");
            assertEquals(7, r.code(), c[0] + " -> " + r);
            assertTrue(r.err().startsWith(c[1]), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertEquals("", r.out());
        }
        assertEquals(2, tix.run("create", "--from-json", dir.resolve("none.json").toString()).code(), "a missing file is 2");
        assertEquals(2, tix.runWithInput(good, "create", "--from-json", "-", "--title", "x").code());
        assertEquals(2, tix.run("create", "--title", "only a title").code());
        assertArrayEquals(before, tix.bytes(), "nothing was written");
    }
}
