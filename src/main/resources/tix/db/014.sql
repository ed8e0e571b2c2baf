-- Outbox mail is claimed before it is delivered (issue 12: never sent twice, never silently lost). `mail send`
-- commits status `sending` with the run that claimed it (claimed_by: pid@host) and when (claimed_at) before the SMTP
-- conversation, and `sent` after it. A row still `sending` when the next `mail send` holds the send lock was left by
-- a run that died between the two: the server may or may not have the mail, so it becomes `unsure` for a person
-- ('tix mail mark-sent ID' or 'tix mail retry ID'), never sent again by itself.
-- The status check cannot be altered in place: the table is made again. Dropping the old table would set
-- notifications.outbox_id to NULL (ON DELETE SET NULL), so those links are kept aside and put back.
CREATE TEMP TABLE notification_outbox_014 AS SELECT id, outbox_id FROM notifications WHERE outbox_id IS NOT NULL;

CREATE TABLE outbox_new (
    id              INTEGER PRIMARY KEY,
    ticket_id       INTEGER REFERENCES tickets(id) ON DELETE CASCADE,
    message_ref     INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('reply', 'reminder', 'auto_response', 'follow_up', 'notification', 'side')),
    message_id      TEXT NOT NULL UNIQUE,
    from_addr       TEXT,
    to_addr         TEXT NOT NULL,
    cc_addr         TEXT,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    in_reply_to     TEXT,
    refs            TEXT,
    status          TEXT NOT NULL DEFAULT 'queued'
                    CHECK (status IN ('queued', 'sent', 'failed', 'held', 'manual', 'sending', 'unsure')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER,
    claimed_by      TEXT,
    claimed_at      INTEGER
);
INSERT INTO outbox_new(id, ticket_id, message_ref, kind, message_id, from_addr, to_addr, cc_addr, subject, body,
                       in_reply_to, refs, status, attempts, next_attempt_at, last_error, created_at, sent_at)
    SELECT id, ticket_id, message_ref, kind, message_id, from_addr, to_addr, cc_addr, subject, body, in_reply_to, refs,
           status, attempts, next_attempt_at, last_error, created_at, sent_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_status ON outbox(status, next_attempt_at);

UPDATE notifications SET outbox_id = (SELECT k.outbox_id FROM notification_outbox_014 k WHERE k.id = notifications.id)
    WHERE id IN (SELECT id FROM notification_outbox_014);
DROP TABLE notification_outbox_014;
