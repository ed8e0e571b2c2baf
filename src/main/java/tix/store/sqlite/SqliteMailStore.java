package tix.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tix.app.MailSettings;
import tix.app.MailStore;
import tix.app.Outbox;

final class SqliteMailStore implements MailStore {
    private static final String RAW = "SELECT id, message_id, ticket_id, message_ref, outcome, reason, source, size, "
            + "received_at FROM mail_raw";
    private static final String OUTBOX = "SELECT id, ticket_id, message_ref, kind, message_id, from_addr, to_addr, "
            + "subject, body, in_reply_to, refs, status, attempts, created_at, sent_at, last_error, cc_addr FROM outbox";
    private final Sql sql;

    SqliteMailStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Long> ticketForMessageId(String messageId) {
        if (messageId == null) return Optional.empty();
        Optional<Long> t = sql.one("SELECT ticket_id FROM messages WHERE message_id = ?", rs -> rs.getLong(1), messageId);
        if (t.isPresent()) return t;
        t = sql.one("SELECT ticket_id FROM outbox WHERE message_id = ? AND ticket_id IS NOT NULL",
                rs -> rs.getLong(1), messageId);
        if (t.isPresent()) return t;
        return sql.one("SELECT ticket_id FROM mail_raw WHERE message_id = ? AND ticket_id IS NOT NULL",
                rs -> rs.getLong(1), messageId);
    }

    @Override
    public Optional<Raw> raw(String messageId) {
        return sql.one(RAW + " WHERE message_id = ?", SqliteMailStore::mapRaw, messageId);
    }

    @Override
    public List<Raw> rawForTicket(long ticketId) {
        return sql.query(RAW + " WHERE ticket_id = ? ORDER BY id", SqliteMailStore::mapRaw, ticketId);
    }

    @Override
    public byte[] rawBytes(long rawId) {
        return sql.one("SELECT raw FROM mail_raw WHERE id = ?", rs -> rs.getBytes(1), rawId).orElse(new byte[0]);
    }

    private static Raw mapRaw(ResultSet rs) throws SQLException {
        return new Raw(rs.getLong("id"), rs.getString("message_id"), Sql.nullableLong(rs, "ticket_id"),
                Sql.nullableLong(rs, "message_ref"), rs.getString("outcome"), rs.getString("reason"),
                rs.getString("source"), rs.getLong("size"), Sql.instant(rs, "received_at"));
    }

    @Override
    public long saveRaw(String messageId, Long ticketId, Long messageRef, String outcome, String reason, String source,
                        byte[] raw, Instant at) {
        return sql.insert("INSERT INTO mail_raw(message_id, ticket_id, message_ref, outcome, reason, source, size, raw, "
                + "received_at) VALUES (?,?,?,?,?,?,?,?,?)", messageId, ticketId, messageRef, outcome, reason, source,
                raw.length, raw, at);
    }

    @Override
    public void saveAttachment(long messageRef, String filename, String contentType, long size, byte[] data) {
        sql.insert("INSERT INTO attachments(message_ref, filename, content_type, size, data) VALUES (?,?,?,?,?)",
                messageRef, filename, contentType, size, data);
    }

    @Override
    public List<StoredAttachment> attachments(long ticketId) {
        return sql.query("SELECT a.id, a.message_ref, a.filename, a.content_type, a.size, CASE WHEN a.data IS NOT NULL THEN 1 ELSE 0 END AS kept "
                + "FROM attachments a JOIN messages m ON m.id = a.message_ref WHERE m.ticket_id = ? ORDER BY a.id",
                rs -> new StoredAttachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getInt(6) == 1), ticketId);
    }

    @Override
    public byte[] attachmentData(long id) {
        return sql.one("SELECT data FROM attachments WHERE id = ?", rs -> rs.getBytes(1), id).orElse(null);
    }

    @Override
    public Optional<String> queueForAddress(String address) {
        if (address == null) return Optional.empty();
        return sql.one("SELECT queue FROM queue_addresses WHERE address = ?", rs -> rs.getString(1), address.strip());
    }

    @Override
    public List<String> addresses(String queue) {
        return sql.query("SELECT address FROM queue_addresses WHERE queue = ? ORDER BY address",
                rs -> rs.getString(1), queue);
    }

    @Override
    public List<Long> suspendedTickets() {
        return sql.query("SELECT id FROM tickets WHERE status = 'suspended' ORDER BY created_at, id",
                rs -> rs.getLong(1));
    }

    @Override
    public MailSettings settings(String queue) {
        return sql.one("SELECT * FROM queue_mail WHERE queue = ?", rs -> new MailSettings(queue,
                rs.getString("fetch_url"), rs.getString("new_template"), rs.getString("closed_template"),
                rs.getString("reminder_template"), rs.getString("phone_template"), rs.getInt("auto_response_limit"),
                rs.getLong("max_message_bytes"), rs.getLong("max_attachment_bytes")), queue)
                .orElse(MailSettings.defaults(queue));
    }

    @Override
    public void saveSettings(MailSettings s) {
        sql.update("INSERT INTO queue_mail(queue, fetch_url, new_template, closed_template, reminder_template, "
                + "phone_template, auto_response_limit, max_message_bytes, max_attachment_bytes) "
                + "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(queue) DO UPDATE SET fetch_url = excluded.fetch_url, "
                + "new_template = excluded.new_template, closed_template = excluded.closed_template, "
                + "reminder_template = excluded.reminder_template, phone_template = excluded.phone_template, "
                + "auto_response_limit = excluded.auto_response_limit, max_message_bytes = excluded.max_message_bytes, "
                + "max_attachment_bytes = excluded.max_attachment_bytes", s.queue(), s.fetchUrl(), s.newTemplate(),
                s.closedTemplate(), s.reminderTemplate(), s.phoneTemplate(), s.autoResponseLimit(),
                s.maxMessageBytes(), s.maxAttachmentBytes());
    }

    @Override
    public boolean markUndeliverable(String email) {
        int n = sql.update("UPDATE contacts SET undeliverable = 1 WHERE email = ?", email);
        sql.update("UPDATE outbox SET status = 'held' WHERE status = 'queued' AND to_addr = ? COLLATE NOCASE", email);
        return n > 0;
    }

    @Override
    public long countSent(String kind, String to, Instant since) {
        return sql.count("SELECT count(*) FROM outbox WHERE kind = ? AND to_addr = ? COLLATE NOCASE AND created_at >= ?",
                kind, to, since);
    }

    @Override
    public List<Outbox.Item> due(Instant now, int limit) {
        return sql.query(OUTBOX + " WHERE status = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
                + "ORDER BY coalesce(next_attempt_at, created_at), id LIMIT ?", SqliteMailStore::mapOutbox, now, limit);
    }

    private static Outbox.Item mapOutbox(ResultSet rs) throws SQLException {
        return new Outbox.Item(rs.getLong("id"), Sql.nullableLong(rs, "ticket_id"), Sql.nullableLong(rs, "message_ref"),
                rs.getString("kind"), rs.getString("message_id"), rs.getString("from_addr"), rs.getString("to_addr"),
                rs.getString("subject"), rs.getString("body"), rs.getString("in_reply_to"), rs.getString("refs"),
                rs.getString("status"), rs.getInt("attempts"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "sent_at"), rs.getString("last_error"), rs.getString("cc_addr"));
    }

    @Override
    public boolean claim(long outboxId, String by, Instant at) {
        return sql.update("UPDATE outbox SET status = 'sending', claimed_by = ?, claimed_at = ? WHERE id = ? "
                + "AND status = 'queued'", by, at, outboxId) == 1;
    }

    @Override
    public void markSent(long outboxId, Instant at) {
        sql.update("UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL, "
                + "next_attempt_at = NULL WHERE id = ?", at, outboxId);
    }

    @Override
    public void markAttempt(long outboxId, int attempts, Instant nextAttempt, String error) {
        sql.update("UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ?, status = ? WHERE id = ? "
                + "AND status IN ('queued', 'sending')", attempts, nextAttempt, error,
                nextAttempt == null ? "failed" : "queued", outboxId);
    }

    @Override
    public List<Long> abandonClaims(String why) {
        List<Long> ids = sql.query("SELECT id FROM outbox WHERE status = 'sending' ORDER BY id", rs -> rs.getLong(1));
        for (long id : ids) {
            sql.update("UPDATE outbox SET status = 'unsure', last_error = ? || ' (claimed by ' || coalesce(claimed_by, "
                    + "'?') || ')' WHERE id = ? AND status = 'sending'", why, id);
        }
        return ids;
    }

    @Override
    public boolean retryOne(long outboxId) {
        return sql.update("UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = NULL, claimed_by = NULL, "
                + "claimed_at = NULL WHERE id = ? AND status IN ('unsure', 'failed')", outboxId) == 1;
    }

    @Override
    public int retryFailed() {
        return sql.update("UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = NULL WHERE status = 'failed'");
    }
}
