package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;
import tix.app.TicketFilter;
import tix.app.Timekeeper;
import tix.domain.SlaClock;
import tix.domain.Status;
import tix.domain.TimeRules;
import tix.store.sqlite.SqliteStore;

/** `tix demo --tickets N`: a realistic desk, the same for a seed, that a sweep finds exactly as due as it is. */
class DemoGeneratorTest {
    static final String NOW = "2026-12-01T12:00:00Z";
    static final int N = 2000;

    @TempDir
    static Path dir;

    static TixRunner desk;

    @BeforeAll
    static void generate() throws Exception {
        desk = runner("a");
        TixRunner.Result r = desk.ok("demo", "--tickets", String.valueOf(N), "--seed", "7");
        assertTrue(r.out().startsWith("Demo desk: " + desk.db() + "\nGenerated " + N + " tickets, "), r.out());
        assertEquals("", r.err());
    }

    private static TixRunner runner(String name) throws Exception {
        Files.createDirectories(dir.resolve(name));
        return new TixRunner(dir.resolve(name)).as("lead").at(NOW);
    }

    @Test
    void theSameSeedGivesTheSameDeskAndAnotherSeedAnother() throws Exception {
        TixRunner same = runner("same");
        same.ok("demo", "--tickets", String.valueOf(N), "--seed", "7");
        assertEquals(desk.dump(), same.dump());
        assertEquals(rows(desk.db(), "SELECT rowid, title, body FROM ticket_fts ORDER BY rowid"),
                rows(same.db(), "SELECT rowid, title, body FROM ticket_fts ORDER BY rowid"));
        TixRunner other = runner("other");
        other.ok("demo", "--tickets", "200", "--seed", "8");
        assertFalse(rows(other.db(), "SELECT title FROM tickets WHERE id <= 50").equals(
                rows(desk.db(), "SELECT title FROM tickets WHERE id <= 50")));
    }

    @Test
    void everyStatusTierQueueChannelAndTagFamilyInPlausibleProportions() throws Exception {
        Map<String, Long> status = counts("SELECT status, count(*) FROM tickets GROUP BY 1");
        for (Status s : Status.values()) assertTrue(status.getOrDefault(s.wire(), 0L) > 0, "status " + s + ": " + status);
        assertTrue(status.get("closed") > N * 0.7 && status.get("closed") < N * 0.95, "mostly closed: " + status);
        Map<String, Long> tier = counts("SELECT tier, count(*) FROM tickets GROUP BY 1");
        for (String t : List.of("triage", "t1", "t2", "t3", "t4", "t5", "oncall")) {
            assertTrue(tier.getOrDefault(t, 0L) > 0, "tier " + t + ": " + tier);
        }
        Map<String, Long> queue = counts("SELECT queue, count(*) FROM tickets GROUP BY 1");
        assertEquals(Set.of("support", "billing", "sales", "security"), queue.keySet());
        assertTrue(queue.get("support") > queue.get("sales"), queue.toString());
        assertEquals(8, counts("SELECT channel, count(*) FROM tickets GROUP BY 1").size());
        Map<String, Long> families = counts("SELECT substr(tag, 1, instr(tag, ':') - 1), count(*) FROM ticket_tags "
                + "WHERE tag LIKE '%:%' GROUP BY 1");
        assertEquals(Set.of("area", "type"), families.keySet());
        assertEquals(5, counts("SELECT status, count(*) FROM accounts GROUP BY 1").size());
        Map<String, Long> messages = counts("SELECT n, count(*) FROM (SELECT count(*) AS n FROM messages GROUP BY ticket_id) GROUP BY n");
        assertTrue(messages.keySet().stream().mapToLong(Long::parseLong).min().orElse(0) >= 1, messages.toString());
        assertTrue(messages.keySet().stream().mapToLong(Long::parseLong).max().orElse(0) <= 20, messages.toString());
        assertTrue(messages.size() >= 10, "a spread of conversation lengths: " + messages);
        long oldest = counts("SELECT 'x', min(created_at) FROM tickets").get("x");
        assertTrue(Instant.parse(NOW).toEpochMilli() - oldest > 700L * 86_400_000, "two years of history");
        assertEquals(0, counts("SELECT 'x', count(*) FROM tickets WHERE created_at > " + Instant.parse(NOW).toEpochMilli())
                .getOrDefault("x", 0L), "nothing in the future");
        assertEquals("ok", rows(desk.db(), "PRAGMA integrity_check"));
        assertEquals("", rows(desk.db(), "PRAGMA foreign_key_check"));
    }

    @Test
    void searchFindsGeneratedTextAndTheIndexHoldsWhatTheTriggersWouldWrite() throws Exception {
        JsonNode hits = desk.ok("search", "invoice", "--json").json();
        assertTrue(hits.size() > 0, hits.toString());
        // the search row of every ticket: its title and its message bodies, as migration 001's triggers write them
        assertEquals(rows(desk.db(), "SELECT t.id, t.title, coalesce((SELECT group_concat(body, char(10)) FROM messages m "
                        + "WHERE m.ticket_id = t.id), '') FROM tickets t ORDER BY t.id"),
                rows(desk.db(), "SELECT rowid, title, body FROM ticket_fts ORDER BY rowid"));
        // and the triggers are back: a new message reaches the index (on a copy: the other tests read this desk)
        TixRunner copy = runner("copy");
        Files.copy(desk.db(), copy.db());
        copy.ok("note", "1", "--body", "zebracorn");
        assertEquals("[1]", ids(copy.ok("search", "zebracorn", "--json").json()));
    }

    @Test
    void aSweepFindsExactlyTheTicketsThatHaveComeDue() throws Exception {
        TixRunner.Result now = desk.ok("sweep", "--dry-run", "--json");
        assertEquals(0, now.json().get("examined").asInt(), "as a sweep at --now left it: nothing due\n" + now.out());
        for (String later : List.of("2026-12-01T15:00:00Z", "2026-12-03T10:00:00Z", "2026-12-08T12:00:00Z")) {
            JsonNode r = desk.at(later).ok("sweep", "--dry-run", "--json").json();
            Set<Long> acted = new HashSet<>();
            for (JsonNode a : r.get("actions")) acted.add(a.get("ticket_id").asLong());
            long due = counts("SELECT 'x', count(*) FROM tickets WHERE next_due_at <= " + Instant.parse(later).toEpochMilli())
                    .getOrDefault("x", 0L);
            assertTrue(due > 0, later);
            assertEquals(due, r.get("examined").asLong(), later);
            assertEquals(due, acted.size(), "every ticket the sweep reads has a rule that fires: " + later);
        }
        desk.at(NOW);
    }

    @Test
    void theScheduleIsWhatTimekeeperComputes() throws Exception {
        Map<Long, String> stored = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + desk.db()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, next_due_at, sla_breach_at, sla_colour FROM tickets")) {
            while (rs.next()) stored.put(rs.getLong(1), rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
        }
        Instant now = Instant.parse(NOW);
        List<String> wrong = new ArrayList<>();
        TicketFilter every = TicketFilter.where().everyStatus().sort(List.of("id")).build();
        try (SqliteStore store = new SqliteStore(desk.db())) {
            store.read(tx -> {
                Timekeeper keeper = tx.timekeeper();
                tx.archive().forEachTicket(every, t -> {
                    List<tix.domain.Event> history = tx.events().forTicket(t.id());
                    SlaClock.State sla = keeper.sla(t, history, now);
                    Instant next = TimeRules.nextDue(keeper.config(), keeper.facts(t, sla, history), now);
                    Instant breach = sla.stoppedAt() == null ? sla.redAt() : null;
                    String expected = millis(next) + "|" + millis(breach) + "|" + sla.colour();
                    if (!expected.equals(stored.get(t.id())) && wrong.size() < 5) {
                        wrong.add("#" + t.id() + " " + t.status() + ": stored " + stored.get(t.id()) + ", Timekeeper " + expected);
                    }
                });
                return null;
            });
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theFilledDeskHasEveryIndexAndTriggerOfANewDeskAndIsInWalMode() throws Exception {
        // the fill drops the bulk tables' indexes and search triggers and runs without a journal: all of it comes back
        TixRunner fresh = runner("schema");
        fresh.ok("init");
        String schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name";
        assertEquals(rows(fresh.db(), schema), rows(desk.db(), schema));
        assertEquals("wal", rows(desk.db(), "PRAGMA journal_mode"));
        assertTrue(rows(desk.db(), "SELECT name FROM sqlite_master WHERE type = 'index'").contains("events_action_at"));
        assertFalse(Files.exists(desk.db().resolveSibling(desk.db().getFileName() + ".part")));
    }

    @Test
    void demoRefusesAnExistingFileAndBadCounts() throws Exception {
        TixRunner.Result r = desk.run("demo", "--tickets", "10");
        assertEquals(4, r.code(), r.toString());
        assertTrue(r.err().startsWith("tix: demo wants a new database"), r.err());
        TixRunner fresh = runner("bad");
        assertEquals(2, fresh.run("demo", "--tickets", "0").code());
        assertFalse(Files.exists(fresh.db()));
    }

    private static String millis(Instant i) {
        return i == null ? "null" : String.valueOf(i.toEpochMilli());
    }

    private static String ids(JsonNode arr) {
        List<Long> out = new ArrayList<>();
        for (JsonNode n : arr) out.add(n.get("id").asLong());
        return out.toString();
    }

    private static Map<String, Long> counts(String sql) throws SQLException {
        Map<String, Long> m = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + desk.db()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) m.put(rs.getString(1), rs.getLong(2));
        }
        return m;
    }

    static String rows(Path db, String sql) throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                if (sb.length() > 0) sb.append('\n');
                for (int i = 1; i <= n; i++) sb.append(i > 1 ? "|" : "").append(rs.getString(i));
            }
        }
        return sb.toString();
    }
}
