package tix.domain.op;

import java.time.Instant;
import tix.domain.Actor;
import tix.domain.Cause;
import tix.domain.MessageKind;
import tix.domain.Rules;
import tix.domain.Status;
import tix.domain.Ticket;
import tix.domain.Transitions;

/**
 * `suspended accept`: held mail was real after all; the ticket is new, agents hear of it, and the customer gets the
 * queue's new-ticket auto-response when the queue sends one.
 */
public record Accept(boolean autoResponse) {
    public Outcome apply(Ticket t, Actor actor, Instant now) {
        Suspended.require(t);
        Rules.requireWorkable(actor, t, "accept");
        Outcome o = Outcome.of(Transitions.move(t, Status.NEW, Cause.ACCEPT, now))
                .first(Step.Say.of(MessageKind.SYSTEM, "tix", "Accepted from suspended mail by " + actor.login() + ".")
                        .by("tix"))
                .then(new Step.Send(Step.Mail.NEW_TICKET_NOTICE));
        return autoResponse ? o.then(new Step.Send(Step.Mail.AUTO_RESPONSE)) : o;
    }
}
