package tix.domain.op;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tix.domain.Actor;
import tix.domain.Cause;
import tix.domain.MessageKind;
import tix.domain.Rules;
import tix.domain.Status;
import tix.domain.Ticket;
import tix.domain.Transitions;

/** `suspended reject`: spam or junk, closed with tag `spam` and kept (never deleted). */
public record Reject() {
    public Outcome apply(Ticket t, Actor actor, Instant now) {
        Suspended.require(t);
        Rules.requireWorkable(actor, t, "reject");
        Set<String> tags = new LinkedHashSet<>(t.tags());
        tags.add("spam");
        List<String> sorted = new ArrayList<>(tags);
        sorted.sort(null);
        return Outcome.of(Transitions.move(t, Status.CLOSED, Cause.REJECT, now).toBuilder().tags(sorted).build())
                .first(Step.Say.of(MessageKind.SYSTEM, "tix", "Rejected as spam by " + actor.login() + ".").by("tix"));
    }
}
