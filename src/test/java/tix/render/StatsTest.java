package tix.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** `tix stats` on a desk whose tickets were created and resolved on known days (Monday 2026-11-23 is "today"). */
class StatsTest {
    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() throws Exception {
        tix = new TixRunner(dir).as("lead");
        tix.at("2026-11-02T10:00:00Z").ok("init");
        tix.at("2026-11-02T10:00:00Z").ok("create", "--title", "Early November", "--requester", "a@example.com");
        tix.at("2026-10-30T10:00:00Z").ok("create", "--title", "October", "--requester", "b@example.com");
        tix.at("2026-11-22T12:00:00Z").ok("create", "--title", "Sunday", "--requester", "c@example.com");
        tix.at("2026-11-23T08:00:00Z").ok("create", "--title", "Monday one", "--requester", "d@example.com");
        tix.at("2026-11-23T09:00:00Z").ok("create", "--title", "Monday two", "--requester", "e@example.com");
        tix.at("2026-11-20T10:00:00Z").ok("resolve", "2");
        tix.at("2026-11-23T09:30:00Z").ok("take", "4");
        try (Connection c = tix.connection(); Statement st = c.createStatement()) {
            st.execute("UPDATE tickets SET sla_colour = 'red' WHERE id = 1");
            st.execute("UPDATE tickets SET sla_colour = 'green' WHERE id IN (3, 4)");
            // new tickets start green; #5 stands for one with no SLA policy, so every bucket is counted
            st.execute("UPDATE tickets SET sla_colour = 'none' WHERE id = 5");
        }
        tix.at("2026-11-23T10:00:00Z");
    }

    @Test
    void jsonCountsDaysWeeksMonthsUnassignedTiersAndTheBacklog() {
        JsonNode s = tix.ok("stats", "--json").json();
        assertEquals("{\"this_month\":4,\"this_week\":2,\"yesterday\":1,\"today\":2}", s.get("created").toString());
        assertEquals(3, s.get("unassigned").asInt(), "#4 is taken, #2 resolved");
        JsonNode triage = s.get("sla_by_tier").get(0);
        assertEquals("{\"tier\":\"triage\",\"green\":2,\"yellow\":0,\"red\":1,\"none\":1}", triage.toString());
        JsonNode backlog = s.get("backlog");
        assertEquals(14, backlog.size());
        assertEquals("2026-11-10", backlog.get(0).get("date").asText());
        assertEquals(2, backlog.get(0).get("open").asInt(), "Oct 30 and Nov 2 open on the 10th");
        assertEquals("2026-11-19", backlog.get(9).get("date").asText());
        assertEquals(2, backlog.get(9).get("open").asInt());
        assertEquals(1, backlog.get(10).get("open").asInt(), "#2 resolved on the 20th");
        assertEquals(2, backlog.get(12).get("open").asInt(), "Sunday's ticket");
        assertEquals("2026-11-23", backlog.get(13).get("date").asText());
        assertEquals(4, backlog.get(13).get("open").asInt(), "today, as of now");
        assertEquals("{\"unassigned\":3}", tix.ok("stats", "--json", "unassigned").json().toString());
    }

    @Test
    void textShowsTheCountsBarsAndASparkline() {
        String out = tix.ok("stats").out();
        assertTrue(out.contains("  this month       4\n"), out);
        assertTrue(out.contains("  unassigned       3"), out);
        assertTrue(out.matches("(?s).*\\n  triage  !+=+\\.+\\s+1 red  0 yellow  2 green  1 none\\n.*"), out);
        assertTrue(out.matches("(?s).*\\n  11-10 [\u2581-\u2588]{14} 11-23   2 then, 4 now \\(min 1, max 4\\)\\n.*"), out);
        String csv = tix.ok("stats", "--csv").out();
        assertTrue(csv.startsWith("this_month,this_week,yesterday,today,unassigned,triage_green,"), csv);
    }
}
