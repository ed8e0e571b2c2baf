package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tix.TixRunner;

/**
 * Every row of the transition table of SPEC §3 and §7, through the commands a person types: `status` from every
 * status to every status, and `resolve`, `close`, `close --force` and `reopen` from every status. The expected table
 * is written out here from the SPEC, independently of {@code tix.domain.Status}.
 */
class TransitionTest {
    static final List<String> ALL = List.of("new", "open", "pending", "waiting", "hold", "review", "resolved", "closed",
            "suspended");

    /** What `status ID TARGET` may do from each status (SPEC §3; hold and waiting may be renewed to move their date). */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "new", Set.of("open", "pending", "waiting", "hold", "review", "resolved"),
            "open", Set.of("pending", "waiting", "hold", "review", "resolved"),
            "pending", Set.of("open", "waiting", "hold", "review", "resolved"),
            "waiting", Set.of("open", "pending", "waiting", "hold", "review", "resolved"),
            "hold", Set.of("open", "pending", "waiting", "hold", "review", "resolved"),
            "review", Set.of("open", "pending", "waiting", "hold", "resolved"),
            "resolved", Set.of("open", "closed"),
            "closed", Set.of(),
            "suspended", Set.of());

    /** One desk for the whole class: every case works on tickets of its own, so cases stay independent. */
    @TempDir
    static Path dir;

    static Desk desk;

    @BeforeAll
    static void openDesk() {
        desk = new Desk(dir);
        desk.agent("ana", "agent");
    }

    @AfterEach
    void actAsLeadAgain() {
        desk.tix.as("lead");
    }

    /** A ticket brought to {@code status} the way a desk would (suspended only comes from mail: set in the file). */
    static long ticketIn(Desk desk, String status) {
        long id = desk.create("Ticket that will be " + status);
        switch (status) {
            case "new":
                break;
            case "hold":
                desk.tix.ok("status", String.valueOf(id), "hold", "--days", "2");
                break;
            case "closed":
                desk.tix.ok("resolve", String.valueOf(id));
                desk.tix.ok("close", String.valueOf(id));
                break;
            case "suspended":
                desk.sql("UPDATE tickets SET status = 'suspended' WHERE id = " + id);
                break;
            default:
                desk.tix.ok("status", String.valueOf(id), status);
        }
        assertEquals(status, desk.status(id));
        return id;
    }

    static Stream<Arguments> everyPair() {
        List<Arguments> out = new ArrayList<>();
        for (String from : ALL) {
            for (String to : ALL) out.add(Arguments.of(from, to));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "status {0} -> {1}")
    @MethodSource("everyPair")
    void statusCommandFollowsTheTable(String from, String to) {
        long id = ticketIn(desk, from);
        String ref = String.valueOf(id);
        String[] args = to.equals("hold") ? new String[] {"status", ref, to, "--days", "3", "--json"}
                : new String[] {"status", ref, to, "--json"};
        if (ALLOWED.get(from).contains(to)) {
            long version = desk.version(id);
            TixRunner.Result r = desk.tix.ok(args);
            JsonNode t = r.json();
            assertEquals(to, t.get("status").asText());
            // waiting again with the same (no) end date changes nothing, so the version stays
            assertEquals(from.equals("waiting") && to.equals("waiting") ? version : version + 1, t.get("version").asLong());
            if (to.equals("hold")) assertEquals("2026-11-26T09:00:00Z", t.get("status_until").asText());
            else assertTrue(t.get("status_until").isNull(), "status_until is cleared when leaving hold");
            JsonNode last = lastEvent(desk, id, "status");
            if (!from.equals(to)) {
                assertEquals(from, last.get("old").asText());
                assertEquals(to, last.get("new").asText());
            }
        } else {
            TixRunner.Result r = desk.refused(4, args);
            assertTrue(r.err().contains("cannot go from " + from + " to " + to), r.err());
        }
    }

    @Test
    void resolveWorksFromEveryWorkingStatusOnly() {
        for (String from : ALL) {
            long id = ticketIn(desk, from);
            Set<String> ok = Set.of("new", "open", "pending", "waiting", "hold", "review");
            if (ok.contains(from)) {
                assertEquals("resolved", desk.tix.ok("resolve", String.valueOf(id), "--json").json().get("status").asText());
            } else {
                desk.refused(4, "resolve", String.valueOf(id));
            }
        }
    }

    @Test
    void closeWorksFromResolvedAndForceClosesTheRestForAnAdmin() {
        for (String from : ALL) {
            long id = ticketIn(desk, from);
            String ref = String.valueOf(id);
            if (from.equals("resolved")) {
                assertEquals("closed", desk.tix.ok("close", ref, "--json").json().get("status").asText());
            } else if (from.equals("closed") || from.equals("suspended")) {
                desk.refused(4, "close", ref);
                desk.refused(4, "close", ref, "--force");
            } else {
                desk.refused(4, "close", ref);
                desk.tix.as("ana");
                desk.refused(5, "close", ref, "--force");
                desk.tix.as("lead");
                assertEquals("closed", desk.tix.ok("close", ref, "--force", "--json").json().get("status").asText());
                assertEquals("closed", desk.tix.ok("show", ref, "--json").json().get("status").asText());
            }
        }
    }

    @Test
    void reopenWorksOnResolvedAndClosedOnlyAndGivesOpen() {
        for (String from : ALL) {
            long id = ticketIn(desk, from);
            if (from.equals("resolved") || from.equals("closed")) {
                JsonNode t = desk.tix.ok("reopen", String.valueOf(id), "--json").json();
                assertEquals("open", t.get("status").asText());
            } else {
                desk.refused(4, "reopen", String.valueOf(id));
            }
        }
    }

    @Test
    void closedIsFinalButForReopenAndNothingGoesBackToNew() {
        long id = ticketIn(desk, "closed");
        for (String to : ALL) {
            String[] args = to.equals("hold") ? new String[] {"status", String.valueOf(id), to, "--days", "1"}
                    : new String[] {"status", String.valueOf(id), to};
            TixRunner.Result r = desk.refused(4, args);
            assertTrue(r.err().contains("reopen"), "the hint names the way out: " + r.err());
        }
        for (String from : ALL) {
            desk.refused(4, "status", String.valueOf(ticketIn(desk, from)), "new");
        }
    }

    @Test
    void holdNeedsItsEndAndTheEndMustBeAhead() {
        long id = desk.create("Hold me");
        desk.refused(2, "status", String.valueOf(id), "hold");
        desk.refused(2, "status", String.valueOf(id), "hold", "--until", "2026-11-01");
        desk.refused(2, "status", String.valueOf(id), "open", "--days", "2");
        desk.refused(2, "status", String.valueOf(id), "hold", "--days", "2", "--until", "2026-12-01");
        desk.refused(2, "status", String.valueOf(id), "hold", "--days", "-1");
        desk.refused(2, "status", String.valueOf(id), "frozen");
        JsonNode t = desk.tix.ok("status", String.valueOf(id), "hold", "--until", "2026-12-01", "--json").json();
        assertEquals("2026-12-01T00:00:00Z", t.get("status_until").asText());
        t = desk.tix.ok("status", String.valueOf(id), "waiting", "--days", "10", "--json").json();
        assertEquals("waiting", t.get("status").asText());
        assertEquals("2026-12-03T09:00:00Z", t.get("status_until").asText());
    }

    @Test
    void suspendedLeavesOnlyThroughAcceptOrRejectNeverThroughStatus() {
        long id = ticketIn(desk, "suspended");
        TixRunner.Result r = desk.refused(4, "status", String.valueOf(id), "new");
        assertTrue(r.err().contains("suspended accept"), r.err());
        desk.refused(4, "status", String.valueOf(ticketIn(desk, "open")), "suspended");
    }

    private static JsonNode lastEvent(Desk desk, long id, String action) {
        JsonNode found = null;
        for (JsonNode e : desk.tix.ok("history", String.valueOf(id), "--json").json()) {
            if (e.get("action").asText().equals(action) && "status".equals(e.get("field").asText())) found = e;
        }
        assertNotNull(found, "a " + action + " event");
        return found;
    }
}
