-- PostgreSQL only (../016.sql is its comment-only twin).
--
-- tix sorts as SQLite does, NULL the smallest value (PgDialect writes every ASC as ASC NULLS FIRST and every DESC as
-- DESC NULLS LAST), but these two indexes were made in PostgreSQL's own order (DESC puts NULLs first), so the
-- planner could not read either in a query's order: `list --status open --limit 50` read all 40,000 open tickets of
-- the 1M demo desk and sorted them (60 ms) where reading the index's first 50 entries does. The id at the end is the
-- last sort key of `list` (SQLite's index holds it as the rowid).
DROP INDEX tickets_active;
CREATE INDEX tickets_active ON tickets(status, priority DESC NULLS LAST, created_at ASC NULLS FIRST, id ASC NULLS FIRST);
DROP INDEX tickets_requester;
CREATE INDEX tickets_requester ON tickets(requester_id, created_at DESC NULLS LAST, id DESC NULLS LAST);
