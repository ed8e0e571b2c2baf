package tix.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The whole transition table written out again by hand, one line per cause, and checked against {@link Transitions}
 * for every (from, to, cause) triple: a move the table gains or loses fails here.
 */
class TransitionsTest {
    /** cause: from -> to, ...; "*" is a birth. Status words as users type them. */
    private static final String[] TABLE = {
        "STAFF: new->open new->pending new->waiting new->hold new->review new->resolved",
        "STAFF: open->pending open->waiting open->hold open->review open->resolved",
        "STAFF: pending->open pending->waiting pending->hold pending->review pending->resolved",
        "STAFF: waiting->open waiting->pending waiting->waiting waiting->hold waiting->review waiting->resolved",
        "STAFF: hold->open hold->pending hold->waiting hold->hold hold->review hold->resolved",
        "STAFF: review->open review->pending review->waiting review->hold review->resolved",
        "STAFF: resolved->open resolved->closed",
        "FORCE: new->closed open->closed pending->closed waiting->closed hold->closed review->closed resolved->closed",
        "REOPEN: resolved->open closed->open",
        "REPLY_STATUS: new->pending new->resolved new->waiting open->pending open->resolved open->waiting",
        "REPLY_STATUS: pending->pending pending->resolved pending->waiting waiting->pending waiting->resolved waiting->waiting",
        "REPLY_STATUS: hold->pending hold->resolved hold->waiting review->pending review->resolved review->waiting",
        "REPLY_STATUS: resolved->resolved",
        "FIRST_REPLY: new->open",
        "ESCALATE: new->open",
        "CUSTOMER_MESSAGE: pending->open waiting->open hold->open resolved->open review->open",
        "CUSTOMER_REOPEN: closed->open",
        "SWEEP_RESOLVE: pending->resolved",
        "SWEEP_WAITING: waiting->open",
        "SWEEP_HOLD: hold->open",
        "SWEEP_CLOSE: resolved->closed",
        "MERGE: new->closed open->closed pending->closed waiting->closed hold->closed review->closed resolved->closed suspended->closed",
        "ACCEPT: suspended->new",
        "REJECT: suspended->closed",
        "CREATE: *->new",
        "MAIL: *->new",
        "FOLLOW_UP: *->new",
        "SUSPEND: *->suspended",
        "SPLIT: *->open",
    };

    private static Set<Transitions.Move> written() {
        Set<Transitions.Move> out = new LinkedHashSet<>();
        for (String line : TABLE) {
            String[] parts = line.split(":");
            Cause cause = Cause.valueOf(parts[0]);
            for (String move : parts[1].trim().split(" ")) {
                String[] ft = move.split("->");
                out.add(new Transitions.Move(ft[0].equals("*") ? null : Status.parse(ft[0]), Status.parse(ft[1]), cause));
            }
        }
        return out;
    }

    @Test
    void everyTripleOfFromToAndCauseIsAllowedExactlyWhenTheWrittenTableSaysSo() {
        Set<Transitions.Move> table = written();
        List<Status> froms = new ArrayList<>(List.of(Status.values()));
        froms.add(null);
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (Cause c : Cause.values()) {
            for (Status from : froms) {
                for (Status to : Status.values()) {
                    boolean expected = table.contains(new Transitions.Move(from, to, c));
                    if (Transitions.allows(from, to, c) != expected) wrong.add(c + " " + from + "->" + to + " expected " + expected);
                    checked++;
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(Cause.values().length * 10 * 9, checked);
        assertEquals(table, Transitions.table(), "the listed table is the written one");
    }

    @Test
    void everyCauseHasAtLeastOneMoveAndBirthsAreExactlyTheBirthCauses() {
        for (Cause c : Cause.values()) {
            assertTrue(Transitions.table().stream().anyMatch(m -> m.cause() == c), c + " has a move");
            boolean born = Transitions.table().stream().anyMatch(m -> m.cause() == c && m.from() == null);
            assertEquals(c.isBirth(), born, c.toString());
        }
    }

    @Test
    void nothingButAcceptGoesBackToNewAndNothingButSuspendingMailMakesSuspended() {
        for (Transitions.Move m : Transitions.table()) {
            if (m.to() == Status.NEW && m.from() != null) assertEquals(Cause.ACCEPT, m.cause());
            if (m.to() == Status.SUSPENDED) assertEquals(Cause.SUSPEND, m.cause());
        }
    }

    @Test
    void onlyReopenAndTheReopenPolicyLeaveClosed() {
        for (Transitions.Move m : Transitions.table()) {
            if (m.from() == Status.CLOSED) assertTrue(m.cause() == Cause.REOPEN || m.cause() == Cause.CUSTOMER_REOPEN, m.toString());
        }
    }

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void aMoveStartsTheStatusTimerAndClearsTheEndDate() {
        Ticket hold = Ticket.draft("t", Status.HOLD, 50, Channel.WEB, "support", "triage", 1, T0).toBuilder()
                .id(7).statusUntil(T0.plusSeconds(86400)).build();
        Ticket open = Transitions.move(hold, Status.OPEN, Cause.SWEEP_HOLD, T0.plusSeconds(90000));
        assertEquals(Status.OPEN, open.status());
        assertEquals(T0.plusSeconds(90000), open.statusChangedAt());
        assertEquals(null, open.statusUntil());
        Ticket held = Transitions.move(open, Status.HOLD, Cause.STAFF, T0, T0.plusSeconds(60));
        assertEquals(T0.plusSeconds(60), held.statusUntil());
    }

    @Test
    void aRefusedMoveIsAConflictThatNamesTheWayOut() {
        Ticket closed = Ticket.draft("t", Status.CLOSED, 50, Channel.WEB, "support", "triage", 1, T0).toBuilder().id(9).build();
        DomainException e = assertThrows(DomainException.class, () -> Transitions.move(closed, Status.OPEN, Cause.STAFF, T0));
        assertEquals(DomainException.Reason.CONFLICT, e.reason());
        assertEquals("#9 cannot go from closed to open", e.getMessage());
        assertTrue(e.hint().contains("tix reopen 9"), e.hint());
        assertEquals(Status.OPEN, Transitions.move(closed, Status.OPEN, Cause.REOPEN, T0).status());
    }

    @Test
    void birthsGiveTheirStatusAndAMoveIsNoBirth() {
        assertEquals(Status.NEW, Ticket.born("t", Cause.CREATE, 50, Channel.WEB, "support", "triage", 1, T0).status());
        assertEquals(Status.OPEN, Ticket.born("t", Cause.SPLIT, 50, Channel.WEB, "support", "triage", 1, T0).status());
        assertEquals(Status.SUSPENDED, Ticket.born("t", Cause.SUSPEND, 50, Channel.EMAIL, "support", "triage", 1, T0).status());
        assertThrows(IllegalArgumentException.class, () -> Transitions.birth(Cause.STAFF));
    }
}
