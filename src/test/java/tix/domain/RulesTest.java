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

    @Test
    void assigningToOthersReassigningAndTeamChangesNeedAdmin() {
        assertEquals(DomainException.Reason.DENIED, refusal(() -> Rules.requireAssignable(ANA, ticket(null, null, Status.NEW), "ben", null)));
        assertEquals(DomainException.Reason.DENIED, refusal(() -> Rules.requireAssignable(ANA, ticket("ben", null, Status.NEW), "ana", null)));
        assertEquals(DomainException.Reason.DENIED, refusal(() -> Rules.requireAssignable(ANA, ticket("ben", null, Status.NEW), null, null)));
        assertEquals(DomainException.Reason.DENIED, refusal(() -> Rules.requireAssignable(ANA, ticket("ben", null, Status.NEW), "ben", null)));
        assertEquals(DomainException.Reason.DENIED, refusal(() -> Rules.requireAssignable(ANA, ticket("ana", null, Status.NEW), "ben", null)));
        assertEquals(DomainException.Reason.DENIED, refusal(() -> Rules.requireAssignable(ANA, ticket("ana", null, Status.NEW), "ana", "t")));
        assertDoesNotThrow(() -> Rules.requireAssignable(ADMIN, ticket("ben", null, Status.NEW), "ana", "t"));
    }

    @Test
    void agentsWorkOnFreeAndOwnTicketsOnly() {
        assertDoesNotThrow(() -> Rules.requireWorkable(ANA, ticket(null, null, Status.OPEN), "note"));
        assertDoesNotThrow(() -> Rules.requireWorkable(ANA, ticket("ana", null, Status.OPEN), "note"));
        assertEquals(DomainException.Reason.DENIED, refusal(() -> Rules.requireWorkable(ANA, ticket("ben", null, Status.OPEN), "note")));
        assertDoesNotThrow(() -> Rules.requireWorkable(ADMIN, ticket("ben", null, Status.OPEN), "note"));
        assertEquals(DomainException.Reason.DENIED, refusal(() -> Rules.requireAdmin(ANA, "deleting")));
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
