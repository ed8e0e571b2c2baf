package tix.app;

import java.time.Instant;
import java.util.List;

/** Mail waiting to leave. Rows are written in the transaction of the change that caused them. */
public interface Outbox {
    /**
     * {@code cc}: further recipients, comma-separated, or null. {@code status} {@code manual}: an answer to a channel
     * handle (twitter:@name ...) that a person posts; `mail send` never takes it. {@code sending}: claimed by a `mail
     * send` that is delivering it now; {@code unsure}: claimed by a `mail send` that died before it recorded the
     * server's answer, so it may or may not have been delivered: a person decides (mark-sent or retry).
     */
    record Item(long id, Long ticketId, Long messageRef, String kind, String messageId, String from, String to,
                String subject, String body, String inReplyTo, String references, String status, int attempts,
                Instant createdAt, Instant sentAt, String lastError, String cc) {
        public Item(long id, Long ticketId, Long messageRef, String kind, String messageId, String from, String to,
                    String subject, String body, String inReplyTo, String references, String status, int attempts,
                    Instant createdAt, Instant sentAt, String lastError) {
            this(id, ticketId, messageRef, kind, messageId, from, to, subject, body, inReplyTo, references, status,
                    attempts, createdAt, sentAt, lastError, null);
        }

        /** The CC addresses, one per element. */
        public java.util.List<String> ccList() {
            if (cc == null || cc.isBlank()) return java.util.List.of();
            return java.util.Arrays.stream(cc.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        }
    }

    /**
     * A person says the row went out: a `manual` row they posted, or an `unsure` one they found delivered. False when
     * there is no such row in either status.
     */
    boolean markPosted(long id, Instant at);

    Item enqueue(Item item);

    List<Item> list(String status, Long ticketId);
}
