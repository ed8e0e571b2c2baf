-- Administration (engineer admin): macros, known issues, controlled tag families, routing rules.

-- Canned responses for `reply --macro NAME`; uses are counted so `macro list` shows what is used.
CREATE TABLE macros (
    name         TEXT PRIMARY KEY,
    body         TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    uses         INTEGER NOT NULL DEFAULT 0,
    last_used_at INTEGER
);
-- macros kept as settings before this table existed move here
INSERT INTO macros(name, body, created_at, updated_at)
    SELECT substr(key, 7), value, 0, 0 FROM settings WHERE key LIKE 'macro.%';
DELETE FROM settings WHERE key LIKE 'macro.%';

-- Known issues (SPEC §1.2): a number, a short description; linked tickets carry known_issue = number and the tag
-- "<number>-<slug>".
CREATE TABLE known_issues (
    number      INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL,
    title       TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    created_at  INTEGER NOT NULL,
    resolved_at INTEGER,
    resolution  TEXT
);

-- Controlled tag families (area, type, special ...): once a family has tags, `family:x` tags must be among them.
CREATE TABLE tagsets (
    family TEXT NOT NULL,
    tag    TEXT NOT NULL,
    PRIMARY KEY (family, tag)
) WITHOUT ROWID;

-- Routing rules applied in order when a ticket is created (by `create` or mail): the first match wins.
CREATE TABLE routes (
    id         INTEGER PRIMARY KEY,
    position   INTEGER NOT NULL,
    field      TEXT NOT NULL,
    value      TEXT NOT NULL COLLATE NOCASE,
    to_queue   TEXT REFERENCES queues(name) ON DELETE CASCADE,
    to_team    TEXT REFERENCES teams(name) ON DELETE CASCADE,
    priority   INTEGER CHECK (priority BETWEEN 1 AND 99),
    tag        TEXT,
    created_at INTEGER NOT NULL
);
