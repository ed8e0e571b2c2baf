-- tix schema, version 1. Times are INTEGER milliseconds since the epoch (UTC).
-- Migrations are tix/db/NNN.sql, applied in order; PRAGMA user_version holds the last one applied.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE calendars (
    name     TEXT PRIMARY KEY,
    zone     TEXT NOT NULL,
    hours    TEXT NOT NULL,            -- e.g. "mon-fri 09:00-17:00" or "24x7"
    holidays TEXT NOT NULL DEFAULT ''  -- comma separated YYYY-MM-DD or --MM-DD (yearly)
);

CREATE TABLE tiers (
    name     TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE,
    calendar TEXT REFERENCES calendars(name)  -- null: the queue's calendar
);

CREATE TABLE queues (
    name             TEXT PRIMARY KEY,
    address          TEXT,
    default_priority INTEGER NOT NULL DEFAULT 50 CHECK (default_priority BETWEEN 1 AND 99),
    default_tier     TEXT NOT NULL DEFAULT 'triage' REFERENCES tiers(name),
    calendar         TEXT NOT NULL DEFAULT 'default' REFERENCES calendars(name),
    priority_growth  INTEGER NOT NULL DEFAULT 1,
    auto_close_days  INTEGER NOT NULL DEFAULT 4,
    follow_up        TEXT NOT NULL DEFAULT 'new',
    auto_response    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE queue_addresses (
    address TEXT PRIMARY KEY COLLATE NOCASE,
    queue   TEXT NOT NULL REFERENCES queues(name) ON DELETE CASCADE
);

CREATE TABLE agents (
    login       TEXT PRIMARY KEY,
    name        TEXT,
    description TEXT,
    signature   TEXT,
    role        TEXT NOT NULL CHECK (role IN ('agent', 'admin')),
    created_at  INTEGER NOT NULL
);

CREATE TABLE teams (
    name TEXT PRIMARY KEY
);

CREATE TABLE team_members (
    team  TEXT NOT NULL REFERENCES teams(name) ON DELETE CASCADE,
    agent TEXT NOT NULL REFERENCES agents(login) ON DELETE CASCADE,
    PRIMARY KEY (team, agent)
) WITHOUT ROWID;

CREATE TABLE accounts (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    plan   TEXT,
    status TEXT CHECK (status IN ('paid', 'trial', 'community', 'potential', 'vip'))
);

CREATE TABLE contacts (
    id            INTEGER PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name          TEXT,
    account_id    INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    undeliverable INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE tickets (
    id                INTEGER PRIMARY KEY,
    title             TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('new', 'open', 'pending', 'waiting', 'hold', 'review',
                                                      'resolved', 'closed', 'suspended')),
    priority          INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 99),
    channel           TEXT NOT NULL,
    queue             TEXT NOT NULL REFERENCES queues(name),
    tier              TEXT NOT NULL REFERENCES tiers(name),
    team              TEXT REFERENCES teams(name),
    assignee          TEXT REFERENCES agents(login),
    sticky            INTEGER NOT NULL DEFAULT 1,
    requester_id      INTEGER NOT NULL REFERENCES contacts(id),
    due_at            INTEGER,
    status_until      INTEGER,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    version           INTEGER NOT NULL,
    status_changed_at INTEGER NOT NULL,
    tier_entered_at   INTEGER NOT NULL,
    last_reply_at     INTEGER,
    last_customer_at  INTEGER,
    split_from        INTEGER REFERENCES tickets(id) ON DELETE SET NULL,
    merged_into       INTEGER REFERENCES tickets(id) ON DELETE SET NULL,
    follow_up_of      INTEGER REFERENCES tickets(id) ON DELETE SET NULL,
    known_issue       INTEGER,
    sla_colour        TEXT NOT NULL DEFAULT 'none' CHECK (sla_colour IN ('green', 'yellow', 'red', 'none'))
);
CREATE INDEX tickets_active ON tickets(status, priority DESC, created_at);
CREATE INDEX tickets_assignee ON tickets(assignee, status);
CREATE INDEX tickets_requester ON tickets(requester_id, created_at DESC);
CREATE INDEX tickets_queue ON tickets(queue, status);

CREATE TABLE ticket_tags (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    tag       TEXT NOT NULL,
    PRIMARY KEY (ticket_id, tag)
) WITHOUT ROWID;
CREATE INDEX ticket_tags_tag ON ticket_tags(tag, ticket_id);

CREATE TABLE messages (
    id         INTEGER PRIMARY KEY,
    ticket_id  INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('customer', 'reply', 'note', 'system')),
    author     TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    message_id TEXT UNIQUE
);
CREATE INDEX messages_ticket ON messages(ticket_id, id);

CREATE TABLE events (
    id        INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    at        INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    field     TEXT,
    old       TEXT,
    new       TEXT
);
CREATE INDEX events_ticket ON events(ticket_id, id);

-- Events are append-only: only permanent deletion of the ticket (the cascade above) removes them.
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;

-- Mail waiting to leave (and mail that left). Each row gets its RFC 5322 Message-ID when queued,
-- so a delivery can never be duplicated under a different id.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    ticket_id       INTEGER REFERENCES tickets(id) ON DELETE CASCADE,
    message_ref     INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('reply', 'reminder', 'auto_response', 'follow_up', 'notification')),
    message_id      TEXT NOT NULL UNIQUE,
    from_addr       TEXT,
    to_addr         TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    in_reply_to     TEXT,
    refs            TEXT,
    status          TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed', 'held')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER
);
CREATE INDEX outbox_status ON outbox(status, next_attempt_at);

-- Full-text search: one row per ticket (rowid = ticket id), title and all message bodies.
CREATE VIRTUAL TABLE ticket_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets
BEGIN
    INSERT INTO ticket_fts(rowid, title, body) VALUES (new.id, new.title, '');
END;

CREATE TRIGGER tickets_fts_title AFTER UPDATE OF title ON tickets
BEGIN
    UPDATE ticket_fts SET title = new.title WHERE rowid = new.id;
END;

CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets
BEGIN
    DELETE FROM ticket_fts WHERE rowid = old.id;
END;

CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages
BEGIN
    UPDATE ticket_fts SET body = (SELECT group_concat(body, char(10)) FROM messages WHERE ticket_id = new.ticket_id)
     WHERE rowid = new.ticket_id;
END;

CREATE TRIGGER messages_fts_move AFTER UPDATE OF ticket_id ON messages
BEGIN
    UPDATE ticket_fts SET body = coalesce((SELECT group_concat(body, char(10)) FROM messages WHERE ticket_id = old.ticket_id), '')
     WHERE rowid = old.ticket_id;
    UPDATE ticket_fts SET body = (SELECT group_concat(body, char(10)) FROM messages WHERE ticket_id = new.ticket_id)
     WHERE rowid = new.ticket_id;
END;

-- The default desk (SPEC §5 init): Mon-Fri 09:00-17:00 UTC, the tiers of §1.2, the catch-all queue `support`.
INSERT INTO calendars(name, zone, hours, holidays) VALUES
    ('default', 'UTC', 'mon-fri 09:00-17:00', ''),
    ('24x7', 'UTC', '24x7', '');
INSERT INTO tiers(name, position, calendar) VALUES
    ('triage', 0, NULL), ('t1', 1, NULL), ('t2', 2, NULL), ('t3', 3, NULL),
    ('t4', 4, NULL), ('t5', 5, NULL), ('oncall', 6, '24x7');
INSERT INTO queues(name, address, default_priority, default_tier, calendar) VALUES
    ('support', NULL, 50, 'triage', 'default');
