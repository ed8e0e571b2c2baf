-- PostgreSQL only (../019.sql is its comment-only twin).
--
-- tix_search_window (pg/017, pg/018) returned the window's 10,000 documents, about 650 bytes each, which the search
-- then tested for its title words and ranked: 6.5 MB copied into the function's result and read again. It now tests
-- and ranks each range's matches as it reads them and returns the id, whether the title holds every word, and the
-- rank. A phrase in 24,883 tickets of the 1M demo desk (5M messages): 49 -> 46 ms in pgbench. The ranking rule stays
-- the caller's: the title query and ts_rank's weights are arguments (PgDialect).
DROP FUNCTION tix_search_window(tsquery, INTEGER);
CREATE FUNCTION tix_search_window(q tsquery, title tsquery, weights REAL[], n INTEGER)
    RETURNS TABLE (rowid BIGINT, in_title BOOLEAN, rank REAL)
    LANGUAGE plpgsql STABLE ROWS 10000 AS $$
#variable_conflict use_column
DECLARE
    part TEXT;
    low BIGINT;
    high BIGINT;
    newest BIGINT := (SELECT max(f.rowid) FROM ticket_fts f);
    seen BIGINT := 0;    -- ids of the ranges read
    found_ BIGINT := 0;  -- matches found in them
    got BIGINT;
    missing BIGINT;
    rate DOUBLE PRECISION;
    newest_first TEXT;
BEGIN
    FOR part IN SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                WHERE i.inhparent = 'ticket_fts'::regclass
                  AND c.relname::text COLLATE "C" <= 'ticket_fts_' || lpad(least(newest, 9999999999)::text, 10, '0')
                ORDER BY c.relname::text COLLATE "C" DESC LOOP
        low := substr(part, 12)::bigint;
        high := coalesce(high, newest + 1);
        missing := n - found_;
        rate := found_::double precision / greatest(seen, 1);
        -- the newest range: the planner's plan; after it, backwards only when missing / rate < 4 x rate x ids (pg/018),
        -- else every match from the range's index, sorted (rowid + 0: not the primary key read backwards)
        newest_first := CASE WHEN seen = 0 OR missing / greatest(rate, 1e-9) < 4 * rate * (high - low)
                             THEN 'rowid' ELSE 'rowid + 0' END;
        RETURN QUERY EXECUTE format('SELECT s.rowid, s.doc @@ $3, ts_rank($4, s.doc, $1) FROM (SELECT rowid, doc '
                                    'FROM %I WHERE doc @@ $1 ORDER BY %s DESC LIMIT $2) s', part, newest_first)
            USING q, missing, title, weights;
        GET DIAGNOSTICS got = ROW_COUNT;
        found_ := found_ + got;
        seen := seen + (high - low);
        high := low;
        EXIT WHEN found_ >= n;
    END LOOP;
END $$;
