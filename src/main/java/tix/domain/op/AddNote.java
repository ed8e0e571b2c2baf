package tix.domain.op;

import java.time.Instant;
import tix.domain.Actor;
import tix.domain.DomainException;
import tix.domain.MessageKind;
import tix.domain.Rules;
import tix.domain.Ticket;

/** `note`: an internal note, never sent; allowed on a closed ticket and changes no status. */
public record AddNote(String body) {
    public AddNote {
        if (Refusals.blank(body)) throw DomainException.usage("the note is empty", "--body TEXT");
    }

    public Outcome apply(Ticket t, Actor actor, Instant now) {
        Rules.requireWorkable(actor, t, "add a note to");
        return Outcome.of(t).first(Step.Say.of(MessageKind.NOTE, actor.login(), body));
    }
}
