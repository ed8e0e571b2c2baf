package tix.domain.op;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import tix.domain.Actor;
import tix.domain.Channel;
import tix.domain.DomainException;
import tix.domain.Queue;
import tix.domain.Role;
import tix.domain.Status;
import tix.domain.Ticket;

/** Tickets, actors and queues for the operation tests: plain values, no database. */
final class Fixtures {
    private Fixtures() {
    }

    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant NOW = Instant.parse("2026-03-04T12:00:00Z");
    static final Actor LEAD = new Actor("lead", Role.ADMIN, true);
    static final Actor ANA = new Actor("ana", Role.AGENT, true);
    static final Actor BEN = new Actor("ben", Role.AGENT, true);
    /** A desk's own role that takes and works tickets but does not route them (no ticket.assign.*). */
    static final Actor TOM = new Actor("tom", new Role("technician"), java.util.Set.of(tix.domain.Right.TICKET_SEE,
            tix.domain.Right.TICKET_WORK, tix.domain.Right.TICKET_TAKE), true, java.util.Set.of(), r -> null);
    static final List<String> TIERS = List.of("triage", "t1", "t2", "t3", "t4", "t5", "oncall");
    static final Queue SUPPORT = new Queue("support", "support@example.com", 50, "triage", "default", true, 4, "new", true);

    static Ticket ticket(Status status) {
        return Ticket.draft("Login loops", status, 50, Channel.EMAIL, "support", "triage", 3, T0).toBuilder()
                .id(42).version(1).build();
    }

    static Ticket ticket(Status status, String assignee) {
        return ticket(status).toBuilder().assignee(assignee).build();
    }

    static Queue queue(String followUp) {
        return new Queue("support", "support@example.com", 50, "triage", "default", true, 4, followUp, true);
    }

    static DomainException refused(DomainException.Reason reason, Runnable r) {
        DomainException e = assertThrows(DomainException.class, r::run);
        if (e.reason() != reason) throw new AssertionError("expected " + reason + " but " + e.reason() + ": " + e.getMessage());
        return e;
    }

    static Step.Say said(Outcome o, int i) {
        return (Step.Say) o.leading().get(i);
    }
}
