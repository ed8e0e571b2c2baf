package tix.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** Each time rule of SPEC §3 through `tix sweep`, with its default and its setting. */
class SweepRulesTest {
    @TempDir
    Path dir;
    TixRunner tix;

    @BeforeEach
    void desk() {
        // 2026-11-23 is a Monday; the default calendar is Mon-Fri 09:00-17:00 UTC
        tix = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
    }

    private void create(String at) {
        tix.at(at).ok("create", "--title", "Printer", "--requester", "ana@example.com", "--body", "It is on fire");
    }

    private JsonNode show(int id) {
        return tix.ok("show", String.valueOf(id), "--json").json();
    }

    private TixRunner.Result sweep(String at, String... more) {
        String[] args = new String[more.length + 1];
        args[0] = "sweep";
        System.arraycopy(more, 0, args, 1, more.length);
        return tix.at(at).ok(args);
    }

    private String sql(String query) {
        try (Connection c = tix.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(query)) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                sb.append('\n');
            }
            return sb.toString();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void onAWallClockAnEveningTicketEscalatesWithinTheHourUnlessSomeoneTookIt() {
        // issue 13: the Zendesk desk's "auto-escalate after about one hour" is wall-clock time, and taking counts
        tix.ok("agent", "add", "ana", "--role", "agent");
        tix.ok("config", "set", "new.escalate_clock", "wall");
        tix.ok("queue", "set", "support", "--no-priority-growth-new");
        create("2026-11-23T20:00:00Z");
        create("2026-11-23T20:00:00Z");
        tix.as("ana").at("2026-11-23T20:30:00Z").ok("take", "2");
        tix.as("lead");
        assertEquals("", sweep("2026-11-23T20:59:00Z").out());
        String out = sweep("2026-11-23T21:00:00Z").out();
        assertEquals("escalate  #1  triage -> t1\n", out.replaceAll("(?m)^sla .*\n", ""));
        assertEquals("Unattended for 1h: escalated from triage to t1.", show(1).get("messages").get(1).get("body").asText());
        assertEquals("triage", show(2).get("tier").asText(), "taken: attended");
        assertEquals("new", show(2).get("status").asText());
        // an assignment by someone else is not attending
        create("2026-11-23T22:00:00Z");
        tix.at("2026-11-23T22:10:00Z").ok("assign", "3", "--to", "ana");
        assertTrue(sweep("2026-11-23T23:00:00Z").out().contains("escalate  #3  triage -> t1"));
        assertEquals(2, tix.run("config", "set", "new.escalate_clock", "sometimes").code());
    }

    @Test
    void unansweredNewTicketsGainPriorityUnlessTheQueueKeepsGrowthToOpenOnes() {
        tix.ok("config", "set", "new.escalate_after", "off");
        create("2026-11-23T09:00:00Z");
        assertTrue(sweep("2026-11-23T11:00:00Z").out().contains("priority  #1  50 -> 52"));
        assertEquals(52, show(1).get("priority").asInt());
        JsonNode q = tix.ok("queue", "set", "support", "--no-priority-growth-new", "--json").json();
        assertEquals(false, q.get("priority_growth_new").asBoolean());
        assertEquals("", sweep("2026-11-23T15:00:00Z").out().replaceAll("(?m)^sla .*\n", ""));
        tix.at("2026-11-23T15:00:00Z").ok("status", "1", "open");
        assertTrue(sweep("2026-11-23T16:00:00Z").out().contains("priority  #1  52 -> 53"));
    }

    @Test
    void aNewTicketNobodyAttendsForABusinessHourIsEscalatedOnce() {
        create("2026-11-23T16:30:00Z");
        assertEquals("", sweep("2026-11-23T17:00:00Z").out());
        assertEquals("", sweep("2026-11-24T08:59:00Z").out());
        String out = sweep("2026-11-24T09:30:00Z").out();
        assertTrue(out.contains("escalate  #1  triage -> t1"), out);
        JsonNode t = show(1);
        assertEquals("t1", t.get("tier").asText());
        assertEquals("new", t.get("status").asText());
        JsonNode note = t.get("messages").get(1);
        assertEquals("system", note.get("kind").asText());
        assertEquals("Unattended for 1h of business time: escalated from triage to t1.", note.get("body").asText());
        assertEquals("", sweep("2026-11-25T12:00:00Z").out().replaceAll("(?m)^(sla|priority) .*\\n", ""),
                "escalated once (its priority grows meanwhile: unanswered new tickets grow too)");
        assertEquals("t1", show(1).get("tier").asText());
    }

    @Test
    void unansweredOpenTicketsGainOnePriorityPerBusinessHourUntilAnswered() {
        create("2026-11-23T15:00:00Z");
        tix.at("2026-11-23T15:00:00Z").ok("status", "1", "open");
        sweep("2026-11-23T16:00:00Z");
        assertEquals(51, show(1).get("priority").asInt());
        sweep("2026-11-23T17:00:00Z");
        sweep("2026-11-24T08:00:00Z");
        assertEquals(52, show(1).get("priority").asInt());
        // a late sweep catches up whole hours
        sweep("2026-11-24T12:30:00Z");
        assertEquals(55, show(1).get("priority").asInt());
        sweep("2026-11-24T13:00:00Z");
        assertEquals(56, show(1).get("priority").asInt());
        tix.at("2026-11-24T13:10:00Z").ok("reply", "1", "--body", "On it");
        sweep("2026-11-24T16:00:00Z");
        assertEquals(56, show(1).get("priority").asInt());
        String history = tix.ok("history", "1", "--json").out();
        assertTrue(history.contains("\"old\" : \"52\",\n  \"new\" : \"55\"") || history.contains("\"55\""), history);
    }

    @Test
    void priorityGrowthIsOffForAQueueThatSwitchesItOffAndStopsAtTheMaximum() {
        create("2026-11-23T09:00:00Z");
        tix.at("2026-11-23T09:00:00Z").ok("status", "1", "open");
        tix.ok("config", "set", "open.priority_growth_max", "52");
        sweep("2026-11-23T16:00:00Z");
        assertEquals(52, show(1).get("priority").asInt());
        tix.ok("priority", "1", "40");
        tix.ok("queue", "set", "support", "--no-priority-growth");
        tix.at("2026-11-23T16:00:00Z").ok("priority", "1", "41");
        sweep("2026-11-24T16:00:00Z");
        assertEquals(41, show(1).get("priority").asInt());
    }

    @Test
    void pendingGetsOneReminderInBusinessHoursThenResolvesThreeDaysAfterIt() {
        create("2026-11-23T09:00:00Z");
        tix.at("2026-11-24T18:00:00Z").ok("reply", "1", "--body", "Which model?", "--status", "pending");
        // three days later is Friday 18:00: after hours, so the reminder waits for Monday 09:00
        assertEquals("", sweep("2026-11-27T18:00:00Z").out().replaceAll("(?m)^sla .*\\n", ""));
        assertEquals("", sweep("2026-11-30T08:59:00Z").out());
        String out = sweep("2026-11-30T09:00:00Z").out();
        assertTrue(out.contains("reminder  #1  reminder queued to the requester"), out);
        String outbox = sql("SELECT kind, to_addr, subject, status, CASE WHEN message_id LIKE '<tix.1.%@localhost>' THEN 1 ELSE 0 END, "
                + "CASE WHEN refs LIKE '<tix.1@localhost>%' THEN 1 ELSE 0 END, "
                + "created_at FROM outbox WHERE kind = 'reminder'");
        assertEquals("reminder|ana@example.com|[#1] Printer|queued|1|1|" + java.time.Instant.parse("2026-11-30T09:00:00Z").toEpochMilli()
                + "\n", outbox);
        assertEquals("", sweep("2026-11-30T10:00:00Z").out());
        assertEquals("", sweep("2026-12-03T08:59:00Z").out());
        out = sweep("2026-12-03T09:00:00Z").out();
        assertTrue(out.contains("resolve   #1  pending -> resolved"), out);
        assertEquals("resolved", show(1).get("status").asText());
        assertEquals("1\n", sql("SELECT count(*) FROM outbox WHERE kind = 'reminder'"));
        assertTrue(tix.ok("history", "1").out().matches("(?s).*2026-11-30T09:00:00Z +tix +reminder +to +- +ana@example.com.*"));
    }

    @Test
    void aCustomerAnswerStopsThePendingTimersAndANewPendingStartsThemAgain() {
        create("2026-11-23T09:00:00Z");
        tix.at("2026-11-23T10:00:00Z").ok("reply", "1", "--body", "Which model?", "--status", "pending");
        sweep("2026-11-26T10:00:00Z");
        tix.at("2026-11-26T11:00:00Z").ok("receive", "1", "--body", "A LaserJet");
        tix.at("2026-11-26T12:00:00Z").ok("reply", "1", "--body", "Try this", "--status", "pending");
        assertEquals("", sweep("2026-11-29T12:00:00Z").out().replaceAll("(?m)^sla .*\\n", ""));
        assertTrue(sweep("2026-11-30T09:00:00Z").out().contains("reminder  #1"));
        assertEquals("2\n", sql("SELECT count(*) FROM outbox WHERE kind = 'reminder'"));
    }

    @Test
    void waitingReopensAfterTenDaysAndHoldExpiresWithANote() {
        create("2026-11-23T09:00:00Z");
        create("2026-11-23T09:00:00Z");
        tix.at("2026-11-23T10:00:00Z").ok("status", "1", "waiting");
        tix.at("2026-11-23T10:00:00Z").ok("status", "2", "hold", "--days", "2");
        assertFalse(sweep("2026-11-25T09:59:00Z").out().contains("hold"));
        String out = sweep("2026-11-25T10:00:00Z").out();
        assertTrue(out.contains("hold      #2  hold -> open (hold expired)"), out);
        JsonNode two = show(2);
        assertEquals("open", two.get("status").asText());
        JsonNode last = two.get("messages").get(two.get("messages").size() - 1);
        assertEquals("system", last.get("kind").asText());
        assertEquals("hold expired", last.get("body").asText());
        assertFalse(sweep("2026-12-03T09:59:00Z").out().contains("waiting"));
        assertTrue(sweep("2026-12-03T10:00:00Z").out().contains("waiting   #1  waiting -> open"));
        assertEquals("open", show(1).get("status").asText());
    }

    @Test
    void resolvedClosesAfterTheQueuesDaysAtOnceWithZeroAndNeverWithMinusOne() {
        create("2026-11-23T09:00:00Z");
        tix.at("2026-11-23T10:00:00Z").ok("resolve", "1");
        assertEquals("", sweep("2026-11-27T09:59:00Z").out().replaceAll("(?m)^sla .*\\n", ""));
        assertTrue(sweep("2026-11-27T10:00:00Z").out().contains("close     #1  resolved -> closed"));
        assertEquals("closed", show(1).get("status").asText());

        create("2026-11-23T09:00:00Z");
        tix.at("2026-11-23T10:00:00Z").ok("resolve", "2");
        assertEquals("", sweep("2026-11-23T11:00:00Z").out());
        // a shorter delay on the queue applies to tickets resolved before the change
        tix.at("2026-11-23T11:30:00Z").ok("queue", "set", "support", "--auto-close-days", "0");
        assertTrue(sweep("2026-11-23T12:00:00Z").out().contains("close     #2"));

        tix.ok("queue", "set", "support", "--auto-close-days", "-1");
        create("2026-11-23T09:00:00Z");
        tix.at("2026-11-23T10:00:00Z").ok("resolve", "3");
        sweep("2027-11-23T10:00:00Z");
        assertEquals("resolved", show(3).get("status").asText());
    }

    @Test
    void timersAreSettingsAndBadValuesAreRefused() {
        tix.ok("config", "set", "pending.reminder_after", "1d");
        tix.ok("config", "set", "pending.resolve_after", "12h");
        assertEquals("1d\n", tix.ok("config", "get", "pending.reminder_after").out());
        assertEquals("10d\n", tix.ok("config", "get", "waiting.reopen_after").out());
        assertEquals(2, tix.run("config", "set", "pending.reminder_after", "soon").code());
        assertEquals(2, tix.run("config", "set", "open.priority_growth_max", "120").code());
        create("2026-11-23T09:00:00Z");
        tix.at("2026-11-23T10:00:00Z").ok("reply", "1", "--body", "Which?", "--status", "pending");
        assertTrue(sweep("2026-11-24T10:00:00Z").out().contains("reminder"));
        assertTrue(sweep("2026-11-24T22:00:00Z").out().contains("resolve"));
        String list = tix.ok("config", "list").out();
        assertTrue(list.contains("pending.reminder_after"), list);
        String exported = tix.ok("config", "export").out();
        assertTrue(exported.contains("\"pending.reminder_after\" : \"1d\""), exported);
        TixRunner other = new TixRunner(dir.resolve("b")).as("lead");
        other.ok("init");
        assertEquals(7, other.runWithInput("{\"pending.reminder_after\": \"never!\"}", "config", "import", "-").code());
        assertEquals(0, other.runWithInput(exported, "config", "import", "-").code());
        assertEquals("1d\n", other.ok("config", "get", "pending.reminder_after").out());
    }

    @Test
    void dryRunPrintsWhatWouldHappenAndWritesNothing() {
        create("2026-11-23T09:00:00Z");
        tix.at("2026-11-23T09:30:00Z").ok("resolve", "1");
        byte[] before = tix.bytes();
        String dump = tix.dump();
        String out = sweep("2026-11-30T09:00:00Z", "--dry-run").out();
        assertTrue(out.contains("would close     #1  resolved -> closed"), out);
        assertEquals(dump, tix.dump());
        assertTrue(java.util.Arrays.equals(before, tix.bytes()));
    }

    @Test
    void jsonSummarisesCountsAndTicketsPerRuleAndVerboseSpeaksWhenNothingHappens() {
        create("2026-11-23T09:00:00Z");
        create("2026-11-23T09:00:00Z");
        JsonNode j = sweep("2026-11-23T10:00:00Z", "--json").json();
        assertTrue(j.get("ran").asBoolean());
        assertEquals(2, j.get("counts").get("escalate").asInt());
        assertEquals("[1,2]", j.get("tickets").get("escalate").toString());
        assertEquals(0, j.get("counts").get("close").asInt());
        assertEquals("", sweep("2026-11-23T10:00:00Z").out());
        String v = sweep("2026-11-23T10:00:00Z", "-v").out();
        assertTrue(v.startsWith("sweep at 2026-11-23T10:00:00Z: 0 due ticket(s) read, 0 action(s)"), v);
    }

    @Test
    void aSecondSweepWhileOneHoldsTheLockExitsZeroAndSaysSo() throws Exception {
        create("2026-11-23T09:00:00Z");
        if (tix.postgres()) {
            // PostgreSQL: the desk's sweep lock is an advisory lock on the server, held here by another session
            try (java.sql.Connection c = tix.connection(); java.sql.Statement st = c.createStatement()) {
                String dump = tix.dump();
                st.execute("SELECT pg_advisory_lock(" + 0x746978 + ", hashtext('sweep'))");
                var r = tix.at("2026-11-23T12:00:00Z").run("sweep");
                assertEquals(0, r.code(), r.toString());
                assertEquals("", r.out());
                assertEquals("tix: another sweep is running on this database; nothing done\n", r.err());
                assertEquals(dump, tix.dump());
            }
            assertTrue(sweep("2026-11-23T12:00:00Z").out().contains("escalate"));
            return;
        }
        Path lockFile = tix.db().resolveSibling(tix.db().getFileName() + ".sweep.lock");
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            String dump = tix.dump();
            FileLock held = ch.lock();
            var r = tix.at("2026-11-23T12:00:00Z").run("sweep");
            held.release();
            assertEquals(0, r.code(), r.toString());
            assertEquals("", r.out());
            assertEquals("tix: another sweep is running on this database; nothing done\n", r.err());
            assertEquals(dump, tix.dump());
        }
        assertTrue(sweep("2026-11-23T12:00:00Z").out().contains("escalate"));
    }

    @Test
    void aSweepReadsOnlyTicketsThatAreDue() {
        for (int i = 0; i < 5; i++) create("2026-11-23T09:00:00Z");
        tix.at("2026-11-23T09:00:00Z").ok("resolve", "5");
        assertEquals("4|" + java.time.Instant.parse("2026-11-23T10:00:00Z").toEpochMilli() + "\n",
                sql("SELECT count(*), min(next_due_at) FROM tickets WHERE id < 5"));
        sweep("2026-11-23T10:00:00Z");
        String v = sweep("2026-11-23T10:30:00Z", "-v").out();
        assertTrue(v.contains("0 due ticket(s) read"), v);
    }
}
