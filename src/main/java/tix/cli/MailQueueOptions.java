package tix.cli;

import picocli.CommandLine.Option;
import tix.app.MailService;

/** A queue's mail settings, as options of `queue add`, `queue set` and `mail queue-settings`. */
final class MailQueueOptions {
    @Option(names = "--fetch-url", paramLabel = "URL",
            description = "Mailbox `mail fetch` polls: imap[s]:// or pop3[s]://user@host:port/FOLDER (no password; '' clears).")
    String fetchUrl;

    @Option(names = "--new-template", paramLabel = "TEXT", description = "Auto-response to a new ticket "
            + "(placeholders {ticket.id}, {ticket.title}, {requester.name}, {requester.email}, {agent.name}, {queue}; '' = built-in text).")
    String newTemplate;

    @Option(names = "--closed-template", paramLabel = "TEXT",
            description = "Auto-response when a ticket is resolved or closed (default: none; '' clears).")
    String closedTemplate;

    @Option(names = "--reminder-template", paramLabel = "TEXT", description = "The pending reminder ('' = built-in text).")
    String reminderTemplate;

    @Option(names = "--phone-template", paramLabel = "TEXT",
            description = "Follow-up mail after a ticket created with --channel phone ('' = built-in text).")
    String phoneTemplate;

    @Option(names = "--auto-response-limit", paramLabel = "N",
            description = "At most N auto-responses per sender per hour (default 3; 0 = none).")
    Integer autoResponseLimit;

    @Option(names = "--max-message-bytes", paramLabel = "N", description = "Larger mail is suspended (default 50 MiB).")
    Long maxMessageBytes;

    @Option(names = "--max-attachment-bytes", paramLabel = "N",
            description = "Larger attachments are kept only in the raw message (default 25 MiB).")
    Long maxAttachmentBytes;

    boolean given() {
        return fetchUrl != null || newTemplate != null || closedTemplate != null || reminderTemplate != null
                || phoneTemplate != null || autoResponseLimit != null || maxMessageBytes != null
                || maxAttachmentBytes != null;
    }

    MailService.SettingsChange change() {
        return new MailService.SettingsChange(fetchUrl, newTemplate, closedTemplate, reminderTemplate, phoneTemplate,
                autoResponseLimit, maxMessageBytes, maxAttachmentBytes);
    }

    /** Refuses bad values before the queue itself is changed, so a refused command changes nothing. */
    void check() {
        if (given()) MailService.check(change());
    }

    /** Applies the options given to {@code queue}; nothing when none was. */
    void apply(BaseCommand c, String queue) {
        if (given()) new MailService(c.session()).configure(queue, change());
    }
}
