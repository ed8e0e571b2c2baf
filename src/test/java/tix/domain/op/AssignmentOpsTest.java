package tix.domain.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.domain.op.Fixtures.ANA;
import static tix.domain.op.Fixtures.BEN;
import static tix.domain.op.Fixtures.LEAD;
import static tix.domain.op.Fixtures.NOW;
import static tix.domain.op.Fixtures.TOM;
import static tix.domain.op.Fixtures.refused;
import static tix.domain.op.Fixtures.ticket;

import org.junit.jupiter.api.Test;
import tix.domain.Actor;
import tix.domain.DomainException.Reason;
import tix.domain.Role;
import tix.domain.Status;
import tix.domain.Ticket;

/** assign, take, release on plain tickets. */
class AssignmentOpsTest {
    @Test
    void anAdminAssignsToAnAgentAndATeamAndSetsStickiness() {
        Ticket t = new Assign("ana", "billing", false, false).apply(ticket(Status.OPEN), LEAD, NOW).ticket();
        assertEquals("ana", t.assignee());
        assertEquals("billing", t.team());
        assertEquals(false, t.sticky());
    }

    @Test
    void noneClearsAssigneeAndTeamUnlessATeamIsGiven() {
        Ticket held = ticket(Status.OPEN, "ana").toBuilder().team("billing").build();
        Ticket cleared = new Assign(null, null, true, null).apply(held, LEAD, NOW).ticket();
        assertNull(cleared.assignee());
        assertNull(cleared.team());
        Ticket toTeam = new Assign(null, "product", true, null).apply(held, LEAD, NOW).ticket();
        assertNull(toTeam.assignee());
        assertEquals("product", toTeam.team());
    }

    @Test
    void assignmentKeepsWhatItIsNotToldToChange() {
        Ticket held = ticket(Status.OPEN, "ana").toBuilder().team("billing").sticky(false).build();
        Ticket t = new Assign("ben", null, false, null).apply(held, LEAD, NOW).ticket();
        assertEquals("billing", t.team());
        assertEquals(false, t.sticky());
    }

    @Test
    void anAgentAssignsAColleagueButARoleWithoutThatRightMayNot() {
        assertEquals("ben", new Assign("ben", null, false, null).apply(ticket(Status.OPEN), ANA, NOW).ticket().assignee());
        refused(Reason.DENIED, () -> new Assign("ben", null, false, null).apply(ticket(Status.OPEN), TOM, NOW));
    }

    @Test
    void aClosedTicketIsNotAssigned() {
        var e = refused(Reason.CONFLICT, () -> new Assign("ana", null, false, null).apply(ticket(Status.CLOSED), LEAD, NOW));
        assertTrue(e.hint().contains("tix reopen 42"), e.hint());
    }

    @Test
    void takeMakesTheTicketTheActorsAndRefusesWhatIsAlreadyTheirs() {
        assertEquals("ana", new Take(true).apply(ticket(Status.NEW), ANA, NOW).ticket().assignee());
        refused(Reason.CONFLICT, () -> new Take(true).apply(ticket(Status.OPEN, "ana"), ANA, NOW));
    }

    @Test
    void takingSomeoneElsesTicketNeedsTicketAssignOthers() {
        assertEquals("ana", new Take(true).apply(ticket(Status.OPEN, "ben"), ANA, NOW).ticket().assignee());
        refused(Reason.DENIED, () -> new Take(true).apply(ticket(Status.OPEN, "ben"), TOM, NOW));
        assertEquals("lead", new Take(true).apply(ticket(Status.OPEN, "ben"), LEAD, NOW).ticket().assignee());
    }

    @Test
    void onlyAnAgentOfTheDeskCanTakeATicket() {
        Actor stranger = new Actor("zoe", Role.ADMIN, false);
        refused(Reason.NOT_FOUND, () -> new Take(false).apply(ticket(Status.NEW), stranger, NOW));
        refused(Reason.CONFLICT, () -> new Take(false).apply(ticket(Status.CLOSED), stranger, NOW));
    }

    @Test
    void releaseFreesTheTicketAndKeepsTheTeam() {
        Ticket held = ticket(Status.OPEN, "ana").toBuilder().team("billing").build();
        Ticket t = new Release().apply(held, ANA, NOW).ticket();
        assertNull(t.assignee());
        assertEquals("billing", t.team());
        refused(Reason.CONFLICT, () -> new Release().apply(ticket(Status.OPEN), ANA, NOW));
        refused(Reason.DENIED, () -> new Release().apply(ticket(Status.OPEN, "ben"), TOM, NOW));
        assertNull(new Release().apply(ticket(Status.OPEN, "tom"), TOM, NOW).ticket().assignee());
    }

    @Test
    void assignmentWritesNoMessageAndNoEventOfItsOwn() {
        Outcome o = new Assign("ben", null, false, null).apply(ticket(Status.OPEN), LEAD, NOW);
        assertTrue(o.leading().isEmpty() && o.trailing().isEmpty());
        assertEquals(Status.OPEN, new Take(true).apply(ticket(Status.OPEN), BEN, NOW).ticket().status());
    }
}
