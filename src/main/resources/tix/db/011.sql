-- Issue 13. Per queue: whether unanswered new tickets gain priority as open ones do (1, the default) or only open
-- ones (0).
ALTER TABLE queues ADD COLUMN priority_growth_new INTEGER NOT NULL DEFAULT 1;

-- Custom ticket fields (`tix field add NAME --type T`), and each ticket's values as canonical text (true/false, a
-- plain decimal, YYYY-MM-DD, a choice as defined, or the text). `choices`: a choice field's values joined by ','.
CREATE TABLE custom_fields (
    name     TEXT PRIMARY KEY,
    type     TEXT NOT NULL CHECK (type IN ('bool', 'text', 'number', 'date', 'choice')),
    choices  TEXT,
    position INTEGER NOT NULL
);

CREATE TABLE ticket_fields (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    name      TEXT NOT NULL REFERENCES custom_fields(name) ON DELETE CASCADE,
    value     TEXT NOT NULL,
    PRIMARY KEY (ticket_id, name)
);
CREATE INDEX ticket_fields_value ON ticket_fields(name, value);
