-- Time rules, SLA policies and the sweep's bookkeeping (SPEC §3, §4).

-- The SLA table: a tier and optionally a priority band, an account plan and an account status (the most specific
-- matching row wins), with the business minutes a ticket stays green and yellow. Beyond yellow is red.
CREATE TABLE sla_policies (
    id             INTEGER PRIMARY KEY,
    tier           TEXT NOT NULL REFERENCES tiers(name) ON DELETE CASCADE,
    priority_band  TEXT CHECK (priority_band IN ('low', 'medium', 'high', 'urgent')),
    plan           TEXT,
    account_status TEXT CHECK (account_status IN ('paid', 'trial', 'community', 'potential', 'vip')),
    green_minutes  INTEGER NOT NULL CHECK (green_minutes > 0),
    yellow_minutes INTEGER NOT NULL CHECK (yellow_minutes >= green_minutes)
);
CREATE UNIQUE INDEX sla_policies_key
    ON sla_policies(tier, coalesce(priority_band, ''), coalesce(plan, ''), coalesce(account_status, ''));

-- SPEC §4 defaults: triage/t1 2h / 1bd; t2, t3 1bd / 2bd; t4, t5 2bd / 3bd (1bd = 8 business hours);
-- oncall on its 24x7 calendar 1h / 1.5h.
INSERT INTO sla_policies(tier, green_minutes, yellow_minutes) VALUES
    ('triage', 120, 480), ('t1', 120, 480),
    ('t2', 480, 960), ('t3', 480, 960),
    ('t4', 960, 1440), ('t5', 960, 1440),
    ('oncall', 60, 90);

-- When the next time rule can fire for a ticket (null: never). Kept current by every insert and update of a ticket,
-- so a sweep reads only the tickets that are due.
ALTER TABLE tickets ADD COLUMN next_due_at INTEGER;
-- When the SLA turns red (the target), for `list --sort sla`.
ALTER TABLE tickets ADD COLUMN sla_breach_at INTEGER;
-- When the sweep queued the pending reminder, and when priority growth last stepped: each rule's own mark, so no
-- rule fires twice for the same cause.
ALTER TABLE tickets ADD COLUMN reminded_at INTEGER;
ALTER TABLE tickets ADD COLUMN grown_at INTEGER;
CREATE INDEX tickets_next_due ON tickets(next_due_at) WHERE next_due_at IS NOT NULL;
-- Tickets older than this column are due at once: the next sweep works out their rules and schedules them (left
-- null, a ticket from schema 1 would never be swept again).
UPDATE tickets SET next_due_at = 0 WHERE status NOT IN ('closed', 'suspended');
CREATE INDEX tickets_sla_breach ON tickets(sla_breach_at);
