package tix.domain;

import java.time.Instant;

/** One message on a ticket. {@code messageId} is the RFC 5322 Message-ID for mail, else null. */
public record Message(long id, long ticketId, MessageKind kind, String author, String body, Instant createdAt,
                      String messageId) {
    public static Message draft(MessageKind kind, String author, String body, Instant at) {
        return new Message(0, 0, kind, author, body, at, null);
    }

    public Message withTicket(long ticket) {
        return new Message(id, ticket, kind, author, body, createdAt, messageId);
    }

    public Message withMessageId(String mid) {
        return new Message(id, ticketId, kind, author, body, createdAt, mid);
    }
}
