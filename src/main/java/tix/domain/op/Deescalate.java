package tix.domain.op;

import java.time.Instant;
import java.util.List;
import tix.domain.Actor;
import tix.domain.DomainException;
import tix.domain.MessageKind;
import tix.domain.Rules;
import tix.domain.Status;
import tix.domain.Ticket;

/** `deescalate`: down to a lower tier, with an internal note that answers the escalated questions. */
public record Deescalate(String to, String answer) {
    public Deescalate {
        if (to == null) throw DomainException.usage("deescalate needs --to TIER", "e.g. --to t1");
    }

    public Outcome apply(Ticket t, Actor actor, List<String> tiers, Instant now) {
        Rules.requireEscalatable(actor, t, "de-escalate");
        if (t.status() == Status.CLOSED) throw Refusals.closed(t, "de-escalate");
        String target = Tiers.require(tiers, to);
        if (tiers.indexOf(target) >= tiers.indexOf(t.tier())) {
            throw DomainException.conflict("cannot de-escalate #" + t.id() + " from " + t.tier() + " to " + target,
                    "de-escalation goes down; use 'tix escalate'");
        }
        String text = "De-escalated from " + t.tier() + " to " + target;
        if (!Refusals.blank(answer)) text += "\n\nANSWER TO ESCALATED QUESTIONS\n" + answer.strip();
        return Outcome.of(t.toBuilder().tier(target).tierEnteredAt(now).build())
                .first(Step.Say.of(MessageKind.NOTE, actor.login(), text));
    }
}
