package tix.cli;

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

/** Finding things (issue 14 point 7): date ranges on list, export, bulk and stats; --channel; what search finds. */
class FindingTest {
    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() {
        tix = new TixRunner(dir).as("lead").at("2026-11-01T10:00:00Z");
        tix.ok("init");
        // #1 on Nov 1 (web), #2 on Nov 5 (phone), #3 on Nov 9 (email), #4 on Nov 10 (phone)
        create("2026-11-01T10:00:00Z", "Login loops", "ana@acme.example", "web");
        create("2026-11-05T10:00:00Z", "Invoice is wrong", "bo@beta.example", "phone");
        create("2026-11-09T10:00:00Z", "Export fails", "ana@acme.example", "email");
        create("2026-11-10T10:00:00Z", "Phone call about SSO", "cy@acme.example", "phone");
        tix.at("2026-11-06T10:00:00Z").ok("resolve", "1");
        tix.at("2026-11-07T10:00:00Z").ok("close", "1");
        tix.at("2026-11-12T10:00:00Z");
    }

    private void create(String at, String title, String requester, String channel) {
        tix.at(at).ok("create", "--title", title, "--requester", requester, "--channel", channel);
    }

    private List<Long> ids(String... args) {
        return tix.ids(args);
    }

    @Test
    void createdSinceIsInclusiveUntilExclusiveAndRelativeCountsBackFromNow() {
        assertEquals(List.of(2L, 3L, 4L), ids("list", "--created", "2026-11-05", "--sort", "id"));
        assertEquals(List.of(2L), ids("list", "--created", "2026-11-05..2026-11-09T10:00:00Z", "--sort", "id"),
                "UNTIL is exclusive: #3 was created at that instant");
        assertEquals(List.of(2L, 3L), ids("list", "--created", "..2026-11-10", "--sort", "id"), "closed #1 stays out");
        // --now is Nov 12 10:00: 3d.. is from Nov 9 10:00 (inclusive)
        assertEquals(List.of(3L, 4L), ids("list", "--created", "3d..", "--sort", "id"));
        assertEquals(List.of(3L, 4L), ids("list", "--created", "3d", "--sort", "id"));
        assertEquals(List.of(2L), ids("list", "--created", "8d..3d", "--sort", "id"));
        assertEquals(List.of(1L), ids("list", "--closed", "7d"), "closed tickets by when they closed, no --status needed");
        assertEquals(List.of(), ids("list", "--closed", "..2026-11-07"));
        assertEquals(List.of(), ids("list", "--updated", "2026-11-06..2026-11-08"), "list leaves closed out by default");
        assertEquals(List.of(1L), ids("list", "--updated", "2026-11-06..2026-11-08", "--status", "closed"));
    }

    @Test
    void badPeriodsAreUsageErrorsAndChangeNothing() {
        byte[] before = tix.bytes();
        for (String bad : new String[] {"yesterday", "..", "3x", "2026-11-09..2026-11-01"}) {
            TixRunner.Result r = tix.run("list", "--created", bad);
            assertEquals(2, r.code(), bad);
            assertTrue(r.err().startsWith("tix: "), r.err());
            assertEquals(1, r.err().lines().count());
        }
        assertEquals(2, tix.run("bulk", "close", "--updated", "soon").code());
        assertEquals(2, tix.run("stats", "--closed", "week").code());
        assertEquals(2, tix.run("list", "--channel", "pigeon").code());
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(tix.bytes()));
    }

    @Test
    void channelFiltersAndSorts() {
        assertEquals(List.of(2L, 4L), ids("list", "--channel", "phone", "--sort", "id"));
        assertEquals(List.of(3L, 2L, 4L), ids("list", "--sort", "channel,id"), "email < phone, by name");
        assertEquals(List.of(4L, 2L, 3L), ids("list", "--sort", "-channel,-id"));
    }

    @Test
    void exportBulkAndStatsTakeThePeriods() {
        JsonNode exported = tix.ok("export", "--format", "json", "--created", "2026-11-05..2026-11-10").json();
        assertEquals(2, exported.size());
        assertEquals(2, exported.get(0).get("id").asInt());
        String csv = tix.ok("export", "--format", "csv", "--closed", "2026-11-01..").out();
        assertEquals(2, csv.split("\r\n").length, "the header and closed #1");

        JsonNode bulk = tix.ok("bulk", "tag", "+weekly review", "--created", "6d", "--channel", "phone", "--json").json();
        assertEquals(1, bulk.get("count").asInt(), bulk.toString());
        assertEquals(List.of(4L), ids("list", "--tag", "Weekly-Review"));

        // the same edges everywhere: #3 was created at 2026-11-09T10:00:00Z, #4 at 2026-11-10T10:00:00Z
        String edge = "2026-11-09T10:00:00Z";
        assertEquals("[2]", exportedIds("--created", "2026-11-05.." + edge), "UNTIL is exclusive in export");
        assertEquals("[3, 4]", exportedIds("--created", edge + ".."), "SINCE is inclusive in export");
        JsonNode dry = tix.ok("bulk", "tag", "+edge", "--created", ".." + edge, "--dry-run", "--json").json();
        assertEquals("[2]", dry.findValues("id").toString(), "bulk: exclusive UNTIL");
        dry = tix.ok("bulk", "tag", "+edge", "--created", edge + "..2026-11-10T10:00:00Z", "--dry-run", "--json").json();
        assertEquals("[3]", dry.findValues("id").toString(), "bulk: inclusive SINCE, exclusive UNTIL");
        assertEquals(1, tix.ok("stats", "--created", edge + "..2026-11-10T10:00:00Z", "--json").json().get("created")
                .get("this_month").asInt(), "stats: #3 in, #4 out");

        JsonNode all = tix.ok("stats", "--json").json();
        assertEquals(4, all.get("created").get("this_month").asInt());
        JsonNode week = tix.ok("stats", "--created", "2026-11-09..", "--json").json();
        assertEquals(2, week.get("created").get("this_month").asInt());
        assertEquals(2, week.get("unassigned").asInt());
        JsonNode closed = tix.ok("stats", "--closed", "30d", "--json").json();
        assertEquals(1, closed.get("created").get("this_month").asInt());
        assertEquals(0, closed.get("unassigned").asInt(), "a closed ticket is not active");
    }

    private String exportedIds(String... filter) {
        List<String> args = new ArrayList<>(List.of("export", "--format", "json"));
        args.addAll(List.of(filter));
        List<Long> ids = new ArrayList<>();
        for (JsonNode t : tix.ok(args.toArray(new String[0])).json()) ids.add(t.get("id").asLong());
        return ids.toString();
    }

    @Test
    void searchFindsIdsAndAddressesAndTakesTheFiltersOfList() {
        assertEquals(List.of(3L), ids("search", "#3"));
        assertEquals(List.of(3L), ids("search", "3"));
        assertEquals(List.of(3L, 1L), ids("search", "ana@acme.example"), "newest first; closed ones too");
        assertEquals(List.of(3L), ids("search", "ANA@acme.example", "--status", "new"));
        assertEquals(List.of(4L), ids("search", "phone", "--channel", "phone"), "words still search the text");
        assertEquals(List.of(), ids("search", "invoice", "--created", "3d"));
        assertEquals(List.of(2L), ids("search", "invoice", "--created", "10d"));
        assertEquals(List.of(4L, 2L), ids("search", "#2", "sso", "--sort", "-id"));
        assertEquals(List.of(), ids("search", "#99"), "a number no ticket has finds nothing, exit 0");
        assertEquals(1, ids("search", "ana@acme.example", "-n", "1").size());
    }
}
