package tix.domain.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.domain.op.Fixtures.said;
import static tix.domain.op.Fixtures.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tix.domain.BusinessCalendar;
import tix.domain.MessageKind;
import tix.domain.Status;
import tix.domain.Ticket;
import tix.domain.TimeRules;
import tix.domain.TimeRules.Rule;

/** The sweep's rules on one ticket, with the default settings and a 24x7 calendar: no database, no clock. */
class SweepOpTest {
    private static final BusinessCalendar ALWAYS = BusinessCalendar.of("24x7", "UTC", "24x7", "");
    private static final TimeRules.Config DEFAULTS = TimeRules.Config.defaults();
    private static final Instant MON = Instant.parse("2026-03-02T10:00:00Z");

    private static Sweep.Result sweep(Ticket t, Instant remindedAt, Instant now) {
        return new Sweep(DEFAULTS, new TimeRules.Facts(t, ALWAYS, 1, 4, "t1", remindedAt, null, null, true, false)).apply(t, now);
    }

    private static Ticket at(Status s, Instant since) {
        return ticket(s).toBuilder().createdAt(since).statusChangedAt(since).tierEnteredAt(since).build();
    }

    @Test
    void nothingFiresBeforeItsTime() {
        Sweep.Result r = sweep(at(Status.PENDING, MON), null, MON.plus(Duration.ofDays(2)));
        assertTrue(r.nothing());
        assertEquals(at(Status.PENDING, MON), r.outcome().ticket());
    }

    @Test
    void anUnattendedNewTicketIsEscalatedWithASystemNoteAndStaysNew() {
        Sweep.Result r = sweep(at(Status.NEW, MON), null, MON.plus(Duration.ofHours(2)));
        assertEquals(List.of(new Sweep.Fired(Rule.ESCALATE, "triage -> t1"), new Sweep.Fired(Rule.PRIORITY, "50 -> 52")),
                r.fired(), "unanswered new tickets grow too (issue 13)");
        assertEquals("t1", r.outcome().ticket().tier());
        assertEquals(Status.NEW, r.outcome().ticket().status());
        assertEquals(MessageKind.SYSTEM, said(r.outcome(), 0).kind());
        assertTrue(said(r.outcome(), 0).body().startsWith("Unattended for 1h of business time: escalated from triage to t1"), said(r.outcome(), 0).body());
    }

    @Test
    void aSilentPendingTicketGetsOneReminderThenIsResolved() {
        Sweep.Result remind = sweep(at(Status.PENDING, MON), null, MON.plus(Duration.ofDays(3)));
        assertTrue(remind.remind());
        assertEquals(List.of(new Step.Send(Step.Mail.REMINDER)), remind.outcome().leading());
        assertEquals(Status.PENDING, remind.outcome().ticket().status());
        Instant reminded = MON.plus(Duration.ofDays(3));
        Sweep.Result resolve = sweep(at(Status.PENDING, MON), reminded, reminded.plus(Duration.ofDays(3)));
        assertFalse(resolve.remind());
        assertEquals(Status.RESOLVED, resolve.outcome().ticket().status());
        assertEquals(reminded.plus(Duration.ofDays(3)), resolve.outcome().ticket().statusChangedAt());
    }

    @Test
    void withRemindersOffThePendingTicketIsResolvedWithoutSpeakingOfAReminder() {
        TimeRules.Config off = new TimeRules.Config(DEFAULTS.escalateAfter(), DEFAULTS.growthEvery(),
                DEFAULTS.growthMax(), null, DEFAULTS.resolveAfter(), DEFAULTS.waitingAfter());
        Ticket t = at(Status.PENDING, MON);
        Sweep.Result r = new Sweep(off, new TimeRules.Facts(t, ALWAYS, 1, 4, "t1", null, null, null, true, false))
                .apply(t, MON.plus(DEFAULTS.resolveAfter().amount()));
        assertFalse(r.remind());
        assertEquals(List.of(new Sweep.Fired(Rule.RESOLVE, "pending -> resolved (no reply for 3d)")), r.fired());
        assertEquals(Status.RESOLVED, r.outcome().ticket().status());
    }

    @Test
    void waitingOpensAfterTenDaysAndHoldAtItsEndWithANote() {
        Sweep.Result waiting = sweep(at(Status.WAITING, MON), null, MON.plus(Duration.ofDays(10)));
        assertEquals(Status.OPEN, waiting.outcome().ticket().status());
        assertTrue(waiting.outcome().leading().isEmpty());
        Ticket hold = at(Status.HOLD, MON).toBuilder().statusUntil(MON.plus(Duration.ofDays(1))).build();
        Sweep.Result held = sweep(hold, null, MON.plus(Duration.ofDays(1)));
        assertEquals(Status.OPEN, held.outcome().ticket().status());
        assertNull(held.outcome().ticket().statusUntil());
        assertEquals("hold expired", said(held.outcome(), 0).body());
    }

    @Test
    void aResolvedTicketClosesAfterTheQueuesDays() {
        Sweep.Result r = sweep(at(Status.RESOLVED, MON), null, MON.plus(Duration.ofDays(4)));
        assertEquals(List.of(new Sweep.Fired(Rule.CLOSE, "resolved -> closed")), r.fired());
        assertEquals(Status.CLOSED, r.outcome().ticket().status());
    }

    @Test
    void anUnansweredOpenTicketsPriorityGrowsOneStepPerHour() {
        Sweep.Result r = sweep(at(Status.OPEN, MON), null, MON.plus(Duration.ofMinutes(190)));
        assertEquals(53, r.outcome().ticket().priority());
        assertEquals(MON.plus(Duration.ofHours(3)), r.grownAt());
    }

    @Test
    void aColourChangeIsOneMoreRuleAndTheSameColourIsNone() {
        Sweep.Result r = sweep(at(Status.RESOLVED, MON), null, MON.plus(Duration.ofDays(4)));
        Ticket before = at(Status.RESOLVED, MON);
        Sweep.Result coloured = Sweep.withColour(r, before, "red");
        assertEquals("red", coloured.outcome().ticket().slaColour());
        assertEquals(new Sweep.Fired(Rule.SLA, "none -> red"), coloured.fired().get(1));
        assertEquals(r, Sweep.withColour(r, before, "none"));
    }

    @Test
    void closedAndSuspendedTicketsHaveNoRules() {
        assertTrue(sweep(at(Status.CLOSED, MON), null, MON.plus(Duration.ofDays(400))).nothing());
        assertTrue(sweep(at(Status.SUSPENDED, MON), null, MON.plus(Duration.ofDays(400))).nothing());
    }

    private static final BusinessCalendar OFFICE = BusinessCalendar.of("office", "UTC", "mon-fri 09:00-17:00", "");
    private static final Instant FRI_EVENING = Instant.parse("2026-03-06T20:00:00Z");

    private static TimeRules.Facts facts(Ticket t, BusinessCalendar cal, boolean growNew, boolean attended) {
        return new TimeRules.Facts(t, cal, 1, 4, "t1", null, null, null, growNew, attended);
    }

    private static java.util.Map<Rule, Instant> due(TimeRules.Config c, TimeRules.Facts f) {
        java.util.Map<Rule, Instant> m = new java.util.EnumMap<>(Rule.class);
        for (TimeRules.Due d : TimeRules.schedule(c, f, f.ticket().createdAt())) m.put(d.rule(), d.at());
        return m;
    }

    @Test
    void theUnattendedEscalationCountsBusinessTimeByDefaultAndWallTimeWhenTheDeskSaysSo() {
        Ticket t = at(Status.NEW, FRI_EVENING);
        assertEquals(Instant.parse("2026-03-09T10:00:00Z"), due(DEFAULTS, facts(t, OFFICE, false, false)).get(Rule.ESCALATE),
                "a ticket mailed Friday 20:00 escalates an hour into Monday's business hours");
        TimeRules.Config wall = TimeRules.Config.from(java.util.Map.of("new.escalate_clock", "wall"));
        assertEquals(FRI_EVENING.plus(Duration.ofHours(1)), due(wall, facts(t, OFFICE, false, false)).get(Rule.ESCALATE));
        // business units say business time whatever the clock key
        TimeRules.Config units = TimeRules.Config.from(java.util.Map.of("new.escalate_clock", "wall", "new.escalate_after", "2bh"));
        assertEquals(Instant.parse("2026-03-09T11:00:00Z"), due(units, facts(t, OFFICE, false, false)).get(Rule.ESCALATE));
        Sweep.Result r = new Sweep(wall, facts(t, OFFICE, false, false)).apply(t, FRI_EVENING.plus(Duration.ofHours(1)));
        assertTrue(said(r.outcome(), 0).body().startsWith("Unattended for 1h: escalated from triage to t1"), said(r.outcome(), 0).body());
    }

    @Test
    void aTakenNewTicketIsAttendedAndNeverEscalatedByTheTimer() {
        Ticket t = at(Status.NEW, MON);
        assertTrue(sweep(t, null, MON.plus(Duration.ofHours(1))).fired().contains(new Sweep.Fired(Rule.ESCALATE, "triage -> t1")));
        Sweep.Result r = new Sweep(DEFAULTS, facts(t, ALWAYS, false, true)).apply(t, MON.plus(Duration.ofHours(5)));
        assertTrue(r.nothing(), r.fired().toString());
    }

    @Test
    void takingIsAnAssignmentToTheAgentWhoMadeItSinceTheStatusBegan() {
        Ticket t = at(Status.NEW, MON);
        tix.domain.Event take = tix.domain.Event.of(1, MON.plusSeconds(60), "ana", "assigned", "assignee", null, "ana");
        tix.domain.Event routed = tix.domain.Event.of(1, MON.plusSeconds(60), "lead", "assigned", "assignee", null, "ana");
        tix.domain.Event early = tix.domain.Event.of(1, MON.minusSeconds(60), "ana", "assigned", "assignee", null, "ana");
        assertTrue(TimeRules.taken(t, List.of(take)));
        assertFalse(TimeRules.taken(t, List.of(routed)), "an assignment by someone else is not attending");
        assertFalse(TimeRules.taken(t, List.of(early)), "a take before the status began does not count");
        assertFalse(TimeRules.taken(t, List.of()));
    }

    @Test
    void unansweredNewTicketsGrowUnlessTheirQueueSaysOnlyOpenOnes() {
        Ticket t = at(Status.NEW, MON);
        TimeRules.Config noEscalation = TimeRules.Config.from(java.util.Map.of("new.escalate_after", "off"));
        Sweep.Result grown = new Sweep(noEscalation, facts(t, ALWAYS, true, false)).apply(t, MON.plus(Duration.ofMinutes(130)));
        assertEquals(52, grown.outcome().ticket().priority());
        assertTrue(new Sweep(noEscalation, facts(t, ALWAYS, false, false)).apply(t, MON.plus(Duration.ofHours(5))).nothing());
        TimeRules.Config wall = TimeRules.Config.from(java.util.Map.of("open.priority_growth_clock", "wall"));
        Ticket open = at(Status.OPEN, FRI_EVENING);
        assertEquals(FRI_EVENING.plus(Duration.ofHours(1)), due(wall, facts(open, OFFICE, true, false)).get(Rule.PRIORITY));
        assertEquals(Instant.parse("2026-03-09T10:00:00Z"), due(DEFAULTS, facts(open, OFFICE, true, false)).get(Rule.PRIORITY));
    }

    @Test
    void calendarTimersCountBusinessTimeWhenGivenInBusinessUnits() {
        Ticket t = at(Status.PENDING, FRI_EVENING);
        assertEquals(FRI_EVENING.plus(Duration.ofDays(3)).plus(Duration.ofHours(13)),
                due(DEFAULTS, facts(t, OFFICE, true, false)).get(Rule.REMINDER), "3 wall days, then the next business minute");
        TimeRules.Config business = TimeRules.Config.from(java.util.Map.of("pending.reminder_after", "2bd"));
        // two business days end on Tuesday at 17:00; the mail goes out at the next business minute
        assertEquals(Instant.parse("2026-03-11T09:00:00Z"), due(business, facts(t, OFFICE, true, false)).get(Rule.REMINDER));
        assertEquals("2bd", TimeRules.check("pending.reminder_after", "16bh"));
        assertEquals("3d", TimeRules.check("pending.reminder_after", "72h"));
        assertEquals("wall", TimeRules.check("new.escalate_clock", "WALL"));
        assertEquals(tix.domain.DomainException.Reason.USAGE, org.junit.jupiter.api.Assertions.assertThrows(
                tix.domain.DomainException.class, () -> TimeRules.check("new.escalate_clock", "sometimes")).reason());
    }
}
