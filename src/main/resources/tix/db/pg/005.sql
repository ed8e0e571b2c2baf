-- Twin of ../005.sql: the title trigger of 001 already fires only on a real title change here (IS DISTINCT FROM);
-- the requester index gets the id tie-break.

DROP INDEX tickets_requester;
CREATE INDEX tickets_requester ON tickets(requester_id, created_at DESC, id DESC);
