package tix.domain.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.domain.op.Fixtures.ANA;
import static tix.domain.op.Fixtures.LEAD;
import static tix.domain.op.Fixtures.NOW;
import static tix.domain.op.Fixtures.SUPPORT;
import static tix.domain.op.Fixtures.T0;
import static tix.domain.op.Fixtures.refused;
import static tix.domain.op.Fixtures.ticket;

import java.util.List;
import org.junit.jupiter.api.Test;
import tix.domain.Cause;
import tix.domain.Channel;
import tix.domain.Contact;
import tix.domain.DomainException.Reason;
import tix.domain.EventAction;
import tix.domain.Message;
import tix.domain.MessageKind;
import tix.domain.Route;
import tix.domain.Status;
import tix.domain.Ticket;

/** The births (create, mail, suspend, split) and merge. */
class CreateSplitMergeOpsTest {
    private static final Contact CAROL = new Contact(3, "carol@example.com", "Carol", null, false);
    private static final Route TRIAL_RULE = new Route(1, 1, Route.Field.ACCOUNT_STATUS, "trial", "trials", "sales", 70, "trial");
    private static final tix.domain.Routing TRIALS = new tix.domain.Routing(List.of(TRIAL_RULE));

    private static Create create(Cause birth, Channel channel, Integer priority, String tier, tix.domain.Routing route, String body) {
        return new Create(birth, "Login loops", CAROL, channel, SUPPORT, tier, priority, List.of("billing"), null, true,
                route, body, MessageKind.CUSTOMER, null);
    }

    @Test
    void aCreatedTicketIsNewWithTheQueuesDefaultsAndTheRequestersFirstMessage() {
        Birth b = create(Cause.CREATE, Channel.WEB, null, null, null, "It loops").apply("ana", NOW);
        assertEquals(Status.NEW, b.draft().status());
        assertEquals(50, b.draft().priority());
        assertEquals("triage", b.draft().tier());
        assertEquals(NOW, b.draft().lastCustomerAt());
        assertEquals(Step.Say.of(MessageKind.CUSTOMER, "carol@example.com", "It loops"), b.steps().get(0));
        assertEquals(new Step.Send(Step.Mail.NEW_TICKET_NOTICE), b.steps().get(1));
    }

    @Test
    void explicitValuesWinOverTheRouteWhichWinsOverTheQueue() {
        Birth routed = create(Cause.CREATE, Channel.WEB, null, null, TRIALS, null).apply("ana", NOW);
        assertEquals(70, routed.draft().priority());
        assertEquals("sales", routed.draft().team());
        assertEquals(new Step.Log(EventAction.EDITED, "route", null, TRIALS.describe()), routed.steps().get(0));
        Birth explicit = create(Cause.CREATE, Channel.WEB, 95, "t2", TRIALS, null).apply("ana", NOW);
        assertEquals(95, explicit.draft().priority());
        assertEquals("t2", explicit.draft().tier());
        assertEquals("trials", Create.queueName(null, TRIALS, "support"));
        assertEquals("billing", Create.queueName("billing", TRIALS, "support"));
        assertEquals("support", Create.queueName(null, null, "support"));
        assertEquals(List.of("a", "trial"), Create.withRouteTag(List.of("a"), TRIALS));
    }

    @Test
    void everyMatchingRuleActsAndTheFirstByPositionWinsEachSingleField() {
        Route gdpr = new Route(2, 1, Route.Field.TO, "gdpr@example.com", null, "privacy", null, "special:deletion request");
        Route vip = new Route(3, 3, Route.Field.ACCOUNT_STATUS, "trial", "vip", "sales", 90, "vip");
        Route.Facts facts = new Route.Facts(Channel.EMAIL, List.of("gdpr@example.com"), "carol@example.com", "Beta",
                "Starter", "trial", "Delete me");
        tix.domain.Routing r = tix.domain.Routing.of(List.of(gdpr, TRIAL_RULE, vip), facts);
        assertEquals(3, r.matched().size());
        assertEquals("trials", r.queue(), "queue: the first rule that sets one");
        assertEquals("privacy", r.team());
        assertEquals(70, r.priority());
        assertEquals(List.of("special:deletion request", "trial", "vip"), r.tags());
        assertEquals("#2 to=gdpr@example.com, #1 account_status=trial, #3 account_status=trial", r.describe());
        Route.Facts other = new Route.Facts(Channel.WEB, List.of(), "x@y.example", null, null, null, "Hi");
        assertTrue(tix.domain.Routing.of(List.of(gdpr, TRIAL_RULE), other).isEmpty());
    }

    @Test
    void aPhoneCallGetsItsFollowUpMailAndAnInternalBodyIsTheAgentsNote() {
        Create phone = new Create(Cause.CREATE, "Call", CAROL, Channel.PHONE, SUPPORT, null, null, List.of(), null, true,
                null, "called about X", MessageKind.NOTE, null);
        Birth b = phone.apply("ana", NOW);
        assertEquals(Step.Say.of(MessageKind.NOTE, "ana", "called about X"), b.steps().get(0));
        assertNull(b.draft().lastCustomerAt(), "a note is no customer turn");
        assertTrue(b.steps().contains(new Step.Send(Step.Mail.PHONE_FOLLOW_UP)));
    }

    @Test
    void mailIsLoggedAsItsSenderAndSuspendedMailTellsNobody() {
        Birth mail = create(Cause.MAIL, Channel.EMAIL, null, null, null, "hello").apply("mail", NOW);
        assertEquals("carol@example.com", ((Step.Say) mail.steps().get(0)).by());
        Birth held = create(Cause.SUSPEND, Channel.EMAIL, null, null, null, "buy now").apply("mail", NOW);
        assertEquals(Status.SUSPENDED, held.draft().status());
        assertTrue(held.steps().stream().noneMatch(s -> s instanceof Step.Send));
    }

    @Test
    void aTitleIsRequiredAndBirthsMatchTheTable() {
        refused(Reason.USAGE, () -> new Create(Cause.CREATE, " ", CAROL, Channel.WEB, SUPPORT, null, null, List.of(), null,
                true, null, null, MessageKind.CUSTOMER, null));
        assertThrows(IllegalArgumentException.class, () -> create(Cause.STAFF, Channel.WEB, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Birth(Cause.CREATE, ticket(Status.OPEN), List.of()));
    }

    @Test
    void splitMakesAnOpenTicketInTheFirstTierWithTheMessagesCustomerTurn() {
        Ticket t = ticket(Status.PENDING, "ana").toBuilder().tier("t2").team("sales").priority(80).build();
        Message m = new Message(9, 42, MessageKind.CUSTOMER, "carol@example.com", "also: billing?", T0, null);
        Split split = new Split(9, null);
        Birth b = split.birth(t, LEAD, m, "triage", NOW);
        assertEquals(Status.OPEN, b.draft().status());
        assertEquals("triage", b.draft().tier());
        assertNull(b.draft().assignee());
        assertNull(b.draft().team());
        assertEquals(80, b.draft().priority());
        assertEquals(42L, b.draft().splitFrom());
        assertEquals(T0, b.draft().lastCustomerAt());
        assertEquals("Split from #42: Login loops", b.draft().title());
        Outcome source = split.source(t, LEAD, 43);
        assertEquals(t, source.ticket());
        assertEquals(new Step.Log(EventAction.SPLIT, "message", "9", "#43"), source.leading().get(0));
    }

    @Test
    void splitRefusesAForeignMessageAClosedTicketAndABadId() {
        Message other = new Message(9, 41, MessageKind.CUSTOMER, "c", "x", T0, null);
        refused(Reason.NOT_FOUND, () -> new Split(9, null).birth(ticket(Status.OPEN), LEAD, other, "triage", NOW));
        refused(Reason.NOT_FOUND, () -> new Split(9, null).birth(ticket(Status.OPEN), LEAD, null, "triage", NOW));
        refused(Reason.CONFLICT, () -> new Split(9, null).validate(ticket(Status.CLOSED), LEAD));
        refused(Reason.USAGE, () -> new Split(0, null));
    }

    @Test
    void mergeClosesTheSourceIntoTheTargetWhichTakesTagsPriorityAndTheLaterCustomerTurn() {
        Ticket source = ticket(Status.OPEN).toBuilder().tags(List.of("a")).priority(90).lastCustomerAt(NOW).build();
        Ticket target = ticket(Status.PENDING).toBuilder().id(50).tags(List.of("b")).priority(40).lastCustomerAt(T0).build();
        Merge.Result r = new Merge(50).apply(source, target, LEAD, 3, NOW);
        assertEquals(Status.CLOSED, r.source().ticket().status());
        assertEquals(50L, r.source().ticket().mergedInto());
        assertEquals(List.of("b", "a"), r.target().ticket().tags());
        assertEquals(90, r.target().ticket().priority());
        assertEquals(NOW, r.target().ticket().lastCustomerAt());
        assertEquals(Status.PENDING, r.target().ticket().status());
        assertEquals(new Step.Log(EventAction.MERGED, "merged_from", null, "#42"), r.target().trailing().get(0));
        assertTrue(((Step.Say) r.target().trailing().get(1)).body().endsWith("3 message(s) moved."));
    }

    @Test
    void mergeRefusesItselfBadIdsClosedTicketsAndOthersTickets() {
        refused(Reason.USAGE, () -> Merge.check(42, 42));
        refused(Reason.USAGE, () -> Merge.check(42, 0));
        Ticket target = ticket(Status.OPEN).toBuilder().id(50).build();
        refused(Reason.CONFLICT, () -> new Merge(50).apply(ticket(Status.CLOSED), target, LEAD, 0, NOW));
        refused(Reason.CONFLICT, () -> new Merge(50).apply(ticket(Status.OPEN), ticket(Status.CLOSED).toBuilder().id(50).build(), LEAD, 0, NOW));
        refused(Reason.DENIED, () -> new Merge(50).apply(ticket(Status.OPEN, "ben"), target, ANA, 0, NOW));
    }
}
