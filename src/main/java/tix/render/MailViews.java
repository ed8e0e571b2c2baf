package tix.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tix.app.MailService;
import tix.app.MailSettings;
import tix.app.Outbox;

/** JSON/CSV/table shapes of the mail commands (outbox rows, suspended mail, queue mail settings). */
public final class MailViews {
    public static final List<String> OUTBOX_COLUMNS = List.of("id", "ticket_id", "to", "subject", "kind", "status",
            "attempts");
    public static final List<String> SUSPENDED_COLUMNS = List.of("id", "from", "title", "reason", "received_at");

    private MailViews() {
        throw new AssertionError();
    }

    public static Map<String, Object> outbox(Outbox.Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("ticket_id", i.ticketId());
        m.put("to", i.to());
        m.put("cc", i.ccList());
        m.put("from", i.from());
        m.put("subject", i.subject());
        m.put("kind", i.kind());
        m.put("status", i.status());
        m.put("attempts", i.attempts());
        m.put("message_id", i.messageId());
        m.put("created_at", Views.time(i.createdAt()));
        m.put("sent_at", Views.time(i.sentAt()));
        m.put("last_error", i.lastError());
        m.put("body", i.body());
        return m;
    }

    public static Map<String, Object> suspended(MailService.Suspended s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.ticket().id());
        m.put("from", s.requester());
        m.put("title", s.ticket().title());
        m.put("queue", s.ticket().queue());
        m.put("reason", s.reason());
        m.put("source", s.source());
        m.put("received_at", Views.time(s.receivedAt()));
        if (s.raw() != null) {
            m.put("raw", new String(s.raw(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return m;
    }

    public static Map<String, Object> settings(MailSettings s, List<String> addresses) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("queue", s.queue());
        m.put("addresses", String.join(", ", addresses));
        m.put("fetch_url", s.fetchUrl());
        m.put("auto_response_limit", s.autoResponseLimit());
        m.put("max_message_bytes", s.maxMessageBytes());
        m.put("max_attachment_bytes", s.maxAttachmentBytes());
        m.put("new_template", s.newTemplate());
        m.put("closed_template", s.closedTemplate());
        m.put("reminder_template", s.reminderTemplate());
        m.put("phone_template", s.phoneTemplate());
        return m;
    }
}
