package tix.domain.op;

import tix.domain.EventAction;
import tix.domain.MessageKind;

/**
 * One effect of an operation besides the ticket's new state, in the order it is written: a message to add, an event
 * beyond the field diff, or mail to queue. The writer carries them out; the operation only names them.
 */
public sealed interface Step permits Step.Say, Step.Log, Step.Send {
    /**
     * A message on the ticket. {@code messageId}: the RFC 5322 Message-ID it came with (inbound mail), or null.
     * {@code mail}: a public answer the requester is sent (the writer gives it its outbound Message-ID).
     * {@code by}: who its `message` event names, when not the operation's actor (null).
     */
    record Say(MessageKind kind, String author, String body, String messageId, boolean mail, String by) implements Step {
        public static Say of(MessageKind kind, String author, String body) {
            return new Say(kind, author, body, null, false, null);
        }

        /** The same message with its `message` event by {@code who}. */
        public Say by(String who) {
            return new Say(kind, author, body, messageId, mail, who);
        }

        public Say withMessageId(String id) {
            return new Say(kind, author, body, id, mail, by);
        }
    }

    /** An event beyond those derived from the change of the ticket's fields. Its ticket id is the ticket's. */
    record Log(EventAction action, String field, String oldValue, String newValue) implements Step {
    }

    /** Mail to queue about the ticket. */
    record Send(Mail mail) implements Step {
    }

    /** The kinds of mail an operation asks for (the reply to a {@link Say} with {@code mail} is its own). */
    enum Mail {
        /** The short follow-up mail after a phone call (SPEC §1.1). */
        PHONE_FOLLOW_UP,
        /** Agents who want to hear of new tickets. */
        NEW_TICKET_NOTICE,
        /** The queue's new-ticket auto-response (within the per-sender limit). */
        AUTO_RESPONSE,
        /** The pending reminder, with its `reminder` event. */
        REMINDER
    }
}
