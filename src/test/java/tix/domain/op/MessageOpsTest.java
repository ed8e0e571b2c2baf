package tix.domain.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.domain.op.Fixtures.ANA;
import static tix.domain.op.Fixtures.LEAD;
import static tix.domain.op.Fixtures.NOW;
import static tix.domain.op.Fixtures.T0;
import static tix.domain.op.Fixtures.queue;
import static tix.domain.op.Fixtures.refused;
import static tix.domain.op.Fixtures.said;
import static tix.domain.op.Fixtures.ticket;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tix.domain.Cause;
import tix.domain.DomainException.Reason;
import tix.domain.EventAction;
import tix.domain.MessageKind;
import tix.domain.Status;
import tix.domain.Ticket;

/** reply, note and customer messages (with the follow-up policies of closed tickets). */
class MessageOpsTest {
    @Test
    void aReplyIsAMailedPublicAnswerAndOpensANewTicket() {
        Outcome o = new Reply(null).apply(ticket(Status.NEW), ANA, "Try again", NOW);
        assertEquals(new Step.Say(MessageKind.REPLY, "ana", "Try again", null, true, null), said(o, 0));
        assertEquals(Status.OPEN, o.ticket().status());
        assertEquals(NOW, o.ticket().lastReplyAt());
    }

    @Test
    void aReplyToAnOpenTicketLeavesItsStatus() {
        Ticket t = new Reply(null).apply(ticket(Status.OPEN), ANA, "x", NOW).ticket();
        assertEquals(Status.OPEN, t.status());
        assertEquals(T0, t.statusChangedAt());
    }

    @Test
    void replyWithStatusMovesAndAnsweringAgainInTheSameStatusRestartsItsTimer() {
        Ticket pending = new Reply(Status.PENDING).apply(ticket(Status.OPEN), ANA, "x", NOW).ticket();
        assertEquals(Status.PENDING, pending.status());
        Ticket again = new Reply(Status.PENDING).apply(ticket(Status.PENDING), ANA, "x", NOW).ticket();
        assertEquals(NOW, again.statusChangedAt());
        Ticket resolvedAgain = new Reply(Status.RESOLVED).apply(ticket(Status.RESOLVED), ANA, "x", NOW).ticket();
        assertEquals(NOW, resolvedAgain.statusChangedAt());
        refused(Reason.CONFLICT, () -> new Reply(Status.PENDING).apply(ticket(Status.RESOLVED), ANA, "x", NOW));
    }

    @Test
    void replyRefusesOtherStatusesEmptyTextClosedAndSuspendedTickets() {
        refused(Reason.USAGE, () -> new Reply(Status.HOLD));
        refused(Reason.USAGE, () -> new Reply(null).apply(ticket(Status.OPEN), ANA, " ", NOW));
        refused(Reason.CONFLICT, () -> new Reply(null).apply(ticket(Status.CLOSED), ANA, "x", NOW));
        refused(Reason.CONFLICT, () -> new Reply(null).apply(ticket(Status.SUSPENDED), ANA, "x", NOW));
        refused(Reason.DENIED, () -> new Reply(null).apply(ticket(Status.OPEN, "ben"), ANA, "x", NOW));
    }

    @Test
    void aNoteIsInternalAllowedOnClosedTicketsAndChangesNoField() {
        Outcome o = new AddNote("check the logs").apply(ticket(Status.CLOSED), ANA, NOW);
        assertEquals(ticket(Status.CLOSED), o.ticket());
        assertEquals(Step.Say.of(MessageKind.NOTE, "ana", "check the logs"), said(o, 0));
        assertFalse(said(o, 0).mail());
        refused(Reason.USAGE, () -> new AddNote(" "));
    }

    @Test
    void aCustomerMessageReopensWhatWaitsOnTheCustomer() {
        for (Status s : new Status[] {Status.PENDING, Status.WAITING, Status.HOLD, Status.RESOLVED, Status.REVIEW}) {
            var r = new CustomerMessage("still broken", "c@example.com", null).apply(ticket(s), queue("new"), "mail", NOW);
            Ticket t = ((CustomerMessage.Added) r).outcome().ticket();
            assertEquals(Status.OPEN, t.status(), s.wire());
            assertEquals(NOW, t.lastCustomerAt());
        }
    }

    @Test
    void aCustomerMessageLeavesNewOpenAndSuspendedAsTheyAre() {
        for (Status s : new Status[] {Status.NEW, Status.OPEN, Status.SUSPENDED}) {
            var r = new CustomerMessage("hi", "c@example.com", "<m@x>").apply(ticket(s), queue("new"), "mail", NOW);
            Outcome o = ((CustomerMessage.Added) r).outcome();
            assertEquals(s, o.ticket().status());
            assertEquals(new Step.Say(MessageKind.CUSTOMER, "c@example.com", "hi", "<m@x>", false, null), said(o, 0));
        }
    }

    @Test
    void aCustomerMessageUnassignsOnlyANonStickyTicket() {
        Ticket sticky = ticket(Status.OPEN, "ana");
        Ticket loose = sticky.toBuilder().sticky(false).build();
        CustomerMessage m = new CustomerMessage("hi", "c@example.com", null);
        assertEquals("ana", ((CustomerMessage.Added) m.apply(sticky, queue("new"), "mail", NOW)).outcome().ticket().assignee());
        assertNull(((CustomerMessage.Added) m.apply(loose, queue("new"), "mail", NOW)).outcome().ticket().assignee());
    }

    @Test
    void onAClosedTicketTheDefaultPolicyStartsALinkedFollowUp() {
        Ticket closed = ticket(Status.CLOSED, "ana").toBuilder().tags(List.of("billing")).priority(90).build();
        var r = new CustomerMessage("again", "c@example.com", null).apply(closed, queue("new"), "mail", NOW);
        Birth b = ((CustomerMessage.FollowUp) r).birth();
        assertEquals(Cause.FOLLOW_UP, b.cause());
        assertEquals(Status.NEW, b.draft().status());
        assertEquals(42L, b.draft().followUpOf());
        assertEquals(List.of("billing"), b.draft().tags());
        assertEquals(50, b.draft().priority(), "the queue's default, not the closed ticket's");
        assertNull(b.draft().assignee());
        assertEquals(new Step.Log(EventAction.EDITED, "follow_up_of", null, "42"), b.steps().get(0));
        assertEquals(Step.Say.of(MessageKind.SYSTEM, "tix", "The customer wrote again; follow-up ticket #43 (message 9)."),
                CustomerMessage.noted(43, 9));
    }

    @Test
    void reopenNReopensARecentlyClosedTicketAndFollowsUpAnOlderOne() {
        Ticket closed = ticket(Status.CLOSED).toBuilder().statusChangedAt(NOW.minus(Duration.ofDays(2))).build();
        CustomerMessage m = new CustomerMessage("again", "c@example.com", null);
        var recent = m.apply(closed, queue("reopen 3"), "mail", NOW);
        assertEquals(Status.OPEN, ((CustomerMessage.Added) recent).outcome().ticket().status());
        assertInstanceOf(CustomerMessage.FollowUp.class, m.apply(closed, queue("reopen 1"), "mail", NOW));
        assertInstanceOf(CustomerMessage.FollowUp.class, m.apply(closed, queue("reopen x"), "mail", NOW));
    }

    @Test
    void rejectKeepsTheWordsAsASystemMessageAndOpensNothing() {
        var r = new CustomerMessage("again", "c@example.com", "<m@x>").apply(ticket(Status.CLOSED), queue("reject"), "mail", NOW);
        Step.Say s = (Step.Say) ((CustomerMessage.Rejected) r).steps().get(0);
        assertEquals(MessageKind.SYSTEM, s.kind());
        assertTrue(s.body().endsWith("\n\nagain"), s.body());
        assertEquals("<m@x>", s.messageId());
    }
}
