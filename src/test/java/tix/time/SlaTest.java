package tix.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** The SLA of SPEC §4 as a user sees it in `show --json`, `sla explain`, `list` and `history`. */
class SlaTest {
    @TempDir
    Path dir;
    TixRunner tix;

    @BeforeEach
    void desk() {
        // 2026-11-23 is a Monday; the default calendar is Mon-Fri 09:00-17:00 UTC
        tix = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
    }

    private JsonNode sla(int id, String now) {
        return tix.at(now).ok("show", String.valueOf(id), "--json").json().get("sla");
    }

    private void create(String at, String... more) {
        List<String> args = new ArrayList<>(List.of("create", "--title", "Printer", "--requester", "ana@example.com",
                "--body", "It is on fire"));
        args.addAll(List.of(more));
        tix.at(at).ok(args.toArray(new String[0]));
    }

    @Test
    void triageIsGreenForTwoBusinessHoursYellowForADayThenRed() {
        create("2026-11-23T09:00:00Z");
        JsonNode s = sla(1, "2026-11-23T10:59:00Z");
        assertEquals("green", s.get("colour").asText());
        assertEquals(119, s.get("elapsed_business_minutes").asInt());
        assertEquals("2026-11-23T11:00:00Z", s.get("yellow_at").asText());
        assertEquals("2026-11-23T17:00:00Z", s.get("red_at").asText());
        assertEquals("2026-11-23T17:00:00Z", s.get("target").asText());
        assertEquals("yellow", sla(1, "2026-11-23T11:00:00Z").get("colour").asText());
        assertEquals("yellow", sla(1, "2026-11-23T16:59:00Z").get("colour").asText());
        // the night does not count: Monday 17:00 and Tuesday 08:00 are both 480 minutes (1bd) in: red
        assertEquals(480, sla(1, "2026-11-24T08:00:00Z").get("elapsed_business_minutes").asInt());
        assertEquals("red", sla(1, "2026-11-24T08:00:00Z").get("colour").asText());
        assertEquals(540, sla(1, "2026-11-24T10:00:00Z").get("elapsed_business_minutes").asInt());
    }

    @Test
    void aPausePushesTheTargetBackAndEachPauseAndResumeIsAnEvent() {
        create("2026-11-23T09:00:00Z");
        tix.at("2026-11-23T10:00:00Z").ok("status", "1", "waiting");
        JsonNode paused = sla(1, "2026-11-24T10:00:00Z");
        assertEquals("green", paused.get("colour").asText());
        assertEquals(60, paused.get("elapsed_business_minutes").asInt());
        tix.at("2026-11-24T10:00:00Z").ok("status", "1", "open");
        JsonNode s = sla(1, "2026-11-24T10:30:00Z");
        assertEquals(90, s.get("elapsed_business_minutes").asInt());
        assertEquals("2026-11-24T11:00:00Z", s.get("yellow_at").asText());
        assertEquals("2026-11-24T17:00:00Z", s.get("red_at").asText());
        String history = tix.ok("history", "1").out();
        assertTrue(history.matches("(?s).*2026-11-23T10:00:00Z +lead +sla +clock +running +paused.*"), history);
        assertTrue(history.matches("(?s).*2026-11-24T10:00:00Z +lead +sla +clock +paused +running.*"), history);
    }

    @Test
    void theFirstPublicReplyFreezesTheColourAndALaterCustomerMessageStartsANewClock() {
        create("2026-11-23T09:00:00Z");
        tix.at("2026-11-23T10:30:00Z").ok("reply", "1", "--body", "Unplug it.");
        JsonNode frozen = sla(1, "2026-11-25T12:00:00Z");
        assertEquals("green", frozen.get("colour").asText());
        assertEquals(90, frozen.get("elapsed_business_minutes").asInt());
        assertEquals(frozen.get("red_at").asText(), frozen.get("target").asText());
        assertEquals("2026-11-23T17:00:00Z", frozen.get("red_at").asText());
        tix.at("2026-11-26T09:00:00Z").ok("receive", "1", "--body", "Still burning");
        JsonNode again = sla(1, "2026-11-26T12:00:00Z");
        assertEquals("yellow", again.get("colour").asText());
        assertEquals(180, again.get("elapsed_business_minutes").asInt());
        assertEquals("2026-11-26T11:00:00Z", again.get("yellow_at").asText());
    }

    @Test
    void onCallCountsRoundTheClockOnItsOwnCalendar() {
        create("2026-11-21T10:00:00Z"); // a Saturday
        tix.at("2026-11-21T10:00:00Z").ok("escalate", "1", "--to", "oncall", "--question", "Site down?");
        assertEquals("green", sla(1, "2026-11-21T10:59:00Z").get("colour").asText());
        assertEquals("yellow", sla(1, "2026-11-21T11:00:00Z").get("colour").asText());
        JsonNode red = sla(1, "2026-11-21T11:30:00Z");
        assertEquals("red", red.get("colour").asText());
        assertEquals("2026-11-21T11:30:00Z", red.get("target").asText());
    }

    @Test
    void theMostSpecificRowWinsAndExplainSaysWhy() {
        tix.ok("sla", "set", "triage", "--band", "urgent", "--green", "30m", "--yellow", "1h");
        create("2026-11-23T09:00:00Z", "--priority", "urgent");
        create("2026-11-23T09:00:00Z", "--priority", "low");
        assertEquals("2026-11-23T09:30:00Z", sla(1, "2026-11-23T09:10:00Z").get("yellow_at").asText());
        assertEquals("2026-11-23T11:00:00Z", sla(2, "2026-11-23T09:10:00Z").get("yellow_at").asText());
        String explain = tix.at("2026-11-23T16:00:00Z").ok("sla", "explain", "2").out();
        assertTrue(explain.contains("policy     #1 tier triage: green < 2h, yellow < 1bd"), explain);
        assertTrue(explain.contains("tier triage, band urgent: does not match (band urgent ≠ low)"), explain);
        assertTrue(explain.contains("calendar   default (from queue support): UTC, mon-fri 09:00-17:00"), explain);
        assertTrue(explain.contains("counted   Mon 2026-11-23 09:00 → Mon 2026-11-23 16:00  7h"), explain);
        assertTrue(explain.contains("colour     yellow, turns red at Mon 2026-11-23 17:00 if nobody answers"), explain);
        JsonNode j = tix.ok("sla", "explain", "1", "--json").json();
        assertEquals("red", j.get("colour").asText());
        assertEquals("urgent", j.get("policy").get("priority_band").asText());
    }

    @Test
    void planRowsMatchTheCrmPlanWhateverItsCaseAndKeepTheirSpelling() throws Exception {
        // issue 13 defect: `sla set --plan Enterprise` was stored lowercase and compared case-sensitively with
        // the CRM's "Enterprise", so plan rows silently never applied
        java.nio.file.Files.writeString(dir.resolve("crm.csv"), "name,plan,status,emails\r\nAcme,Enterprise,paid,ana@example.com\r\n");
        tix.ok("account", "import", dir.resolve("crm.csv").toString());
        JsonNode row = tix.ok("sla", "set", "triage", "--plan", "Enterprise", "--green", "30m", "--yellow", "1h", "--json").json();
        assertEquals("Enterprise", row.get("plan").asText());
        create("2026-11-23T09:00:00Z");
        assertEquals("2026-11-23T09:30:00Z", sla(1, "2026-11-23T09:10:00Z").get("yellow_at").asText());
        assertEquals("Enterprise", tix.ok("sla", "explain", "1", "--json").json().get("policy").get("plan").asText());
        // the same plan in another case is the same row: replaced, not doubled, and spelled as last given
        tix.ok("sla", "set", "triage", "--plan", "ENTERPRISE", "--green", "20m", "--yellow", "1h");
        assertEquals(8, tix.ok("sla", "list", "--json").json().size());
        assertEquals("2026-11-23T09:20:00Z", sla(1, "2026-11-23T09:10:00Z").get("yellow_at").asText());
        tix.ok("sla", "remove", "triage", "--plan", "enterprise");
        assertEquals(7, tix.ok("sla", "list", "--json").json().size());
    }

    @Test
    void explainShowsNightsSkippedAndPausesAndShowExplainAddsIt() {
        create("2026-11-20T16:00:00Z"); // Friday
        tix.at("2026-11-23T10:00:00Z").ok("status", "1", "hold", "--days", "1");
        tix.at("2026-11-24T10:00:00Z").ok("status", "1", "open");
        String out = tix.at("2026-11-24T10:15:00Z").ok("show", "1", "--explain").out();
        assertTrue(out.contains("skipped   Fri 2026-11-20 17:00 → Mon 2026-11-23 09:00  outside business hours"), out);
        assertTrue(out.contains("paused    Mon 2026-11-23 10:00 → Tue 2026-11-24 10:00  1bd  status hold"), out);
        assertTrue(out.contains("elapsed    2h15m of business time (135 min)"), out);
    }

    @Test
    void theSlaTableIsAdministeredWithClearErrors() {
        String list = tix.ok("sla", "list").out();
        assertTrue(list.contains("oncall"), list);
        assertTrue(list.matches("(?s).*t4 .* 2bd +3bd.*"), list);
        assertEquals(2, tix.run("sla", "set", "t1", "--green", "soon", "--yellow", "1bd").code());
        assertEquals(2, tix.run("sla", "set", "t1", "--green", "2h", "--yellow", "1h").code());
        assertEquals(3, tix.run("sla", "set", "t9", "--green", "2h", "--yellow", "4h").code());
        assertEquals(3, tix.run("sla", "remove", "t1", "--band", "low").code());
        var set = tix.ok("sla", "set", "t1", "--green", "90m", "--yellow", "1.5bd", "--json").json();
        assertEquals("1h30m", set.get("green").asText());
        assertEquals("12h", set.get("yellow").asText());
        assertEquals(7, tix.ok("sla", "list", "--json").json().size());
        tix.ok("sla", "remove", "t1");
        assertEquals(6, tix.ok("sla", "list", "--json").json().size());
        create("2026-11-23T09:00:00Z", "--tier", "t1");
        assertEquals("none", sla(1, "2026-11-23T10:00:00Z").get("colour").asText());
    }

    @Test
    void listFiltersOnTheStoredColourAndSortsByTimeToBreach() {
        tix.ok("config", "set", "new.escalate_after", "off");
        create("2026-11-23T09:00:00Z");
        create("2026-11-23T13:00:00Z", "--tier", "t2");
        create("2026-11-23T12:00:00Z");
        tix.at("2026-11-23T15:00:00Z").ok("sweep");
        var red = tix.ok("list", "--sla", "yellow", "--json").json();
        assertEquals(2, red.size());
        var sorted = tix.ok("list", "--sort", "sla", "--json").json();
        assertEquals(List.of(1, 3, 2), List.of(sorted.get(0).get("id").asInt(), sorted.get(1).get("id").asInt(),
                sorted.get(2).get("id").asInt()));
        String table = tix.ok("list").out();
        assertTrue(table.contains("yellow"), table);
    }
}
