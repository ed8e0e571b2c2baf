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
        return new Sweep(DEFAULTS, new TimeRules.Facts(t, ALWAYS, 1, 4, "t1", remindedAt, null, null)).apply(t, now);
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
        assertEquals(List.of(new Sweep.Fired(Rule.ESCALATE, "triage -> t1")), r.fired());
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
        Sweep.Result r = new Sweep(off, new TimeRules.Facts(t, ALWAYS, 1, 4, "t1", null, null, null))
                .apply(t, MON.plus(DEFAULTS.resolveAfter()));
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
}
