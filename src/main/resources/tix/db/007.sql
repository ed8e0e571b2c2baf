-- The knowledge base (`tix doc`): articles agents link from their answers (`reply --doc ID`), found by full text.
-- A doc has a body, a URL (an article kept elsewhere), or both; tags are single words like ticket tags.
CREATE TABLE docs (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    body TEXT,
    url TEXT,
    author TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (coalesce(body, '') <> '' OR coalesce(url, '') <> '')
);

CREATE TABLE doc_tags (
    doc_id INTEGER NOT NULL REFERENCES docs(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (doc_id, tag)
) WITHOUT ROWID;
CREATE INDEX doc_tags_tag ON doc_tags(tag);

-- title weighs more than body in ranking (as ticket search does); tags are searchable words too
CREATE VIRTUAL TABLE doc_fts USING fts5(title, body, tags, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER docs_fts_insert AFTER INSERT ON docs
BEGIN
    INSERT INTO doc_fts(rowid, title, body, tags) VALUES (new.id, new.title, coalesce(new.body, ''), '');
END;

CREATE TRIGGER docs_fts_update AFTER UPDATE OF title, body ON docs
BEGIN
    UPDATE doc_fts SET title = new.title, body = coalesce(new.body, '') WHERE rowid = new.id;
END;

CREATE TRIGGER docs_fts_delete AFTER DELETE ON docs
BEGIN
    DELETE FROM doc_fts WHERE rowid = old.id;
END;

CREATE TRIGGER doc_tags_fts_insert AFTER INSERT ON doc_tags
BEGIN
    UPDATE doc_fts SET tags = (SELECT group_concat(tag, ' ') FROM doc_tags WHERE doc_id = new.doc_id) WHERE rowid = new.doc_id;
END;

CREATE TRIGGER doc_tags_fts_delete AFTER DELETE ON doc_tags
BEGIN
    UPDATE doc_fts SET tags = coalesce((SELECT group_concat(tag, ' ') FROM doc_tags WHERE doc_id = old.doc_id), '')
        WHERE rowid = old.doc_id;
END;
