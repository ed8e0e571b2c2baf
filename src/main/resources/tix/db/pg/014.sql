-- Twin of ../014.sql: outbox mail is claimed (`sending`, by whom and when) before it is delivered; a claim a dead
-- `mail send` left becomes `unsure` for a person to resolve. PostgreSQL alters the check in place.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_at BIGINT;
ALTER TABLE outbox DROP CONSTRAINT outbox_status_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check
    CHECK (status IN ('queued', 'sent', 'failed', 'held', 'manual', 'sending', 'unsure'));
