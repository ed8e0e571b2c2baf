package tix.domain.op;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tix.domain.Actor;
import tix.domain.DomainException;
import tix.domain.Rules;
import tix.domain.Status;
import tix.domain.Ticket;

/**
 * `known link`: the ticket is linked to known issue {@code number} and carries its tag; a ticket linked to another
 * issue moves, losing that issue's tag ({@code oldTag}, or null).
 */
public record LinkKnownIssue(long number, String tag) {
    public Outcome apply(Ticket t, Actor actor, String oldTag, Instant now) {
        Rules.requireWorkable(actor, t, "link");
        if (t.status() == Status.CLOSED) {
            throw DomainException.conflict("cannot link #" + t.id() + ": it is closed", "closed is final; 'tix reopen " + t.id() + "' first");
        }
        Set<String> tags = new LinkedHashSet<>(t.tags());
        if (t.knownIssue() != null && t.knownIssue() != number && oldTag != null) tags.remove(oldTag);
        tags.add(tag);
        List<String> sorted = new ArrayList<>(tags);
        sorted.sort(null);
        return Outcome.of(t.toBuilder().knownIssue(number).tags(sorted).build());
    }
}
