package tix.domain;

import java.time.Instant;
import java.util.List;

/**
 * One message on a ticket. {@code messageId} is the RFC 5322 Message-ID for mail, else null. {@code to} and {@code cc}
 * are the addresses it was sent to (inbound mail as received, answers as sent; empty otherwise). {@code sideId} is the
 * side conversation it belongs to (always an internal note then), else null.
 */
public record Message(long id, long ticketId, MessageKind kind, String author, String body, Instant createdAt,
                      String messageId, List<String> to, List<String> cc, Long sideId) {
    public Message {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
    }

    public Message(long id, long ticketId, MessageKind kind, String author, String body, Instant createdAt,
                   String messageId) {
        this(id, ticketId, kind, author, body, createdAt, messageId, List.of(), List.of(), null);
    }

    public static Message draft(MessageKind kind, String author, String body, Instant at) {
        return new Message(0, 0, kind, author, body, at, null);
    }

    public Message withTicket(long ticket) {
        return new Message(id, ticket, kind, author, body, createdAt, messageId, to, cc, sideId);
    }

    public Message withMessageId(String mid) {
        return new Message(id, ticketId, kind, author, body, createdAt, mid, to, cc, sideId);
    }

    public Message withAddresses(List<String> newTo, List<String> newCc) {
        return new Message(id, ticketId, kind, author, body, createdAt, messageId, newTo, newCc, sideId);
    }

    public Message withSide(Long side) {
        return new Message(id, ticketId, kind, author, body, createdAt, messageId, to, cc, side);
    }
}
