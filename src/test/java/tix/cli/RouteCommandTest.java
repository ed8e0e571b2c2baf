package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** `tix route` and the rules applied by `create` and by new mail (SPEC §1 workflow 1). */
class RouteCommandTest {
    @TempDir
    Path dir;

    Desk desk;
    TixRunner tix;

    @BeforeEach
    void setUp() throws Exception {
        desk = new Desk(dir);
        tix = desk.tix;
        tix.ok("queue", "add", "trials", "--priority", "low", "--tier", "t1");
        tix.ok("queue", "add", "community");
        tix.ok("team", "add", "sales");
        Path crm = dir.resolve("crm.csv");
        Files.writeString(crm, "name,plan,status,emails\r\n"
                + "Beta,Starter,trial,ana@beta.example\r\n"
                + "Acme,Enterprise,vip,cto@acme.example\r\n", StandardCharsets.UTF_8);
        tix.ok("account", "import", crm.toString());
    }

    private JsonNode create(String requester, String title, String... more) {
        String[] args = new String[6 + more.length];
        args[0] = "create";
        args[1] = "--title";
        args[2] = title;
        args[3] = "--requester";
        args[4] = requester;
        args[5] = "--json";
        System.arraycopy(more, 0, args, 6, more.length);
        return tix.ok(args).json();
    }

    private JsonNode routeEvent(long id) {
        for (JsonNode e : tix.ok("history", String.valueOf(id), "--json").json()) {
            if ("route".equals(e.path("field").asText())) return e;
        }
        return null;
    }

    @Test
    void theFirstMatchingRuleByPositionWinsTheQueue() {
        JsonNode r1 = tix.ok("route", "add", "domain", "beta.example", "--queue", "community", "--json").json();
        assertEquals("{\"id\":1,\"position\":1,\"field\":\"domain\",\"value\":\"beta.example\",\"queue\":\"community\","
                + "\"team\":null,\"priority\":null,\"tag\":null}", r1.toString());
        tix.ok("route", "add", "account_status", "trial", "--queue", "trials", "--tag", "trial");

        assertEquals("community", create("ana@beta.example", "Hello").get("queue").asText(), "rule 1 comes first");
        tix.ok("route", "move", "2", "1");
        JsonNode t = create("ana@beta.example", "Hello again");
        assertEquals("trials", t.get("queue").asText(), "after the move rule 2 is tried first");
        assertEquals("[\"trial\"]", t.get("tags").toString());
        assertEquals("#2 account_status=trial, #1 domain=beta.example", routeEvent(t.get("id").asLong()).get("new").asText(),
                "every rule that acted, by position");

        JsonNode plain = create("someone@else.example", "Unrouted");
        assertEquals("support", plain.get("queue").asText());
        assertEquals(null, routeEvent(plain.get("id").asLong()), "no rule, no route event");
    }

    @Test
    void everyMatchingRuleAddsItsActionAndQueueNamesMayHoldSpaces() {
        tix.ok("queue", "add", "Paid  Support ");
        tix.ok("team", "add", "gdpr");
        tix.ok("tagset", "add", "special", "deletion request");
        tix.ok("route", "add", "to", "gdpr@example.com", "--tag", "Deletion-Request", "--team", "gdpr");
        tix.ok("route", "add", "account_status", "vip", "--queue", "Paid Support", "--priority", "high", "--team", "sales");
        tix.ok("route", "add", "domain", "acme.example", "--queue", "community", "--tag", "enterprise");
        assertEquals("Paid Support", tix.ok("queue", "show", "Paid Support", "--json").json().get("name").asText(),
                "one space between words");

        tix.ok("queue", "set", "support", "--add-address", "gdpr@example.com");
        String raw = "From: cto@acme.example\r\nTo: gdpr@example.com\r\nSubject: Forget me\r\n"
                + "Message-ID: <g1@acme.example>\r\n\r\nPlease delete my data.\r\n";
        var r = tix.runWithInput(raw, "mail", "ingest", "--json");
        assertEquals(0, r.code(), r.toString());
        JsonNode t = desk.show(r.json().get("id").asLong());
        assertEquals("Paid Support", t.get("queue").asText(), "the first rule with a queue, by position");
        assertEquals("gdpr", t.get("team").asText(), "the first rule with a team");
        assertEquals(75, t.get("priority").asInt(), "the vip rule's priority still acts");
        assertEquals("[\"enterprise\",\"special:deletion request\"]", t.get("tags").toString(), "tags add up");
        assertEquals("#1 to=gdpr@example.com, #2 account_status=vip, #3 domain=acme.example",
                routeEvent(t.get("id").asLong()).get("new").asText());
        assertEquals(1, tix.ok("list", "--queue", "Paid Support", "--json").json().size());

        String test = tix.ok("route", "test", "--to", "gdpr@example.com", "--account", "Acme").out();
        assertEquals("Matches route #1 to=gdpr@example.com -> team gdpr, tag special:deletion request (position 1)\n"
                + "Matches route #2 account_status=vip -> queue Paid Support, team sales, priority 75 (position 2)\n", test);
    }

    @Test
    void eachFieldMatches() {
        tix.ok("route", "add", "channel", "PHONE", "--tag", "by-channel");
        tix.ok("route", "add", "requester", "CTO@acme.example", "--tag", "by-requester");
        tix.ok("route", "add", "domain", "example.com", "--tag", "by-domain");
        tix.ok("route", "add", "account", "Beta", "--tag", "by-account");
        tix.ok("route", "add", "plan", "enterprise", "--tag", "by-plan");
        tix.ok("route", "add", "title", "INVOICE", "--tag", "by-title");
        tix.ok("route", "add", "to", "sales@example.org", "--tag", "by-to");

        assertEquals("[\"by-channel\"]", create("x@y.example", "Call", "--channel", "phone").get("tags").toString());
        assertEquals("[\"by-plan\",\"by-requester\"]", create("cto@ACME.example", "Hi").get("tags").toString(),
                "Acme's plan matches too: every matching rule adds its tag");
        assertEquals("[\"by-domain\"]", create("a@eu.Example.com", "Hi").get("tags").toString(), "subdomains match");
        assertEquals("[]", create("a@notexample.com", "Hi").get("tags").toString(), "but not other domains");
        assertEquals("[\"by-account\"]", create("ana@beta.example", "Hi").get("tags").toString());
        assertEquals("[\"by-plan\"]", create("ops@acme.example", "Hi", "--account", "Acme").get("tags").toString(),
                "an account given with create --account counts");
        assertEquals("[\"by-title\"]", create("x@y.example", "My invoice is wrong").get("tags").toString());

        String[][] facts = {
            {"--channel", "phone"}, {"--requester", "cto@acme.example"}, {"--requester", "z@a.example.com"},
            {"--account", "Beta"}, {"--account", "Acme"}, {"--title", "Invoice?"}, {"--to", "Sales@Example.org"}};
        for (int i = 0; i < facts.length; i++) {
            JsonNode m = tix.ok("route", "test", facts[i][0], facts[i][1], "--json").json();
            assertEquals(i + 1, m.get("position").asInt(), facts[i][0] + " " + facts[i][1]);
        }
    }

    @Test
    void explicitOptionsWinAndTheRoutedQueueGivesItsDefaults() {
        tix.ok("route", "add", "account_status", "trial", "--queue", "trials", "--team", "sales");
        JsonNode t = create("ana@beta.example", "Routed");
        assertEquals("trials", t.get("queue").asText());
        assertEquals("t1", t.get("tier").asText(), "the routed queue's default tier");
        assertEquals(25, t.get("priority").asInt(), "the routed queue's default priority");
        assertEquals("sales", t.get("team").asText());

        JsonNode own = create("ana@beta.example", "Mine", "--queue", "community", "--priority", "high");
        assertEquals("community", own.get("queue").asText(), "create --queue wins");
        assertEquals(75, own.get("priority").asInt());
        assertEquals("sales", own.get("team").asText(), "what the creator did not give still comes from the rule");

        tix.ok("route", "add", "domain", "acme.example", "--priority", "urgent", "--position", "1");
        JsonNode vip = create("cto@acme.example", "VIP");
        assertEquals(95, vip.get("priority").asInt(), "the rule's priority");
        assertEquals("support", vip.get("queue").asText());
        assertEquals(90, create("cto@acme.example", "VIP2", "--priority", "90").get("priority").asInt());
        JsonNode e = routeEvent(vip.get("id").asLong());
        assertEquals("edited", e.get("action").asText());
        assertTrue(e.get("old").isNull());
        assertEquals("#2 domain=acme.example", e.get("new").asText());
        assertEquals("lead", e.get("actor").asText());
    }

    @Test
    void mailToSupportFromATrialAccountGoesToTrials() {
        tix.ok("queue", "set", "support", "--add-address", "support@example.com");
        tix.ok("route", "add", "account_status", "trial", "--queue", "trials", "--tag", "trial");
        String raw = "From: Ana <ana@beta.example>\r\nTo: support@example.com\r\nSubject: Trial question\r\n"
                + "Message-ID: <t1@beta.example>\r\n\r\nHow long is the trial?\r\n";
        var r = tix.runWithInput(raw, "mail", "ingest", "--json");
        assertEquals(0, r.code(), r.toString());
        JsonNode t = desk.show(r.json().get("id").asLong());
        assertEquals("trials", t.get("queue").asText());
        assertEquals("[\"trial\"]", t.get("tags").toString());
        JsonNode e = routeEvent(t.get("id").asLong());
        assertEquals("mail", e.get("actor").asText());
        assertEquals("#1 account_status=trial", e.get("new").asText());

        tix.ok("route", "add", "to", "support@example.com", "--team", "sales", "--position", "1");
        raw = "From: zed@other.example\r\nTo: support@example.com\r\nSubject: Other\r\nMessage-ID: <z1@other.example>"
                + "\r\n\r\nHi\r\n";
        r = tix.runWithInput(raw, "mail", "ingest", "--json");
        JsonNode z = desk.show(r.json().get("id").asLong());
        assertEquals("support", z.get("queue").asText());
        assertEquals("sales", z.get("team").asText(), "the to field sees the recipient");
    }

    @Test
    void refusedChangesLeaveTheFileAlone() {
        tix.ok("route", "add", "title", "refund", "--queue", "community");
        desk.refused(2, "route", "add", "colour", "red", "--queue", "trials");
        desk.refused(2, "route", "add", "title", " ", "--queue", "trials");
        desk.refused(2, "route", "add", "title", "refund");
        desk.refused(2, "route", "add", "channel", "pigeon", "--queue", "trials");
        desk.refused(2, "route", "add", "account_status", "gold", "--queue", "trials");
        desk.refused(2, "route", "add", "requester", "nobody", "--queue", "trials");
        desk.refused(2, "route", "add", "domain", "not a domain", "--queue", "trials");
        desk.refused(2, "route", "add", "title", "x", "--priority", "100");
        desk.refused(2, "route", "add", "title", "x", "--tag", "a;b");
        desk.refused(2, "route", "add", "title", "x", "--tag", "t", "--position", "3");
        desk.refused(3, "route", "add", "title", "x", "--queue", "nope");
        desk.refused(3, "route", "add", "title", "x", "--team", "nope");
        desk.refused(3, "route", "remove", "9");
        desk.refused(3, "route", "move", "9", "1");
        desk.refused(2, "route", "move", "1", "2");
        desk.refused(3, "route", "test", "--account", "Nope");
        desk.agent("ana", "agent");
        tix.as("ana");
        TixRunner.Result r = desk.refused(5, "route", "add", "title", "x", "--queue", "trials");
        assertEquals("tix: you lack desk.configure (held by role admin: lead)\n", r.err());
        desk.refused(5, "route", "remove", "1");
        desk.refused(5, "route", "move", "1", "1");
        assertEquals(1, tix.ok("route", "list", "--json").json().size(), "agents may read the rules");
    }

    @Test
    void positionsStayContiguous() {
        for (String v : new String[] {"a", "b", "c", "d"}) tix.ok("route", "add", "title", v, "--tag", v);
        tix.ok("route", "add", "title", "e", "--tag", "e", "--position", "2");
        assertEquals("a e b c d", order());
        tix.ok("route", "move", "1", "5");
        assertEquals("e b c d a", order());
        tix.ok("route", "rm", "3");
        assertEquals("e b d a", order());
        JsonNode list = tix.ok("route", "ls", "--json").json();
        for (int i = 0; i < list.size(); i++) assertEquals(i + 1, list.get(i).get("position").asInt());
        assertEquals("id,position,field,value,queue,team,priority,tag\r\n5,1,title,e,,,,e\r\n",
                tix.ok("route", "list", "--csv").out().lines().limit(2).reduce("", (x, y) -> x + y + "\r\n"));
    }

    private String order() {
        StringBuilder b = new StringBuilder();
        for (JsonNode r : tix.ok("route", "list", "--json").json()) b.append(b.length() == 0 ? "" : " ").append(r.get("value").asText());
        return b.toString();
    }

    @Test
    void testTellsWhichRuleWouldMatchAndChangesNothing() {
        tix.ok("route", "add", "plan", "starter", "--queue", "trials", "--priority", "high", "--tag", "starter");
        byte[] before = tix.bytes();
        TixRunner.Result r = tix.ok("route", "test", "--requester", "ana@beta.example");
        assertEquals("Matches route #1 plan=starter -> queue trials, priority 75, tag starter (position 1)\n", r.out());
        JsonNode none = tix.ok("route", "test", "--requester", "new@beta.example", "--json").json();
        assertTrue(none.get("id").isNull(), "a contact without an account has no plan");
        assertTrue(tix.ok("route", "test", "--title", "x").out().startsWith("No rule matches"));
        assertEquals(1, tix.ok("route", "test", "--account", "Beta", "--json").json().get("id").asInt());
        assertTrue(java.util.Arrays.equals(before, tix.bytes()), "route test writes nothing");
    }
}
