package tix.domain.op;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tix.domain.EventAction;
import tix.domain.Cause;
import tix.domain.Channel;
import tix.domain.Contact;
import tix.domain.DomainException;
import tix.domain.MessageKind;
import tix.domain.Queue;
import tix.domain.Route;
import tix.domain.Routing;
import tix.domain.Tags;
import tix.domain.Ticket;

/**
 * A new ticket (`create`, new mail, suspended mail): what the creator gave explicitly wins over the routing rule,
 * which wins over the queue's defaults (SPEC §1 workflow 1). The first message, when there is one, is the
 * requester's words (or an internal note); a phone call gets its follow-up mail; agents hear of the new ticket.
 *
 * @param priority explicit priority, or null
 * @param tier     explicit tier (already checked), or null: the queue's default
 * @param tags     the creator's tags, already checked against the tag families
 * @param route    what the matching routing rules do (never null; {@link Routing#NONE} for none)
 * @param bodyKind {@code customer} or {@code note}
 */
public record Create(Cause birth, String title, Contact requester, Channel channel, Queue queue, String tier,
                     Integer priority, List<String> tags, Instant due, boolean sticky, Routing route, String body,
                     MessageKind bodyKind, String messageId) {
    public Create {
        if (!birth.isBirth() || birth == Cause.SPLIT || birth == Cause.FOLLOW_UP) {
            throw new IllegalArgumentException(birth + " is not a plain creation");
        }
        if (Refusals.blank(title)) throw DomainException.usage("a title is required", "--title TEXT");
        tags = tags == null ? List.of() : List.copyOf(tags);
        route = route == null ? Routing.NONE : route;
    }

    /** The queue a new ticket goes to before the queue is looked up: the explicit one, the rule's, else the default. */
    public static String queueName(String explicit, Routing route, String defaultQueue) {
        if (explicit != null) return explicit;
        return route != null && route.queue() != null ? route.queue() : defaultQueue;
    }

    /** The creator's tags with the routing rules' tags added (before the tag families check them). */
    public static List<String> withRouteTag(List<String> tags, Routing route) {
        List<String> out = new ArrayList<>(tags == null ? List.of() : tags);
        if (route != null) out.addAll(route.tags());
        return Tags.normalise(out);
    }

    public Birth apply(String actor, Instant now) {
        int prio = priority != null ? priority
                : route.priority() != null ? route.priority() : queue.defaultPriority();
        boolean hasBody = !Refusals.blank(body);
        Ticket draft = Ticket.born(title, birth, prio, channel, queue.name(), tier == null ? queue.defaultTier() : tier,
                        requester.id(), now).toBuilder()
                .tags(tags).dueAt(due).sticky(sticky).team(route.team())
                .lastCustomerAt(hasBody && bodyKind == MessageKind.CUSTOMER ? now : null).build();
        Birth b = new Birth(birth, draft, List.of());
        if (!route.isEmpty()) b = b.then(new Step.Log(EventAction.EDITED, "route", null, route.describe()));
        if (hasBody) {
            String author = bodyKind == MessageKind.CUSTOMER ? requester.email() : actor;
            Step.Say say = Step.Say.of(bodyKind, author, body).withMessageId(messageId);
            // mail's own words are logged as the sender's
            b = b.then(birth == Cause.CREATE ? say : say.by(author));
        }
        if (channel == Channel.PHONE) b = b.then(new Step.Send(Step.Mail.PHONE_FOLLOW_UP));
        // suspended mail is no new ticket yet: agents hear of it when it is accepted
        if (birth != Cause.SUSPEND) b = b.then(new Step.Send(Step.Mail.NEW_TICKET_NOTICE));
        return b;
    }
}
