package tix.domain.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.domain.op.Fixtures.ANA;
import static tix.domain.op.Fixtures.LEAD;
import static tix.domain.op.Fixtures.NOW;
import static tix.domain.op.Fixtures.refused;
import static tix.domain.op.Fixtures.ticket;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tix.domain.DomainException.Reason;
import tix.domain.Status;
import tix.domain.Ticket;

/** status, resolve, close (with --force), reopen. */
class StatusOpsTest {
    private static SetStatus to(Status s) {
        return new SetStatus(s, null, null, null, false);
    }

    @Test
    void aStaffMoveStartsTheStatusTimer() {
        Ticket t = to(Status.PENDING).apply(ticket(Status.OPEN), ANA, NOW).ticket();
        assertEquals(Status.PENDING, t.status());
        assertEquals(NOW, t.statusChangedAt());
        assertNull(t.statusUntil());
    }

    @Test
    void holdForDaysEndsThatManyTimesTwentyFourHoursLater() {
        Ticket t = new SetStatus(Status.HOLD, 3L, null, null, false).apply(ticket(Status.OPEN), ANA, NOW).ticket();
        assertEquals(NOW.plus(Duration.ofHours(72)), t.statusUntil());
    }

    @Test
    void holdUntilADateNeedsAFutureDate() {
        SetStatus until = new SetStatus(Status.HOLD, null, null, "2026-03-10", false);
        Instant later = NOW.plus(Duration.ofDays(6));
        assertEquals(later, until.withUntil(later).apply(ticket(Status.OPEN), ANA, NOW).ticket().statusUntil());
        refused(Reason.USAGE, () -> until.withUntil(NOW.minusSeconds(1)).apply(ticket(Status.OPEN), ANA, NOW));
    }

    @Test
    void daysAndUntilAreUsageChecksMadeBeforeAnyTicketIsRead() {
        refused(Reason.USAGE, () -> new SetStatus(Status.HOLD, null, null, null, false));
        refused(Reason.USAGE, () -> new SetStatus(Status.HOLD, 1L, null, "2026-04-01", false));
        refused(Reason.USAGE, () -> new SetStatus(Status.PENDING, 1L, null, null, false));
        new SetStatus(Status.WAITING, 2L, null, null, false);
    }

    @Test
    void resolveWorksFromEveryWorkingStatus() {
        for (Status s : new Status[] {Status.NEW, Status.OPEN, Status.PENDING, Status.WAITING, Status.HOLD, Status.REVIEW}) {
            assertEquals(Status.RESOLVED, to(Status.RESOLVED).apply(ticket(s), ANA, NOW).ticket().status(), s.wire());
        }
    }

    @Test
    void closeNeedsResolvedOrAnAdminsForce() {
        assertEquals(Status.CLOSED, to(Status.CLOSED).apply(ticket(Status.RESOLVED), ANA, NOW).ticket().status());
        refused(Reason.CONFLICT, () -> to(Status.CLOSED).apply(ticket(Status.OPEN), LEAD, NOW));
        SetStatus force = new SetStatus(Status.CLOSED, null, null, null, true);
        assertEquals(Status.CLOSED, force.apply(ticket(Status.OPEN), LEAD, NOW).ticket().status());
        refused(Reason.DENIED, () -> force.apply(ticket(Status.OPEN), ANA, NOW));
        assertEquals(Status.CLOSED, force.apply(ticket(Status.RESOLVED), ANA, NOW).ticket().status());
    }

    @Test
    void closedIsFinalForStatusEvenWithForce() {
        var e = refused(Reason.CONFLICT, () -> to(Status.OPEN).apply(ticket(Status.CLOSED), LEAD, NOW));
        assertTrue(e.hint().contains("reopen"), e.hint());
        refused(Reason.CONFLICT, () -> new SetStatus(Status.CLOSED, null, null, null, true).apply(ticket(Status.CLOSED), LEAD, NOW));
        refused(Reason.CONFLICT, () -> new SetStatus(Status.CLOSED, null, null, null, true).apply(ticket(Status.SUSPENDED), LEAD, NOW));
    }

    @Test
    void nothingGoesBackToNewAndAStatusIsNotEnteredTwiceExceptHoldAndWaiting() {
        refused(Reason.CONFLICT, () -> to(Status.NEW).apply(ticket(Status.OPEN), LEAD, NOW));
        refused(Reason.CONFLICT, () -> to(Status.OPEN).apply(ticket(Status.OPEN), LEAD, NOW));
        Ticket waiting = new SetStatus(Status.WAITING, 5L, null, null, false).apply(ticket(Status.WAITING), ANA, NOW).ticket();
        assertEquals(NOW.plus(Duration.ofDays(5)), waiting.statusUntil());
    }

    @Test
    void anAgentChangesTheStatusOfFreeAndOwnTicketsOnly() {
        refused(Reason.DENIED, () -> to(Status.PENDING).apply(ticket(Status.OPEN, "ben"), ANA, NOW));
        assertEquals(Status.PENDING, to(Status.PENDING).apply(ticket(Status.OPEN, "ana"), ANA, NOW).ticket().status());
    }

    @Test
    void reopenTakesResolvedAndClosedTicketsBackToOpen() {
        for (Status s : new Status[] {Status.RESOLVED, Status.CLOSED}) {
            Ticket t = new Reopen().apply(ticket(s).toBuilder().statusUntil(NOW).build(), ANA, NOW).ticket();
            assertEquals(Status.OPEN, t.status());
            assertNull(t.statusUntil());
        }
        refused(Reason.CONFLICT, () -> new Reopen().apply(ticket(Status.OPEN), ANA, NOW));
        refused(Reason.CONFLICT, () -> new Reopen().apply(ticket(Status.CLOSED).toBuilder().mergedInto(7L).build(), ANA, NOW));
    }
}
