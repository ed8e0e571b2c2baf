package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** The JSON and CSV shapes scripts rely on (SPEC §5, §6, §7 "JSON shapes"). */
class JsonShapeTest {
    static final String ISO = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?Z";
    static final List<String> TICKET_FIELDS = List.of("id", "title", "status", "priority", "priority_name", "channel",
            "queue", "tier", "team", "assignee", "sticky", "requester", "tags", "due_at", "status_until", "sla",
            "unanswered", "created_at", "updated_at", "version", "split_from", "merged_into", "follow_up_of",
            "known_issue", "fields");
    static final Set<String> ACTIONS = Set.of("created", "status", "assigned", "tier", "priority", "tags", "message",
            "sla", "split", "merged", "reminder", "due", "edited");

    @TempDir
    Path dir;

    Desk desk;
    TixRunner tix;

    @BeforeEach
    void desk() {
        desk = new Desk(dir);
        tix = desk.tix;
        desk.agent("ana", "agent");
    }

    @Test
    void showHasEveryFieldWithTheRightTypes() {
        JsonNode t = tix.ok("create", "--title", "Cannot log in", "--requester", "Carla@Example.COM", "--name",
                "Carla Diaz", "--body", "It reloads", "--priority", "high", "--channel", "email", "--tag", "Auth",
                "--tag", "sso", "--due", "2026-11-30", "--json").json();
        List<String> expected = new ArrayList<>(TICKET_FIELDS);
        expected.addAll(List.of("watchers", "to_address", "messages", "others"));
        assertEquals(expected, names(t));
        assertTrue(t.get("watchers").isArray() && t.get("watchers").isEmpty(), "watchers: an array of logins and team:NAME");
        assertEquals(1, t.get("id").asInt());
        assertTrue(t.get("id").isIntegralNumber());
        assertTrue(t.get("fields").isObject() && t.get("fields").isEmpty(), "custom fields: an object, empty when none is set");
        assertEquals("new", t.get("status").asText());
        assertEquals(75, t.get("priority").asInt());
        assertEquals("high", t.get("priority_name").asText());
        assertEquals("email", t.get("channel").asText());
        assertEquals("support", t.get("queue").asText());
        assertEquals("triage", t.get("tier").asText());
        assertTrue(t.get("team").isNull());
        assertTrue(t.get("assignee").isNull());
        assertTrue(t.get("sticky").isBoolean() && t.get("sticky").asBoolean());
        assertEquals(List.of("email", "name", "account"), names(t.get("requester")));
        assertEquals("Carla@example.com", t.get("requester").get("email").asText());
        assertEquals("Carla Diaz", t.get("requester").get("name").asText());
        assertTrue(t.get("requester").get("account").isNull());
        assertTrue(t.get("tags").isArray());
        assertEquals("[\"Auth\",\"sso\"]", t.get("tags").toString(), "display names as first written (SPEC §7: an array of strings)");
        assertEquals("2026-11-30T00:00:00Z", t.get("due_at").asText());
        assertTrue(t.get("status_until").isNull());
        assertEquals(List.of("colour", "target", "yellow_at", "red_at", "elapsed_business_minutes"), names(t.get("sla")));
        assertEquals("2026-11-23T09:00:00Z", t.get("created_at").asText());
        assertEquals("2026-11-23T09:00:00Z", t.get("updated_at").asText());
        assertEquals(1, t.get("version").asInt());
        for (String link : List.of("split_from", "merged_into", "follow_up_of", "known_issue")) {
            assertTrue(t.get(link).isNull(), link);
        }
        JsonNode m = t.get("messages").get(0);
        assertEquals(List.of("id", "kind", "author", "body", "created_at", "to", "cc", "side"), names(m));
        assertEquals("customer", m.get("kind").asText());
        assertEquals("Carla@example.com", m.get("author").asText(), "a customer message's author is the requester's email");
        assertEquals("It reloads", m.get("body").asText());
        assertTrue(m.get("created_at").asText().matches(ISO));
        assertTrue(t.get("others").isArray());
    }

    @Test
    void linksAreTopLevelIntegersAndLoginsAreStrings() {
        long a = desk.create("Two questions");
        long msg = desk.show(a).get("messages").get(0).get("id").asLong();
        tix.ok("reply", String.valueOf(a), "--body", "first answer");
        JsonNode split = tix.ok("split", String.valueOf(a), "--message", String.valueOf(msg), "--json").json();
        assertEquals(a, split.get("split_from").asLong());
        assertTrue(split.get("split_from").isIntegralNumber());
        long b = desk.create("Duplicate");
        JsonNode target = tix.ok("merge", String.valueOf(b), "--into", String.valueOf(a), "--json").json();
        assertEquals(a, target.get("id").asLong(), "merge --json prints the target");
        JsonNode source = tix.ok("history", String.valueOf(b), "--json").json();
        assertTrue(source.size() > 0);
        tix.ok("assign", String.valueOf(a), "--to", "ana");
        JsonNode shown = desk.show(a);
        assertEquals("ana", shown.get("assignee").asText());
        JsonNode reply = shown.get("messages").get(0);
        for (JsonNode m : shown.get("messages")) if (m.get("kind").asText().equals("reply")) reply = m;
        assertEquals("lead", reply.get("author").asText());
        // the merged source links to the target (read with history, since show redirects)
        JsonNode merged = null;
        for (JsonNode e : source) if ("merged_into".equals(e.get("field").asText())) merged = e;
        assertEquals(String.valueOf(a), merged.get("new").asText());
    }

    @Test
    void everyMutationPrintsTheSameObjectAsShow() {
        long id = desk.create("Mutations");
        String ref = String.valueOf(id);
        List<String[]> mutations = List.of(
                new String[] {"take", ref}, new String[] {"release", ref}, new String[] {"assign", ref, "--to", "ana"},
                new String[] {"tag", ref, "+vip"}, new String[] {"priority", ref, "urgent"},
                new String[] {"due", ref, "2026-12-01"}, new String[] {"edit", ref, "--title", "Mutated"},
                new String[] {"note", ref, "--body", "internal"}, new String[] {"reply", ref, "--body", "public"},
                new String[] {"receive", ref, "--body", "customer"},
                new String[] {"escalate", ref, "--question", "why?"}, new String[] {"deescalate", ref, "--to", "triage"},
                new String[] {"status", ref, "review"}, new String[] {"resolve", ref}, new String[] {"close", ref},
                new String[] {"reopen", ref});
        for (String[] m : mutations) {
            String[] args = new String[m.length + 1];
            System.arraycopy(m, 0, args, 0, m.length);
            args[m.length] = "--json";
            JsonNode after = tix.ok(args).json();
            JsonNode shown = desk.show(id);
            assertEquals(shown, after, String.join(" ", m));
        }
    }

    @Test
    void historyIsAnArrayOfEightFieldEventsWithKnownActions() {
        long id = desk.create("History");
        String ref = String.valueOf(id);
        tix.ok("take", ref);
        tix.ok("tag", ref, "+a", "+b");
        tix.ok("priority", ref, "80");
        tix.ok("escalate", ref, "--question", "q", "--keep-assignee");
        tix.ok("due", ref, "2026-12-24");
        tix.ok("edit", ref, "--title", "History, edited");
        tix.ok("reply", ref, "--body", "answer", "--status", "pending");
        JsonNode events = tix.ok("history", ref, "--json").json();
        assertTrue(events.isArray());
        Set<String> seen = new java.util.HashSet<>();
        long last = 0;
        for (JsonNode e : events) {
            assertEquals(List.of("id", "ticket_id", "at", "actor", "action", "field", "old", "new"), names(e));
            assertTrue(e.get("id").asLong() > last, "oldest first");
            last = e.get("id").asLong();
            assertEquals(id, e.get("ticket_id").asLong());
            assertTrue(e.get("at").asText().matches(ISO), e.toString());
            assertEquals("lead", e.get("actor").asText(), "actors are logins: " + e);
            assertTrue(ACTIONS.contains(e.get("action").asText()), e.toString());
            seen.add(e.get("action").asText());
        }
        assertEquals(Set.of("created", "message", "assigned", "tags", "priority", "tier", "status", "due", "edited", "sla"), seen);
        JsonNode first = events.get(0);
        assertEquals("created", first.get("action").asText());
        assertEquals("new", first.get("new").asText());
    }

    @Test
    void fieldSelectionKeepsOnlyTheNamedFieldsInTheirOrder() {
        desk.create("One");
        desk.create("Two");
        JsonNode list = tix.ok("list", "--json", "title,id").json();
        assertEquals(2, list.size());
        assertEquals("{\"title\":\"One\",\"id\":1}", list.get(0).toString());
        JsonNode one = tix.ok("show", "2", "--json", "id,status").json();
        assertEquals("{\"id\":2,\"status\":\"new\"}", one.toString());
        JsonNode before = tix.ok("--json", "id,title", "show", "1").json();
        assertEquals("{\"id\":1,\"title\":\"One\"}", before.toString(), "global options may come before the subcommand");
    }

    @Test
    void listAndSearchAreArraysWithoutMessagesAndEmptyIsAnEmptyArray() {
        assertEquals("[ ]", tix.ok("list", "--json").out().strip());
        assertEquals("[ ]", tix.ok("search", "nothing", "--json").out().strip());
        TixRunner.Result empty = tix.ok("list");
        assertEquals("", empty.out(), "an empty table prints nothing on stdout");
        assertEquals("", empty.err(), "and no note when stderr is not a terminal");
        desk.create("Searchable printer");
        JsonNode list = tix.ok("list", "--json").json();
        assertEquals(TICKET_FIELDS, names(list.get(0)));
        JsonNode found = tix.ok("search", "printer", "--json").json();
        assertEquals(TICKET_FIELDS, names(found.get(0)));
    }

    @Test
    void csvHasAHeaderRowAndCrlfAndTheHeaderAloneWhenEmpty() {
        String header = "id,title,status,priority,channel,queue,tier,team,assignee,sticky,requester,requester_name,"
                + "account,tags,due_at,status_until,sla,created_at,updated_at,version,split_from,merged_into,"
                + "follow_up_of,known_issue\r\n";
        assertEquals(header, tix.ok("list", "--csv").out());
        desk.create("Comma, \"quotes\" and more", "--tag", "x", "--tag", "y");
        String csv = tix.ok("list", "--csv").out();
        assertTrue(csv.startsWith(header));
        String row = csv.substring(header.length());
        assertTrue(row.endsWith("\r\n"));
        assertEquals("1,\"Comma, \"\"quotes\"\" and more\",new,50,agent,support,triage,,,true,carla@example.com,,,x;y,"
                + ",,green,2026-11-23T09:00:00Z,2026-11-23T09:00:00Z,1,,,,\r\n", row);
        String history = tix.ok("history", "1", "--csv").out();
        assertTrue(history.startsWith("id,ticket_id,at,actor,action,field,old,new\r\n"), history);
    }

    @Test
    void agentsAreObjectsWithTheirProfile() {
        JsonNode a = tix.ok("agent", "add", "ben", "--name", "Ben Okafor", "--description", "Night shift",
                "--signature", "Ben, Acme", "--json").json();
        assertEquals(List.of("login", "name", "role", "description", "signature", "email", "notify", "teams", "created_at"), names(a));
        assertEquals("agent", a.get("role").asText());
        assertEquals("2026-11-23T09:00:00Z", a.get("created_at").asText());
        JsonNode all = tix.ok("agent", "list", "--json").json();
        assertEquals(3, all.size());
        assertEquals("ana", all.get(0).get("login").asText());
        JsonNode set = tix.ok("agent", "set", "ben", "--role", "admin", "--json").json();
        assertEquals("admin", set.get("role").asText());
        assertEquals("Ben Okafor", set.get("name").asText(), "set keeps what it is not told to change");
        assertEquals(set, tix.ok("agent", "show", "ben", "--json").json());
    }

    @Test
    void textShowIsReadable() {
        desk.create("Readable");
        String out = tix.ok("show", "1").out();
        assertTrue(out.startsWith("#1 Readable\n"), out);
        assertTrue(out.contains("carla@example.com"));
        assertFalse(out.contains("\u001b["), "no colour when stdout is not a terminal");
    }

    static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }
}
