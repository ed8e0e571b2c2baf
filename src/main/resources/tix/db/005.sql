-- Every ticket update names `title` in its SET list, and an `AFTER UPDATE OF title` trigger fires whenever the column
-- is named, changed or not: each status change, assignment or sweep rewrote the ticket's search row (title and every
-- message body). Only a real title change touches the index now.
DROP TRIGGER tickets_fts_title;

CREATE TRIGGER tickets_fts_title AFTER UPDATE OF title ON tickets
WHEN old.title IS NOT new.title
BEGIN
    UPDATE ticket_fts SET title = new.title WHERE rowid = new.id;
END;

-- `show` lists the requester's latest other tickets, newest first with the id as tie-break. The old index left the
-- tie-break to a sort, so SQLite sorted every ticket of a requester that share a creation instant (one alerting
-- address with a million tickets made `show` take two seconds). This one is in the query's order.
DROP INDEX tickets_requester;
CREATE INDEX tickets_requester ON tickets(requester_id, created_at DESC, id DESC);

-- Controlled tag families (`tix tagset`): a family has tags and may hold at most one per ticket (single). The
-- tagsets table of 004 had no family row to carry that; no command wrote to it, so it is made again.
DROP TABLE tagsets;

CREATE TABLE tag_families (
    family TEXT PRIMARY KEY,
    single INTEGER NOT NULL DEFAULT 0 CHECK (single IN (0, 1))
) WITHOUT ROWID;

CREATE TABLE tagsets (
    family TEXT NOT NULL REFERENCES tag_families(family) ON DELETE CASCADE,
    tag    TEXT NOT NULL,
    PRIMARY KEY (family, tag)
) WITHOUT ROWID;
