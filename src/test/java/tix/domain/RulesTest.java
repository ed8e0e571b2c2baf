package tix.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The role and transition rules on their own: no database, no command line. */
class RulesTest {
    static final Actor ADMIN = new Actor("lead", Role.ADMIN, true);
    static final Actor ANA = new Actor("ana", Role.AGENT, true);

    static Ticket ticket(String assignee, String team, Status status) {
        return Ticket.draft("t", status, 50, Channel.AGENT, "support", "triage", 1, Instant.EPOCH).toBuilder()
                .id(7).assignee(assignee).team(team).build();
    }

    static DomainException.Reason refusal(Runnable r) {
        return assertThrows(DomainException.class, r::run).reason();
    }

    @Test
    void anAgentTakesFreeTicketsAndReleasesOwnOnes() {
        assertDoesNotThrow(() -> Rules.requireAssignable(ANA, ticket(null, null, Status.NEW), "ana", null));
        assertDoesNotThrow(() -> Rules.requireAssignable(ANA, ticket("ana", null, Status.OPEN), null, null));
        assertDoesNotThrow(() -> Rules.requireAssignable(ANA, ticket("ana", "t", Status.OPEN), "ana", "t"));
        assertDoesNotThrow(() -> Rules.requireAssignable(ANA, ticket(null, "t", Status.OPEN), "ana", "t"));
    }

    /** A desk's own role that only works its own tickets (the hosting desk's technician). */
    static final Actor TECH = new Actor("tom", new Role("technician"),
            java.util.Set.of(Right.TICKET_SEE, Right.TICKET_WORK, Right.TICKET_TAKE), true, java.util.Set.of(),
            r -> "role admin: lead");

    @Test
    void agentsRouteWorkButARoleWithoutAssignRightsOnlyTakesAndReleases() {
        // the built-in agent routes work: assigns colleagues, reassigns, hands to a team
        assertDoesNotThrow(() -> Rules.requireAssignable(ANA, ticket(null, null, Status.NEW), "ben", null));
        assertDoesNotThrow(() -> Rules.requireAssignable(ANA, ticket("ben", null, Status.NEW), "ana", null));
        assertDoesNotThrow(() -> Rules.requireAssignable(ANA, ticket("ana", null, Status.NEW), "ana", "t"));
        assertDoesNotThrow(() -> Rules.requireAssignable(TECH, ticket(null, null, Status.NEW), "tom", null));
        assertDoesNotThrow(() -> Rules.requireAssignable(TECH, ticket("tom", null, Status.OPEN), null, null));
        assertEquals(DomainException.Reason.DENIED, refusal(() -> Rules.requireAssignable(TECH, ticket(null, null, Status.NEW), "ben", null)));
        assertEquals(DomainException.Reason.DENIED, refusal(() -> Rules.requireAssignable(TECH, ticket("ben", null, Status.NEW), "tom", null)));
        assertEquals(DomainException.Reason.DENIED, refusal(() -> Rules.requireAssignable(TECH, ticket("ben", null, Status.NEW), null, null)));
        assertEquals(DomainException.Reason.DENIED, refusal(() -> Rules.requireAssignable(TECH, ticket("ben", null, Status.NEW), "ben", null)));
        assertEquals(DomainException.Reason.DENIED, refusal(() -> Rules.requireAssignable(TECH, ticket("tom", null, Status.NEW), "tom", "t")));
        assertDoesNotThrow(() -> Rules.requireAssignable(ADMIN, ticket("ben", null, Status.NEW), "ana", "t"));
    }

    @Test
    void aRefusalNamesTheMissingRightAndWhoHoldsIt() {
        DomainException e = assertThrows(DomainException.class,
                () -> Rules.requireAssignable(TECH, ticket("ben", null, Status.NEW), "tom", null));
        assertEquals("you lack ticket.assign.others to reassign #7, assigned to ben", e.getMessage());
        assertEquals("held by role admin: lead", e.hint());
        e = assertThrows(DomainException.class, () -> Rules.require(ANA, Right.TICKET_DELETE));
        assertEquals("you lack ticket.delete", e.getMessage());
    }

    @Test
    void membersOnlyQueuesAreHiddenFromOthers() {
        Actor outsider = new Actor("ana", Role.AGENT, Role.AGENT.builtInRights(), true, java.util.Set.of("support"),
                r -> null);
        assertEquals(DomainException.Reason.DENIED, refusal(() -> Rules.requireWorkable(outsider, ticket(null, null, Status.OPEN), "note")));
        assertEquals(DomainException.Reason.DENIED, refusal(() -> Rules.requireAssignable(outsider, ticket(null, null, Status.OPEN), "ana", null)));
    }

    @Test
    void forceClosingNeedsAdminAndNeverLeavesClosedOrSuspended() {
        for (Status s : new Status[] {Status.NEW, Status.OPEN, Status.PENDING, Status.WAITING, Status.HOLD, Status.REVIEW}) {
            assertDoesNotThrow(() -> Rules.requireTransition(ADMIN, ticket(null, null, s), Status.CLOSED, true));
            assertEquals(DomainException.Reason.DENIED, refusal(() -> Rules.requireTransition(ANA, ticket(null, null, s), Status.CLOSED, true)));
            assertEquals(DomainException.Reason.CONFLICT, refusal(() -> Rules.requireTransition(ADMIN, ticket(null, null, s), Status.CLOSED, false)));
        }
        assertDoesNotThrow(() -> Rules.requireTransition(ANA, ticket(null, null, Status.RESOLVED), Status.CLOSED, true));
        assertEquals(DomainException.Reason.CONFLICT, refusal(() -> Rules.requireTransition(ADMIN, ticket(null, null, Status.CLOSED), Status.CLOSED, true)));
        assertEquals(DomainException.Reason.CONFLICT, refusal(() -> Rules.requireTransition(ADMIN, ticket(null, null, Status.SUSPENDED), Status.CLOSED, true)));
    }
}
