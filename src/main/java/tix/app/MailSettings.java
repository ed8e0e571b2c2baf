package tix.app;

/**
 * A queue's mail settings (table queue_mail). Templates that are null use the built-in texts of
 * {@link MailTemplates}, except {@code closedTemplate}: no text there means no mail on resolve/close.
 */
public record MailSettings(String queue, String fetchUrl, String newTemplate, String closedTemplate,
                           String reminderTemplate, String phoneTemplate, int autoResponseLimit,
                           long maxMessageBytes, long maxAttachmentBytes) {
    public static final int DEFAULT_AUTO_RESPONSE_LIMIT = 3;

    /** The answer to new mail: the queue's template, else the built-in text. */
    public String newTemplateOrDefault() {
        return newTemplate == null ? MailTemplates.NEW : newTemplate;
    }
    public static final long DEFAULT_MAX_MESSAGE_BYTES = 50L * 1024 * 1024;
    public static final long DEFAULT_MAX_ATTACHMENT_BYTES = 25L * 1024 * 1024;

    public static MailSettings defaults(String queue) {
        return new MailSettings(queue, null, null, null, null, null, DEFAULT_AUTO_RESPONSE_LIMIT,
                DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_ATTACHMENT_BYTES);
    }
}
