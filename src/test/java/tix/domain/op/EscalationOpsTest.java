package tix.domain.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.domain.op.Fixtures.ANA;
import static tix.domain.op.Fixtures.LEAD;
import static tix.domain.op.Fixtures.NOW;
import static tix.domain.op.Fixtures.TIERS;
import static tix.domain.op.Fixtures.TOM;
import static tix.domain.op.Fixtures.refused;
import static tix.domain.op.Fixtures.said;
import static tix.domain.op.Fixtures.ticket;

import java.util.List;
import org.junit.jupiter.api.Test;
import tix.domain.DomainException.Reason;
import tix.domain.MessageKind;
import tix.domain.Status;
import tix.domain.Ticket;

/** escalate and deescalate: tiers, the numbered questions note, and the questions count kept as data. */
class EscalationOpsTest {
    private static final Escalate ONE = new Escalate(null, List.of("Is the SSO cookie dropped?"), false, null);

    @Test
    void escalationGoesUpOneTierWithTheTimerRestartedAndTheAssigneeCleared() {
        Ticket t = ONE.apply(ticket(Status.OPEN, "ana"), ANA, TIERS, NOW).ticket();
        assertEquals("t1", t.tier());
        assertEquals(NOW, t.tierEnteredAt());
        assertNull(t.assignee());
    }

    @Test
    void keepAssigneeKeepsIt() {
        Escalate keep = new Escalate("t3", List.of("q"), true, null);
        Ticket t = keep.apply(ticket(Status.OPEN, "ana"), ANA, TIERS, NOW).ticket();
        assertEquals("t3", t.tier());
        assertEquals("ana", t.assignee());
    }

    @Test
    void eachNoteNumbersItsOwnQuestionsFromOne() {
        Escalate two = new Escalate(null, List.of("Is the SSO cookie dropped?", " Known issue? ", " "), false, null);
        Outcome o = two.apply(ticket(Status.OPEN), LEAD, TIERS, NOW);
        assertEquals(new Step.Say(MessageKind.NOTE, "lead", "Escalated from triage to t1\n\nESCALATED QUESTION 1\n"
                + "Is the SSO cookie dropped?\n\nESCALATED QUESTION 2\nKnown issue?", null, false, null), said(o, 0));
        Outcome later = ONE.apply(ticket(Status.OPEN).toBuilder().tier("t1").build(), LEAD, TIERS, NOW);
        assertTrue(said(later, 0).body().contains("ESCALATED QUESTION 1\nIs the SSO"), said(later, 0).body());
    }

    @Test
    void theNoteIsTheOnlyStepBeforeTheFieldChanges() {
        Outcome o = new Escalate(null, List.of("a", "b"), false, null).apply(ticket(Status.OPEN), LEAD, TIERS, NOW);
        assertEquals(1, o.leading().size());
        assertTrue(said(o, 0).body().endsWith("ESCALATED QUESTION 1\na\n\nESCALATED QUESTION 2\nb"), said(o, 0).body());
        assertTrue(o.trailing().isEmpty());
    }

    @Test
    void escalatingANewTicketOpensIt() {
        Ticket t = ONE.apply(ticket(Status.NEW), LEAD, TIERS, NOW).ticket();
        assertEquals(Status.OPEN, t.status());
        assertEquals(NOW, t.statusChangedAt());
        assertEquals(Status.PENDING, ONE.apply(ticket(Status.PENDING), LEAD, TIERS, NOW).ticket().status());
    }

    @Test
    void aCommentIsAPublicAnswerMailedToTheCustomer() {
        Outcome o = new Escalate(null, List.of("q"), false, "We asked our experts.").apply(ticket(Status.OPEN), LEAD, TIERS, NOW);
        Step.Say reply = said(o, 1);
        assertEquals(MessageKind.REPLY, reply.kind());
        assertTrue(reply.mail());
        assertEquals(NOW, o.ticket().lastReplyAt());
    }

    @Test
    void escalationNeedsAQuestion() {
        refused(Reason.USAGE, () -> new Escalate(null, List.of(" ", ""), false, null));
        refused(Reason.USAGE, () -> new Escalate(null, null, false, null));
    }

    @Test
    void escalationGoesUpOnlyAndKnowsTheTopTier() {
        refused(Reason.CONFLICT, () -> new Escalate("triage", List.of("q"), false, null)
                .apply(ticket(Status.OPEN).toBuilder().tier("t1").build(), LEAD, TIERS, NOW));
        refused(Reason.CONFLICT, () -> ONE.apply(ticket(Status.OPEN).toBuilder().tier("oncall").build(), LEAD, TIERS, NOW));
        refused(Reason.NOT_FOUND, () -> new Escalate("t9", List.of("q"), false, null).apply(ticket(Status.OPEN), LEAD, TIERS, NOW));
    }

    @Test
    void closedSuspendedAndOthersTicketsAreNotEscalated() {
        refused(Reason.CONFLICT, () -> ONE.apply(ticket(Status.CLOSED), LEAD, TIERS, NOW));
        refused(Reason.CONFLICT, () -> ONE.apply(ticket(Status.SUSPENDED), LEAD, TIERS, NOW));
        refused(Reason.DENIED, () -> ONE.apply(ticket(Status.OPEN, "ben"), TOM, TIERS, NOW));
        assertEquals("t1", ONE.apply(ticket(Status.OPEN, "ben"), ANA, TIERS, NOW).ticket().tier(),
                "agents escalate a colleague's ticket (ticket.escalate.others)");
        assertEquals("t1", ONE.apply(ticket(Status.RESOLVED), LEAD, TIERS, NOW).ticket().tier());
    }

    @Test
    void deescalationGoesDownWithTheAnswerInItsNote() {
        Ticket t2 = ticket(Status.OPEN).toBuilder().tier("t2").build();
        Outcome o = new Deescalate("t1", "Yes, clear the cookie.").apply(t2, LEAD, TIERS, NOW);
        assertEquals("t1", o.ticket().tier());
        assertEquals(NOW, o.ticket().tierEnteredAt());
        assertEquals("De-escalated from t2 to t1\n\nANSWER TO ESCALATED QUESTIONS\nYes, clear the cookie.", said(o, 0).body());
        assertEquals("De-escalated from t2 to triage", said(new Deescalate("triage", " ").apply(t2, LEAD, TIERS, NOW), 0).body());
    }

    @Test
    void deescalationRefusesUpwardsUnknownTiersAndClosedTickets() {
        Ticket t2 = ticket(Status.OPEN).toBuilder().tier("t2").build();
        refused(Reason.CONFLICT, () -> new Deescalate("t2", null).apply(t2, LEAD, TIERS, NOW));
        refused(Reason.CONFLICT, () -> new Deescalate("t3", null).apply(t2, LEAD, TIERS, NOW));
        refused(Reason.NOT_FOUND, () -> new Deescalate("t9", null).apply(t2, LEAD, TIERS, NOW));
        Ticket closed = ticket(Status.CLOSED).toBuilder().tier("t2").build();
        refused(Reason.CONFLICT, () -> new Deescalate("t1", null).apply(closed, LEAD, TIERS, NOW));
        refused(Reason.USAGE, () -> new Deescalate(null, null));
    }
}
