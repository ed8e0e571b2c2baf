package tix.domain.op;

import java.time.Instant;
import java.util.Objects;
import tix.domain.EventAction;
import tix.domain.Actor;
import tix.domain.Channel;
import tix.domain.Contact;
import tix.domain.DomainException;
import tix.domain.Rules;
import tix.domain.Ticket;

/**
 * `edit`: title, queue, channel, and the requester (another address, a name, an account). The field changes are
 * events of their own (`edited` per field); the requester's, name's and account's are written here.
 *
 * @param title   new title, or null
 * @param channel new channel, or null
 */
public record Edit(String title, Channel channel) {
    public Edit {
        if (title != null && title.isBlank()) throw DomainException.usage("the title cannot be empty", "--title TEXT");
    }

    public void validate(Ticket t, Actor actor) {
        Rules.requireWorkable(actor, t, "edit");
    }

    /**
     * @param queue      the new queue's name (looked up), or null
     * @param current    the requester now
     * @param requester  the requester after the edit (another contact, or the same one renamed), or null: unchanged
     * @param account    the account name the requester is moved to, or null: unchanged
     */
    public Outcome apply(Ticket t, Actor actor, String queue, Contact current, Contact requester, String account,
                         Instant now) {
        validate(t, actor);
        Ticket.Builder b = t.toBuilder();
        if (title != null) b.title(title);
        if (queue != null) b.queue(queue);
        if (channel != null) b.channel(channel);
        Outcome o = Outcome.of(t);
        Contact contact = current;
        if (requester != null) {
            contact = requester;
            if (requester.id() != current.id()) {
                b.requesterId(requester.id());
                o = o.first(new Step.Log(EventAction.EDITED, "requester", current.email(), requester.email()));
            }
            if (!Objects.equals(requester.name(), current.name()) && requester.id() == current.id()) {
                o = o.first(new Step.Log(EventAction.EDITED, "name", current.name(), requester.name()));
            }
        }
        if (account != null && !Objects.equals(account, contact.account())) {
            o = o.first(new Step.Log(EventAction.EDITED, "account", contact.account(), account));
        }
        return o.with(b.build());
    }
}
