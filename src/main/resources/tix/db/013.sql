-- Tags as the desk writes them (issue 14): a tag has a display name ("Insufficient Documentation", "type:Bug") and a
-- key every spelling shares (lower case, each run of spaces, '-', '_' and '/' one '-'). ticket_tags keeps the name a
-- ticket was tagged with and gains the key that lists and bulk match on; tag_names holds the one display name of each
-- key (a family's spelling, or a free tag's first use) that tickets are shown with.
ALTER TABLE ticket_tags ADD COLUMN tag_key TEXT;
-- tags before this version were lower-case single words: only '_' and '/' read differently as a key
UPDATE ticket_tags SET tag_key = replace(replace(tag, '_', '-'), '/', '-');
CREATE INDEX ticket_tags_key ON ticket_tags(tag_key, ticket_id);

CREATE TABLE tag_names (
    tag_key TEXT PRIMARY KEY,
    display TEXT NOT NULL
);
INSERT INTO tag_names(tag_key, display) SELECT tag_key, min(tag) FROM ticket_tags GROUP BY tag_key;
INSERT INTO tag_names(tag_key, display)
    SELECT family || ':' || replace(replace(tag, '_', '-'), '/', '-'), min(family || ':' || tag) FROM tagsets
    WHERE family || ':' || replace(replace(tag, '_', '-'), '/', '-') NOT IN (SELECT tag_key FROM tag_names)
    GROUP BY family || ':' || replace(replace(tag, '_', '-'), '/', '-');

-- Update notes on a known issue (`tix known note N TEXT`): what changed, a workaround, the release that fixes it.
CREATE TABLE known_issue_notes (
    id         INTEGER PRIMARY KEY,
    number     INTEGER NOT NULL REFERENCES known_issues(number) ON DELETE CASCADE,
    at         INTEGER NOT NULL,
    actor      TEXT NOT NULL,
    body       TEXT NOT NULL
);
CREATE INDEX known_issue_notes_number ON known_issue_notes(number, at);
