package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** `tix report`: repeats (the "write a doc" signal), tag use and the weekly hand-over of SPEC §1.2. */
class ReportCommandTest {
    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() {
        tix = new TixRunner(dir).as("lead").at("2026-11-16T09:00:00Z");
        tix.ok("init");
        tix.ok("agent", "add", "ana");
        tix.ok("tagset", "add", "process", "process-tweak", "missed-doc-review");
    }

    static String jsonKeys(JsonNode n) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(k -> keys.add("\"" + k + "\""));
        return keys.toString().replace(" ", "");
    }

    long create(String title, String requester, String name) {
        return tix.ok("create", "--title", title, "--requester", requester, "--name", name, "--json").json()
                .get("id").asLong();
    }

    @Test
    void repeatsFindsTheSameAnswerWrittenThreeTimesButNotOnesWithAMacroOrADoc() {
        long a = create("Cache", "carla@example.com", "Carla Diaz");
        long b = create("Cache again", "dan@example.org", "Dan Berg");
        long c = create("Still cache", "eve@example.net", "Eve");
        tix.at("2026-11-17T10:00:00Z");
        tix.ok("reply", "" + a, "--body", "Hello Carla, please clear your browser cache (ticket #" + a + ").");
        tix.ok("reply", "" + b, "--body", "hello Dan -- please clear your browser cache; ticket #" + b);
        tix.ok("reply", "" + c, "--body", "Hello Eve,\nplease clear your browser cache. Ticket " + c + ".");
        tix.ok("reply", "" + a, "--body", "Anything else?");
        // the same answer three times, but each one with a macro: it has its canned response already
        tix.ok("macro", "add", "cookies", "--body", "Hello {name}, please delete the cookies of our site.");
        for (long id : new long[] {a, b, c}) tix.ok("reply", "" + id, "--macro", "cookies");
        // and three times with a doc link
        tix.ok("doc", "add", "--title", "Exporting", "--url", "https://docs.example.com/export");
        for (long id : new long[] {a, b, c}) tix.ok("reply", "" + id, "--body", "See here.", "--doc", "1");
        // and three times with a doc kept only here (its body goes in whole)
        tix.ok("doc", "add", "--title", "Invoices", "--body", "Billing > Invoices > Export.");
        for (long id : new long[] {a, b, c}) tix.ok("reply", "" + id, "--body", "Like this:", "--doc", "2");

        JsonNode repeats = tix.ok("report", "repeats", "--json").json();
        assertEquals(1, repeats.size(), repeats.toString());
        assertEquals(3, repeats.get(0).get("count").asInt());
        assertEquals("[" + a + "," + b + "," + c + "]", repeats.get(0).get("ticket_ids").toString());
        assertEquals("Hello Carla, please clear your browser cache (ticket #" + a + ").",
                repeats.get(0).get("text").asText(), "the first wording stands for them all");
        assertEquals("[]", tix.ok("report", "repeats", "--since", "..2026-11-17", "--json").json().toString(),
                "none was written before the 17th");
        assertEquals(0, tix.ok("report", "repeats", "--min", "4", "--json").json().size());
        assertEquals("count,ticket_ids,text\r\n", tix.ok("report", "repeats", "--since", "2026-11-18..", "--csv").out(),
                "an empty CSV is its header");
        assertEquals(2, tix.run("report", "repeats", "--min", "1").code());
        assertEquals(2, tix.run("report", "repeats", "--since", "last week").code());
    }

    @Test
    void handoffListsEscalationsKnownIssuesHighTiersAndProcessTagsOfThePeriod() {
        long old = create("Old escalation", "carla@example.com", "Carla");
        tix.ok("escalate", "" + old, "--to", "t2", "--question", "Before the week");
        tix.at("2026-11-20T10:00:00Z");
        long up = create("Login loop on SSO", "dan@example.org", "Dan");
        tix.ok("escalate", "" + up, "--to", "t3", "--question", "Which IdP?");
        long down = create("Export fails", "eve@example.net", "Eve");
        tix.ok("escalate", "" + down, "--to", "t4", "--question", "Logs?");
        tix.at("2026-11-21T10:00:00Z").ok("deescalate", "" + down, "--to", "t1", "--answer", "Fixed in 5.2");
        tix.ok("known", "create", "--title", "SSO login loop");
        tix.ok("known", "link", "1", "" + up);
        tix.as("ana").ok("tag", "" + up, "+process-tweak");
        tix.as("lead");

        tix.at("2026-11-23T10:00:00Z");
        JsonNode h = tix.ok("report", "handoff", "--json").json();
        assertEquals("2026-11-16T10:00:00Z", h.get("from").asText(), "a week back from now; the old escalation is out");
        assertTrue(h.get("until").isNull());
        JsonNode esc = h.get("escalations");
        assertEquals(3, esc.size(), esc.toString());
        assertEquals(up, esc.get(0).get("ticket_id").asLong());
        assertEquals("[\"up\",\"up\",\"down\"]", "[\"" + esc.get(0).get("direction").asText() + "\",\""
                + esc.get(1).get("direction").asText() + "\",\"" + esc.get(2).get("direction").asText() + "\"]");
        assertEquals(down, esc.get(2).get("ticket_id").asLong());
        assertEquals("t4", esc.get(2).get("from").asText());
        JsonNode known = h.get("known_issues");
        assertEquals(1, known.size());
        assertEquals("1-sso-login-loop", known.get(0).get("tag").asText());
        assertTrue(known.get(0).get("opened").asBoolean());
        assertEquals(1, known.get(0).get("linked").asInt());
        JsonNode high = h.get("open_in_high_tiers");
        assertEquals(1, high.size(), "t3 and above: the SSO ticket only (the export went back to t1)");
        assertEquals(up, high.get(0).get("id").asLong());
        JsonNode process = h.get("process_tags");
        assertEquals(1, process.size());
        assertEquals("process:process-tweak", process.get(0).get("tag").asText());
        assertEquals("ana", process.get(0).get("actor").asText());

        JsonNode selected = tix.ok("report", "handoff", "--json", "escalations,process_tags").json();
        assertEquals("[\"escalations\",\"process_tags\"]", jsonKeys(selected), "--json FIELDS selects");
        JsonNode lastTwoDays = tix.ok("report", "handoff", "--since", "2d", "--json").json();
        assertEquals(1, lastTwoDays.get("escalations").size(), "only the de-escalation of the 21st");
        String text = tix.ok("report", "handoff").out();
        assertTrue(text.startsWith("Hand-over 2026-11-16T10:00:00Z .. now\n\nEscalations (3)\n"), text);
        assertTrue(text.contains("\nStill open in high tiers (1)\n  #" + up + "  t3  "), text);
        String csv = tix.ok("report", "handoff", "--csv").out();
        assertTrue(csv.startsWith("section,id,what,at,actor,title\r\nescalation," + up + ",triage -> t3 (up),"), csv);
        assertTrue(csv.contains("\r\nprocess_tag," + up + ",process:process-tweak,"), csv);
        assertEquals(4, tix.ok("report", "handoff", "--since", "2026-11-01..2026-11-30", "--json").json()
                .get("escalations").size(), "a range that holds the old escalation too");
        assertEquals(3, tix.run("report", "handoff", "--from-tier", "t9").code());
    }

    @Test
    void tagsCountsNewTicketsAdditionsAndRemovals() {
        create("One", "carla@example.com", "Carla");
        tix.ok("tag", "1", "+billing");
        tix.at("2026-11-20T10:00:00Z");
        tix.ok("create", "--title", "Two", "--requester", "dan@example.org", "--tag", "billing", "--tag", "vat");
        tix.ok("tag", "1", "-billing", "+refund");
        JsonNode week = tix.ok("report", "tags", "--since", "2026-11-18..", "--json").json();
        assertEquals("[{\"tag\":\"billing\",\"tickets\":1,\"added\":0,\"removed\":1},"
                + "{\"tag\":\"refund\",\"tickets\":0,\"added\":1,\"removed\":0},"
                + "{\"tag\":\"vat\",\"tickets\":1,\"added\":0,\"removed\":0}]", week.toString());
    }
}
