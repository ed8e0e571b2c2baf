-- People around a ticket (issue 13): watchers, what each agent is told, a tier's team, and the notifications sent.

-- Watchers of a ticket: an agent or a whole team (exactly one of the two). They hear of the ticket's customer
-- replies, status changes, escalations and SLA red as their notification choices say. Removing the agent or the
-- team removes their watching.
CREATE TABLE watchers (
    id        INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    agent     TEXT REFERENCES agents(login) ON DELETE CASCADE,
    team      TEXT REFERENCES teams(name) ON DELETE CASCADE,
    CHECK ((agent IS NULL) <> (team IS NULL))
);
CREATE UNIQUE INDEX watchers_key ON watchers(ticket_id, coalesce(agent, ''), coalesce(team, ''));

-- What an agent is told of, as a comma list of events (new, reply, assigned, escalation, sla, status, mention).
-- NULL: the preset named by agents.notify (none, assigned = all but new, all).
ALTER TABLE agents ADD COLUMN notify_on TEXT;

-- The team a tier belongs to: escalations into the tier notify it, and in `oncall` its members' take or note
-- acknowledges the page. init's on-call tier gets the team `oncall`.
ALTER TABLE tiers ADD COLUMN team TEXT REFERENCES teams(name) ON DELETE SET NULL;
INSERT INTO teams(name) SELECT 'oncall' WHERE EXISTS (SELECT 1 FROM tiers WHERE name = 'oncall')
    AND NOT EXISTS (SELECT 1 FROM teams WHERE name = 'oncall');
UPDATE tiers SET team = 'oncall' WHERE name = 'oncall' AND team IS NULL;

-- Every notification: who was told what about which ticket. Mail goes through the outbox (outbox_id) when the agent
-- has an address; the desk's hook command (config notify.hook) is given each one as JSON: hook_status is NULL when
-- no hook was set, else queued, sent or failed (hook_error: why).
CREATE TABLE notifications (
    id          INTEGER PRIMARY KEY,
    ticket_id   INTEGER REFERENCES tickets(id) ON DELETE CASCADE,
    agent       TEXT NOT NULL,
    event       TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    outbox_id   INTEGER REFERENCES outbox(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    hook_status TEXT CHECK (hook_status IN ('queued', 'sending', 'sent', 'failed')),
    hook_error  TEXT
);
CREATE INDEX notifications_hook ON notifications(hook_status);
CREATE INDEX notifications_ticket ON notifications(ticket_id);
