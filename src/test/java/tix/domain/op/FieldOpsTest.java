package tix.domain.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.domain.op.Fixtures.ANA;
import static tix.domain.op.Fixtures.LEAD;
import static tix.domain.op.Fixtures.NOW;
import static tix.domain.op.Fixtures.refused;
import static tix.domain.op.Fixtures.ticket;

import java.util.List;
import org.junit.jupiter.api.Test;
import tix.domain.Channel;
import tix.domain.Contact;
import tix.domain.DomainException.Reason;
import tix.domain.EventAction;
import tix.domain.Status;
import tix.domain.TagFamilies;
import tix.domain.Ticket;

/** tag, priority, due, edit, known-issue links and the admin moves of queue and team removal. */
class FieldOpsTest {
    private static final TagFamilies TYPE = new TagFamilies(List.of(new TagFamilies.Family("type", true, List.of("bug", "question"))));
    private static final Contact CAROL = new Contact(3, "carol@example.com", "Carol", "Acme", false);

    @Test
    void tagAddsAndRemovesSortedAndUnique() {
        Ticket t = ticket(Status.OPEN).toBuilder().tags(List.of("old")).build();
        Ticket after = Tag.parse(List.of("+b", "a", "-old", "+b")).apply(t, ANA, TagFamilies.NONE, NOW).ticket();
        assertEquals(List.of("a", "b"), after.tags());
    }

    @Test
    void aBareFamilyTagIsQualifiedAndASingleFamilyKeepsOneTag() {
        Ticket t = ticket(Status.OPEN).toBuilder().tags(List.of("type:question")).build();
        assertEquals(List.of("type:bug"), Tag.parse(List.of("+bug")).apply(t, ANA, TYPE, NOW).ticket().tags());
        refused(Reason.USAGE, () -> Tag.parse(List.of("+type:feature")).apply(t, ANA, TYPE, NOW));
        assertEquals(List.of(), Tag.parse(List.of("-question")).apply(t, ANA, TYPE, NOW).ticket().tags());
    }

    @Test
    void tagChangesAreCheckedBeforeAnyTicketIsRead() {
        refused(Reason.USAGE, () -> Tag.parse(List.of()));
        refused(Reason.USAGE, () -> Tag.parse(List.of("+a;b")));
        refused(Reason.DENIED, () -> Tag.parse(List.of("+x")).apply(ticket(Status.OPEN, "ben"), ANA, TagFamilies.NONE, NOW));
    }

    @Test
    void addingATagTheTicketHasIsNoChange() {
        Ticket t = ticket(Status.OPEN).toBuilder().tags(List.of("a")).build();
        assertTrue(Tag.parse(List.of("+a")).apply(t, ANA, TagFamilies.NONE, NOW).isNoChange(t));
        assertTrue(new SetDue(null).apply(ticket(Status.OPEN), ANA, NOW).isNoChange(ticket(Status.OPEN)));
    }

    @Test
    void priorityIsOneToNinetyNineAndNotOnClosedTickets() {
        assertEquals(80, new SetPriority(80).apply(ticket(Status.OPEN), ANA, NOW).ticket().priority());
        refused(Reason.USAGE, () -> new SetPriority(0));
        refused(Reason.USAGE, () -> new SetPriority(100));
        refused(Reason.CONFLICT, () -> new SetPriority(80).apply(ticket(Status.CLOSED), ANA, NOW));
    }

    @Test
    void dueSetsAndClearsButNotOnClosedTickets() {
        Ticket due = new SetDue(NOW).apply(ticket(Status.OPEN), ANA, NOW).ticket();
        assertEquals(NOW, due.dueAt());
        assertNull(new SetDue(null).apply(due, ANA, NOW).ticket().dueAt());
        refused(Reason.CONFLICT, () -> SetDue.validate(ticket(Status.CLOSED), ANA));
    }

    @Test
    void editChangesFieldsAndLogsTheRequesterNameAndAccount() {
        Contact dave = new Contact(4, "dave@example.com", null, null, false);
        Outcome o = new Edit("New title", Channel.PHONE).apply(ticket(Status.OPEN), ANA, "billing", CAROL, dave, "Initech", NOW);
        assertEquals("New title", o.ticket().title());
        assertEquals("billing", o.ticket().queue());
        assertEquals(Channel.PHONE, o.ticket().channel());
        assertEquals(4, o.ticket().requesterId());
        assertEquals(List.of(new Step.Log(EventAction.EDITED, "requester", "carol@example.com", "dave@example.com"),
                new Step.Log(EventAction.EDITED, "account", null, "Initech")), o.leading());
    }

    @Test
    void renamingTheSameRequesterLogsTheNameAndTheSameAccountIsNoEvent() {
        Contact renamed = new Contact(3, "carol@example.com", "Carol B.", "Acme", false);
        Outcome o = new Edit(null, null).apply(ticket(Status.OPEN), ANA, null, CAROL, renamed, "Acme", NOW);
        assertEquals(List.of(new Step.Log(EventAction.EDITED, "name", "Carol", "Carol B.")), o.leading());
        assertEquals(ticket(Status.OPEN), o.ticket());
    }

    @Test
    void editRefusesAnEmptyTitleAndOthersTickets() {
        refused(Reason.USAGE, () -> new Edit(" ", null));
        refused(Reason.DENIED, () -> new Edit("x", null).apply(ticket(Status.OPEN, "ben"), ANA, null, CAROL, null, null, NOW));
    }

    @Test
    void linkingAKnownIssueTagsTheTicketAndMovesItFromAnotherIssue() {
        Ticket t = ticket(Status.OPEN).toBuilder().knownIssue(3L).tags(List.of("3-old-bug", "x")).build();
        Ticket after = new LinkKnownIssue(7, "7-login-loop").apply(t, ANA, "3-old-bug", NOW).ticket();
        assertEquals(7L, after.knownIssue());
        assertEquals(List.of("7-login-loop", "x"), after.tags());
        Ticket closed = new LinkKnownIssue(7, "7-login-loop").apply(ticket(Status.CLOSED), ANA, null, NOW).ticket();
        assertEquals(Status.CLOSED, closed.status(), "a closed ticket is linked and stays closed");
        assertEquals(7L, closed.knownIssue());
    }

    @Test
    void removingAQueueOrTeamMovesTicketsInAnyStatus() {
        assertEquals("billing", new MoveToQueue("billing").apply(ticket(Status.CLOSED), NOW).ticket().queue());
        Ticket teamed = ticket(Status.OPEN).toBuilder().team("sales").build();
        assertNull(new DropTeam().apply(teamed, NOW).ticket().team());
        assertEquals(Status.OPEN, new DropTeam().apply(teamed, NOW).ticket().status());
        assertEquals(LEAD.login(), "lead");
    }
}
