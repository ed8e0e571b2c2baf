package tix.domain.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.domain.op.Fixtures.ANA;
import static tix.domain.op.Fixtures.LEAD;
import static tix.domain.op.Fixtures.NOW;
import static tix.domain.op.Fixtures.refused;
import static tix.domain.op.Fixtures.said;
import static tix.domain.op.Fixtures.ticket;

import java.util.List;
import org.junit.jupiter.api.Test;
import tix.domain.DomainException.Reason;
import tix.domain.MessageKind;
import tix.domain.Status;
import tix.domain.Ticket;

/** suspended accept and reject, and the closed-ticket auto-response rule. */
class SuspendedOpsTest {
    @Test
    void acceptMakesANewTicketThatAgentsAndTheCustomerHearOf() {
        Outcome o = new Accept(true).apply(ticket(Status.SUSPENDED), ANA, NOW);
        assertEquals(Status.NEW, o.ticket().status());
        assertEquals(NOW, o.ticket().statusChangedAt());
        assertEquals(Step.Say.of(MessageKind.SYSTEM, "tix", "Accepted from suspended mail by ana.").by("tix"), said(o, 0));
        assertEquals(List.of(new Step.Send(Step.Mail.NEW_TICKET_NOTICE), new Step.Send(Step.Mail.AUTO_RESPONSE)), o.trailing());
    }

    @Test
    void aQueueWithoutAutoResponsesSendsTheCustomerNothing() {
        Outcome o = new Accept(false).apply(ticket(Status.SUSPENDED), ANA, NOW);
        assertEquals(List.of(new Step.Send(Step.Mail.NEW_TICKET_NOTICE)), o.trailing());
    }

    @Test
    void rejectClosesWithTagSpamAndKeepsTheTicket() {
        Ticket t = ticket(Status.SUSPENDED).toBuilder().tags(List.of("zz", "aa")).build();
        Outcome o = new Reject().apply(t, LEAD, NOW);
        assertEquals(Status.CLOSED, o.ticket().status());
        assertEquals(List.of("aa", "spam", "zz"), o.ticket().tags());
        assertEquals("Rejected as spam by lead.", said(o, 0).body());
    }

    @Test
    void onlySuspendedTicketsAreAcceptedOrRejected() {
        refused(Reason.CONFLICT, () -> new Accept(true).apply(ticket(Status.NEW), LEAD, NOW));
        refused(Reason.CONFLICT, () -> new Reject().apply(ticket(Status.CLOSED), LEAD, NOW));
        refused(Reason.DENIED, () -> new Reject().apply(ticket(Status.SUSPENDED, "ben"), ANA, NOW));
    }

    @Test
    void theClosedResponseGoesOutOnceWhenATicketIsFirstResolvedOrClosed() {
        assertTrue(AutoMail.closedResponse(ticket(Status.OPEN), ticket(Status.RESOLVED)));
        assertTrue(AutoMail.closedResponse(ticket(Status.PENDING), ticket(Status.CLOSED)));
        assertFalse(AutoMail.closedResponse(ticket(Status.RESOLVED), ticket(Status.CLOSED)), "told when resolved");
        assertFalse(AutoMail.closedResponse(ticket(Status.SUSPENDED), ticket(Status.CLOSED)), "spam hears nothing");
        assertFalse(AutoMail.closedResponse(ticket(Status.OPEN), ticket(Status.CLOSED).toBuilder().mergedInto(7L).build()));
        assertFalse(AutoMail.closedResponse(ticket(Status.RESOLVED), ticket(Status.RESOLVED)));
    }
}
