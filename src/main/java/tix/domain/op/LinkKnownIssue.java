package tix.domain.op;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tix.domain.Actor;
import tix.domain.Rules;
import tix.domain.TagFamilies;
import tix.domain.Ticket;

/**
 * `known link`: the ticket is linked to known issue {@code number} and carries its tag; a ticket linked to another
 * issue moves, losing that issue's tag ({@code oldTag}, or null). Closed tickets may be linked too.
 */
public record LinkKnownIssue(long number, String tag) {
    public Outcome apply(Ticket t, Actor actor, String oldTag, Instant now) {
        Rules.requireWorkable(actor, t, "link");
        // a closed ticket may be linked: its status stays closed, only the link and the tag change
        List<String> remove = new ArrayList<>();
        if (t.knownIssue() != null && t.knownIssue() != number && oldTag != null) remove.add(oldTag);
        List<String> tags = TagFamilies.NONE.apply(t.tags(), List.of(tag), remove);
        return Outcome.of(t.toBuilder().knownIssue(number).tags(tags).build());
    }
}
