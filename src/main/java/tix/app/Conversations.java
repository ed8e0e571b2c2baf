package tix.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Who mail goes to beyond the requester: the desk address a ticket was written to, default CCs, side conversations. */
public interface Conversations {
    /**
     * A thread from a ticket to a third party. {@code reference}: the Message-ID-like id every mail of it carries in
     * References, so the partner's answers thread back to it. {@code partnerTicket}: the partner's own ticket number,
     * once one of their answers named it.
     */
    record Side(long id, long ticketId, String partner, List<String> cc, String subject, String reference,
                String partnerTicket, String createdBy, Instant createdAt, Instant updatedAt) {
        public Side {
            cc = cc == null ? List.of() : List.copyOf(cc);
        }
    }

    /** The desk address the ticket's first mail was sent to, if it came by mail. */
    Optional<String> toAddress(long ticketId);

    void setToAddress(long ticketId, String address);

    /** The queue's default CC on replies (empty when none). */
    List<String> queueCc(String queue);

    void setQueueCc(String queue, List<String> cc);

    Side openSide(long ticketId, String partner, List<String> cc, String subject, String reference, String by,
                  Instant at);

    /** A ticket's side conversations, oldest first. */
    List<Side> sides(long ticketId);

    Optional<Side> side(long id);

    /** The side conversation one of these ids belongs to: its reference, or the Message-ID of one of its messages. */
    Optional<Side> sideForIds(List<String> ids);

    /** A message of a side conversation; the conversation is updated {@code at}. */
    void addToSide(long sideId, long messageId, Instant at);

    void setPartnerTicket(long sideId, String number);

    /** The side conversation's CC from now on (an address added on a later message stays). */
    void setSideCc(long sideId, List<String> cc);

    /**
     * Writes a side conversation with its own id, reference and times (`tix import`). Its id or reference being
     * taken throws {@link Archive.Taken} ("side conversation" id, "side reference" reference).
     */
    void restoreSide(Side side);

    /** Files message {@code messageId} under side conversation {@code sideId}, changing nothing else (`tix import`). */
    void restoreSideMessage(long sideId, long messageId);

    /** Messages of a side conversation, counted. */
    int sideMessages(long sideId);
}
