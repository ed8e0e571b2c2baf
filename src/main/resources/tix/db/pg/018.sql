-- PostgreSQL only (../018.sql is its comment-only twin).
--
-- tix_search_window (pg/017) left each range's plan to the planner, and the planner misjudges one case: when few
-- matches are still missing, it reads the range's newest rows backwards, checking each document, rather than taking
-- the matches from the range's index and sorting them, because it costs a document check as next to nothing. On the
-- 1M demo desk (5M messages), the last 1,256 matches of `token` (a word of one ticket in forty) were found that way in
-- 47,000 rows (19 ms), where the index gives the range's 3,300 matches in 5 ms.
--
-- So from the second range on the function chooses itself, from what the newer ranges showed: reading backwards costs
-- about missing ÷ rate rows, each a quarter of what a match from the index costs (its row read, then sorted; measured
-- on the desk above), so backwards only when missing ÷ rate < 4 × rate × rows, rows being the range's ids. The
-- newest range is still the planner's: nothing has been seen yet, and it chooses well there (the index for a word of
-- a few tickets in a hundred, backwards for a word of most).
CREATE OR REPLACE FUNCTION tix_search_window(q tsquery, n INTEGER) RETURNS TABLE (rowid BIGINT, doc tsvector)
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
BEGIN
    FOR part IN SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                WHERE i.inhparent = 'ticket_fts'::regclass
                  AND c.relname::text COLLATE "C" <= 'ticket_fts_' || lpad(least(newest, 9999999999)::text, 10, '0')
                ORDER BY c.relname::text COLLATE "C" DESC LOOP
        low := substr(part, 12)::bigint;
        high := coalesce(high, newest + 1);
        missing := n - found_;
        rate := found_::double precision / greatest(seen, 1);
        IF seen = 0 OR missing / greatest(rate, 1e-9) < 4 * rate * (high - low) THEN
            RETURN QUERY EXECUTE format('SELECT rowid, doc FROM %I WHERE doc @@ $1 ORDER BY rowid DESC LIMIT $2', part)
                USING q, missing;
        ELSE -- every match from the range's index, sorted (rowid + 0: not the primary key read backwards)
            RETURN QUERY EXECUTE format('SELECT rowid, doc FROM %I WHERE doc @@ $1 ORDER BY rowid + 0 DESC LIMIT $2',
                                        part) USING q, missing;
        END IF;
        GET DIAGNOSTICS got = ROW_COUNT;
        found_ := found_ + got;
        seen := seen + (high - low);
        high := low;
        EXIT WHEN found_ >= n;
    END LOOP;
END $$;

-- Writing a ticket's search row after each message: this SQL function planned its UPDATE afresh at every call, its
-- argument unknown to the planner, so over all 46 ranges of pg/017: `tix note` took 6.8 ms on PostgreSQL where it
-- took 5.7 before the ranges. A kept generic plan is no better: it opens all 46 ranges at each run (1.5 ms against
-- 0.1). So the statements that find a ticket's search row are planned for each call with its id, and the planner
-- keeps only that ticket's range (force_custom_plan, for these functions' own statements only).
CREATE OR REPLACE FUNCTION messages_fts_body(ticket BIGINT) RETURNS void LANGUAGE plpgsql
    SET plan_cache_mode = force_custom_plan AS $$
BEGIN
    UPDATE ticket_fts SET body = coalesce((SELECT string_agg(m.body, chr(10) ORDER BY m.id) FROM messages m
                                           WHERE m.ticket_id = ticket), '')
     WHERE rowid = ticket;
END $$;
ALTER FUNCTION tickets_fts() SET plan_cache_mode = force_custom_plan;
