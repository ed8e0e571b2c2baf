-- PostgreSQL only (../017.sql is its comment-only twin).
--
-- A search ranks the newest 10,000 tickets that match (SqliteTickets.SEARCH_WINDOW). FTS5's index walks a word's
-- tickets newest first, so SQLite reads only those. A GIN index holds no order: every match had to be read from the
-- table to learn its id, and a word in a fortieth of the 1M demo desk's tickets cost 25,000 row reads (and as many
-- phrase checks) to keep 10,000. So ticket_fts is now partitioned by ticket id, each range with its own GIN index, and
-- tix_search_window reads the ranges newest first until the window is full: the same word reads about 12,000 rows
-- (the four newest ranges).
--
-- The ranges grow with the ids, four to each doubling: ids up to 65,535, then ranges of 16,384 up to 131,071, of
-- 32,768 up to 262,143, and so on, the last from 2^27 (134,217,728) on. A range's table is named by its lowest id, ten
-- digits (ticket_fts_0000917504), so
-- the names sort as the ranges do. An empty range costs nothing but its catalogue rows.
--
-- The rows are moved once, every document made again from its title and body: 43 s for the 1M demo desk (4.2M
-- messages), while other commands that write wait for it (and may give up, busy, after 10 s).
ALTER TABLE ticket_fts RENAME TO ticket_fts_before_017;
ALTER INDEX ticket_fts_pkey RENAME TO ticket_fts_before_017_pkey;
DROP INDEX ticket_fts_doc;

CREATE TABLE ticket_fts (
    rowid BIGINT NOT NULL,
    title TEXT NOT NULL,
    body  TEXT NOT NULL DEFAULT '',
    doc   tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', tix_fold(title)), 'A')
                                        || setweight(to_tsvector('simple', tix_fold(body)), 'B')) STORED,
    PRIMARY KEY (rowid)
) PARTITION BY RANGE (rowid);

DO $$
DECLARE
    base BIGINT := 65536;
    low BIGINT;
BEGIN
    EXECUTE 'CREATE TABLE ticket_fts_0000000000 PARTITION OF ticket_fts FOR VALUES FROM (MINVALUE) TO (65536)';
    WHILE base < 134217728 LOOP
        FOR k IN 0..3 LOOP
            low := base + k * base / 4;
            EXECUTE format('CREATE TABLE %I PARTITION OF ticket_fts FOR VALUES FROM (%s) TO (%s)',
                           'ticket_fts_' || lpad(low::text, 10, '0'), low, low + base / 4);
        END LOOP;
        base := base * 2;
    END LOOP;
    EXECUTE 'CREATE TABLE ticket_fts_0134217728 PARTITION OF ticket_fts FOR VALUES FROM (134217728) TO (MAXVALUE)';
END $$;

INSERT INTO ticket_fts(rowid, title, body) SELECT rowid, title, body FROM ticket_fts_before_017;
DROP TABLE ticket_fts_before_017;
CREATE INDEX ticket_fts_doc ON ticket_fts USING gin(doc);
ANALYZE ticket_fts; -- each range's statistics, for its own plan (2 s on the 1M demo desk)

-- The window: the newest n rows whose document matches q, the ranges read newest first (a range's own plan: its
-- index, or its newest rows backwards for a word in most of them) until n are found; the ranges above the highest
-- id are skipped (the names compare as the numbers do). STABLE: its reads see the calling statement's snapshot.
CREATE FUNCTION tix_search_window(q tsquery, n INTEGER) RETURNS TABLE (rowid BIGINT, doc tsvector)
    LANGUAGE plpgsql STABLE ROWS 10000 AS $$
#variable_conflict use_column
DECLARE
    part TEXT;
    newest BIGINT := (SELECT max(f.rowid) FROM ticket_fts f);
    found_ BIGINT := 0;
    got BIGINT;
BEGIN
    FOR part IN SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                WHERE i.inhparent = 'ticket_fts'::regclass
                  AND c.relname::text COLLATE "C" <= 'ticket_fts_' || lpad(least(newest, 9999999999)::text, 10, '0')
                ORDER BY c.relname::text COLLATE "C" DESC LOOP
        RETURN QUERY EXECUTE format('SELECT rowid, doc FROM %I WHERE doc @@ $1 ORDER BY rowid DESC LIMIT $2', part)
            USING q, n - found_;
        GET DIAGNOSTICS got = ROW_COUNT;
        found_ := found_ + got;
        EXIT WHEN found_ >= n;
    END LOOP;
END $$;
