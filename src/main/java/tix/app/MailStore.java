package tix.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What mail needs from the store beyond tickets and messages: raw sources, attachments, settings, delivery. */
public interface MailStore {
    record Raw(long id, String messageId, Long ticketId, Long messageRef, String outcome, String reason,
               String source, long size, Instant receivedAt) {
    }

    record StoredAttachment(long id, long messageRef, String filename, String contentType, long size,
                            boolean kept) {
    }

    /** The ticket that holds a message with this Message-ID: received, stored or sent by tix. */
    Optional<Long> ticketForMessageId(String messageId);

    /** The raw record of a message already ingested under this Message-ID. */
    Optional<Raw> raw(String messageId);

    List<Raw> rawForTicket(long ticketId);

    /** The raw bytes of one ingested message. */
    byte[] rawBytes(long rawId);

    long saveRaw(String messageId, Long ticketId, Long messageRef, String outcome, String reason, String source,
                 byte[] raw, Instant at);

    void saveAttachment(long messageRef, String filename, String contentType, long size, byte[] data);

    /** A ticket's attachments, oldest first: position N of `attachment list` is element N-1. */
    List<StoredAttachment> attachments(long ticketId);

    /** The bytes of a kept attachment (null when it was over the size limit and only the raw source has it). */
    byte[] attachmentData(long id);

    /** The queue that claims this address (table queue_addresses), if any. */
    Optional<String> queueForAddress(String address);

    List<String> addresses(String queue);

    /** Ids of suspended tickets, oldest first. */
    List<Long> suspendedTickets();

    MailSettings settings(String queue);

    void saveSettings(MailSettings settings);

    /** Marks the contact undeliverable and holds the mail still queued to it; returns true if a contact matched. */
    boolean markUndeliverable(String email);

    /** Outbox rows of {@code kind} to {@code to} queued since {@code since} (loop protection). */
    long countSent(String kind, String to, Instant since);

    /** Queued rows whose next attempt is due at {@code now}, oldest first. */
    List<Outbox.Item> due(Instant now, int limit);

    /**
     * Claims a queued row for delivery: status {@code sending}, by {@code by} (the run: pid@host) at {@code at}. False
     * when the row is no longer queued (sent, held or changed meanwhile). Committed before the SMTP conversation.
     */
    boolean claim(long outboxId, String by, Instant at);

    /** The claimed row was accepted by the server: {@code sent}. */
    void markSent(long outboxId, Instant at);

    /** Records a failed attempt: queued again at {@code nextAttempt}, or failed for good when it is null. */
    void markAttempt(long outboxId, int attempts, Instant nextAttempt, String error);

    /**
     * Rows still {@code sending}, claimed by a run that is gone (the caller holds the send lock, so no live run holds
     * a claim), become {@code unsure} with {@code why} (and the claim) as their last error; returns their ids.
     */
    List<Long> abandonClaims(String why);

    /** One {@code unsure} or {@code failed} row back to queued, due at once; false when the row is in neither. */
    boolean retryOne(long outboxId);

    /** Failed rows back to queued (attempts reset); returns how many. */
    int retryFailed();
}
