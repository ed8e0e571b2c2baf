package tix.app;

import java.util.List;

/**
 * One received message as the mail adapter read it: addresses, threading ids, the readable body, attachments and
 * the signs that it was written by a machine. No Jakarta Mail types: the rules that decide what becomes of it
 * ({@link IngestService}) are the app's.
 *
 * @param messageId   the Message-ID header, or {@code <sha256@tix.invalid>} of the raw bytes when it has none
 * @param from        the sender's address, or null when there is none or it is not a valid address
 * @param replyTo     the first Reply-To address, or null
 * @param recipients  To, Cc, Delivered-To and X-Original-To addresses, in that order
 * @param threadIds   In-Reply-To first, then References newest first
 * @param automated   why this looks machine-written (auto-reply headers, mailer-daemon ...), or null
 * @param listMail    a List-Unsubscribe or List-Id header (automated only when it starts a new thread)
 * @param report      a delivery status notification, or null
 * @param malformed   why the message could not be read whole, or null
 * @param reusedMessageId the Message-ID as written when another message already came with it and other bytes
 *                    ({@code messageId} is then a derived id, see {@link #withReusedMessageId()}), else null
 * @param to          the To addresses alone (lower case), as the message names them
 * @param cc          the Cc addresses alone (lower case)
 */
public record InboundMail(String messageId, String from, String fromName, String replyTo, List<String> recipients,
                          String subject, List<String> threadIds, String body, List<Attachment> attachments,
                          String automated, boolean listMail, DeliveryReport report, String malformed,
                          boolean encrypted, byte[] raw, String source, String reusedMessageId, List<String> to,
                          List<String> cc) {
    public InboundMail {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        threadIds = threadIds == null ? List.of() : List.copyOf(threadIds);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        body = body == null ? "" : body;
    }

    public InboundMail(String messageId, String from, String fromName, String replyTo, List<String> recipients,
                       String subject, List<String> threadIds, String body, List<Attachment> attachments,
                       String automated, boolean listMail, DeliveryReport report, String malformed,
                       boolean encrypted, byte[] raw, String source) {
        this(messageId, from, fromName, replyTo, recipients, subject, threadIds, body, attachments, automated, listMail,
                report, malformed, encrypted, raw, source, null, List.of(), List.of());
    }

    /**
     * The same mail under an id of its own, for a Message-ID that already came with other bytes: {@code
     * <reused.HASH.original@tix.invalid>}, HASH from the bytes, so a redelivery of this very message is still
     * recognised as a duplicate.
     */
    public InboundMail withReusedMessageId() {
        String hash;
        try {
            hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(raw))
                    .substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String inner = messageId.replaceAll("[<>\\s]", "").replace('@', '.');
        if (inner.length() > 180) inner = inner.substring(0, 180);
        return new InboundMail("<reused." + hash + "." + inner + "@tix.invalid>", from, fromName, replyTo, recipients,
                subject, threadIds, body, attachments, automated, listMail, report, malformed, encrypted, raw, source,
                messageId, to, cc);
    }

    /** A file that came with the message; {@code data} is null when it was over the size limit. */
    public record Attachment(String filename, String contentType, long size, byte[] data) {
    }

    /**
     * A delivery status notification (RFC 3464): the Message-IDs of the original message it reports on, the
     * failed recipient, the status code (e.g. 5.1.1) and the diagnostic.
     */
    public record DeliveryReport(List<String> originalIds, String recipient, String status, String diagnostic) {
        public DeliveryReport {
            originalIds = originalIds == null ? List.of() : List.copyOf(originalIds);
        }

        /** A permanent failure: status class 5. */
        public boolean permanent() {
            return status != null && status.startsWith("5");
        }
    }
}
