-- Mail (SPEC §5 Mail, §7 Mail settings): raw sources, attachments, per-queue mail settings, delivery bookkeeping.

-- Every message ingested, byte for byte, whatever became of it: nothing that arrived is ever lost.
-- message_id is the header's Message-ID, or <sha256-of-the-bytes@tix.invalid> when it has none, so that
-- an MTA retry or a second fetch of the same message is recognised and never ingested twice.
CREATE TABLE mail_raw (
    id          INTEGER PRIMARY KEY,
    message_id  TEXT NOT NULL UNIQUE,
    ticket_id   INTEGER REFERENCES tickets(id) ON DELETE CASCADE,
    message_ref INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    outcome     TEXT NOT NULL,          -- new, thread, follow_up, suspended, system, bounce
    reason      TEXT,                   -- why it was suspended or treated as automated
    source      TEXT,                   -- stdin, a file path, a fetch URL (no password)
    size        INTEGER NOT NULL,
    raw         BLOB NOT NULL,
    received_at INTEGER NOT NULL
);
CREATE INDEX mail_raw_ticket ON mail_raw(ticket_id);

-- Attachments of ingested mail. data is NULL when the part was over the size limit (the raw source keeps it).
CREATE TABLE attachments (
    id           INTEGER PRIMARY KEY,
    message_ref  INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    filename     TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size         INTEGER NOT NULL,
    data         BLOB
);
CREATE INDEX attachments_message ON attachments(message_ref);

-- Per-queue mail settings. A queue without a row uses the defaults below (tix.app.MailSettings).
-- Templates may use {ticket.id}, {ticket.title}, {requester.name}, {requester.email}, {agent.name}, {queue}.
CREATE TABLE queue_mail (
    queue               TEXT PRIMARY KEY REFERENCES queues(name) ON DELETE CASCADE ON UPDATE CASCADE,
    fetch_url           TEXT,           -- imap[s]:// or pop3[s]://user@host:port/FOLDER, no password
    new_template        TEXT,           -- auto-response to a new ticket (NULL: the built-in text)
    closed_template     TEXT,           -- auto-response when a ticket is resolved or closed (NULL: none)
    reminder_template   TEXT,           -- pending reminder (NULL: the built-in text)
    phone_template      TEXT,           -- follow-up after a phone ticket (NULL: the built-in text)
    auto_response_limit INTEGER NOT NULL DEFAULT 3,   -- per sender per hour (loop protection)
    max_message_bytes   INTEGER NOT NULL DEFAULT 52428800,
    max_attachment_bytes INTEGER NOT NULL DEFAULT 26214400
) WITHOUT ROWID;

