package tix.app;

import java.time.Instant;
import java.util.List;

/** Mail waiting to leave. Rows are written in the transaction of the change that caused them. */
public interface Outbox {
    record Item(long id, Long ticketId, Long messageRef, String kind, String messageId, String from, String to,
                String subject, String body, String inReplyTo, String references, String status, int attempts,
                Instant createdAt, Instant sentAt, String lastError) {
    }

    Item enqueue(Item item);

    List<Item> list(String status, Long ticketId);
}
