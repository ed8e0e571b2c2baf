package tix.domain.op;

import java.util.ArrayList;
import java.util.List;
import tix.domain.Ticket;

/**
 * What an operation did to a ticket: its next state, the steps written before the events of the field changes
 * ({@code leading}) and the steps written after them ({@code trailing}).
 */
public record Outcome(Ticket ticket, List<Step> leading, List<Step> trailing) {
    public Outcome {
        leading = List.copyOf(leading);
        trailing = List.copyOf(trailing);
    }

    public static Outcome of(Ticket t) {
        return new Outcome(t, List.of(), List.of());
    }

    public Outcome with(Ticket t) {
        return new Outcome(t, leading, trailing);
    }

    /** Adds a step before the field-change events. */
    public Outcome first(Step s) {
        List<Step> l = new ArrayList<>(leading);
        l.add(s);
        return new Outcome(ticket, l, trailing);
    }

    /** Adds a step after the field-change events. */
    public Outcome then(Step s) {
        List<Step> l = new ArrayList<>(trailing);
        l.add(s);
        return new Outcome(ticket, leading, l);
    }

    /** No new state and nothing to write: the command changes nothing. */
    public boolean isNoChange(Ticket before) {
        return ticket.equals(before) && leading.isEmpty() && trailing.isEmpty();
    }
}
