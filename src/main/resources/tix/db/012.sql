-- Issue 14, addresses, CC, side conversations, outgoing attachments, channels with handles.

-- The To and Cc of a message: as received for inbound mail, as sent for answers (comma-separated addresses).
ALTER TABLE messages ADD COLUMN to_addrs TEXT;
ALTER TABLE messages ADD COLUMN cc_addrs TEXT;

-- Where the ticket's first mail was sent: the desk address the customer wrote to. Answers go out from it.
ALTER TABLE tickets ADD COLUMN to_address TEXT;

-- A queue's default CC on every reply (comma-separated addresses).
ALTER TABLE queues ADD COLUMN cc TEXT;

-- A thread from a ticket to a third party (a partner, another team). Its messages are internal notes of the
-- ticket (messages.side_id); mail to the partner carries the conversation's own reference so answers thread back.
CREATE TABLE side_conversations (
    id             INTEGER PRIMARY KEY,
    ticket_id      INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    partner        TEXT NOT NULL,
    cc             TEXT,
    subject        TEXT NOT NULL,
    reference      TEXT NOT NULL UNIQUE,
    partner_ticket TEXT,
    created_by     TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX side_conversations_ticket ON side_conversations(ticket_id);

ALTER TABLE messages ADD COLUMN side_id INTEGER REFERENCES side_conversations(id) ON DELETE SET NULL;

-- The outbox gains a CC, the kind `side` (mail of a side conversation) and the status `manual` (an answer to a
-- channel handle, posted by a person). CHECK constraints cannot be altered in place: the table is rebuilt.
-- Dropping the old table sets notifications.outbox_id to NULL (ON DELETE SET NULL): the links are kept aside.
CREATE TEMP TABLE notification_outbox_012 AS SELECT id, outbox_id FROM notifications WHERE outbox_id IS NOT NULL;
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
    status          TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed', 'held', 'manual')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER
);
INSERT INTO outbox_new(id, ticket_id, message_ref, kind, message_id, from_addr, to_addr, subject, body, in_reply_to,
                       refs, status, attempts, next_attempt_at, last_error, created_at, sent_at)
    SELECT id, ticket_id, message_ref, kind, message_id, from_addr, to_addr, subject, body, in_reply_to, refs, status,
           attempts, next_attempt_at, last_error, created_at, sent_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_status ON outbox(status, next_attempt_at);
UPDATE notifications SET outbox_id = (SELECT k.outbox_id FROM notification_outbox_012 k WHERE k.id = notifications.id)
    WHERE id IN (SELECT id FROM notification_outbox_012);
DROP TABLE notification_outbox_012;
