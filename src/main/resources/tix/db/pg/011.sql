-- Twin of ../011.sql: priority growth of new tickets per queue; custom ticket fields.
ALTER TABLE queues ADD COLUMN priority_growth_new BIGINT NOT NULL DEFAULT 1;

CREATE TABLE custom_fields (
    name     TEXT PRIMARY KEY,
    type     TEXT NOT NULL CHECK (type IN ('bool', 'text', 'number', 'date', 'choice')),
    choices  TEXT,
    position BIGINT NOT NULL
);

CREATE TABLE ticket_fields (
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    name      TEXT NOT NULL REFERENCES custom_fields(name) ON DELETE CASCADE,
    value     TEXT NOT NULL,
    PRIMARY KEY (ticket_id, name)
);
CREATE INDEX ticket_fields_value ON ticket_fields(name, value);
