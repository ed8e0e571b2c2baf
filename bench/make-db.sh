#!/usr/bin/env bash
# Builds a tix database with N tickets (default 10,000) in a few seconds: `tix init` makes the schema (every
# migration of this build), then one sqlite3 transaction fills it with contacts, tickets, messages, tags and events
# shaped like a real desk (mixed statuses, priorities, tiers, assignees; two messages and three events per ticket).
#   bench/make-db.sh FILE [N]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
db=${1:?usage: bench/make-db.sh FILE [N]}
n=${2:-10000}
step=$((31536000000 / n)) # the tickets span one year whatever N is (every ~52 minutes at 10,000)
command -v sqlite3 >/dev/null || { echo "bench: sqlite3 is needed (apt-get install sqlite3)" >&2; exit 1; }
rm -f "$db" "$db-wal" "$db-shm"
"$here/../tix" --db "$db" --as lead --now 2026-01-05T08:00:00Z -q init >/dev/null
sqlite3 "$db" >/dev/null <<SQL
PRAGMA foreign_keys = ON;
BEGIN;
INSERT INTO agents(login, name, role, created_at) VALUES
  ('ana', 'Ana Lima', 'agent', 1767600000000), ('ben', 'Ben Okafor', 'agent', 1767600000000),
  ('caro', 'Caro Diaz', 'agent', 1767600000000), ('dev', 'Dev Patel', 'admin', 1767600000000);
INSERT INTO accounts(id, name, plan, status)
  WITH RECURSIVE a(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM a WHERE i < 200)
  SELECT i, 'Account ' || i, CASE i % 3 WHEN 0 THEN 'pro' WHEN 1 THEN 'team' ELSE 'free' END,
         CASE i % 5 WHEN 0 THEN 'paid' WHEN 1 THEN 'trial' WHEN 2 THEN 'community' WHEN 3 THEN 'potential' ELSE 'vip' END
  FROM a;
INSERT INTO contacts(id, email, name, account_id)
  WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 2000)
  SELECT i, 'customer' || i || '@example.com', 'Customer ' || i, 1 + i % 200 FROM c;
-- ticket i: created over the past year, one every ~52 minutes; most are closed, as on a real desk
INSERT INTO tickets(id, title, status, priority, channel, queue, tier, assignee, sticky, requester_id, created_at,
                    updated_at, version, status_changed_at, tier_entered_at, last_reply_at, last_customer_at, sla_colour,
                    status_until)
  WITH RECURSIVE t(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM t WHERE i < $n)
  SELECT i,
         'Ticket ' || i || ': ' || CASE i % 6 WHEN 0 THEN 'cannot log in after password reset'
              WHEN 1 THEN 'invoice shows the wrong VAT rate' WHEN 2 THEN 'export contacts to CSV'
              WHEN 3 THEN 'webhook deliveries are delayed' WHEN 4 THEN 'SSO redirect loops' ELSE 'feature request: dark mode' END,
         CASE WHEN i > $n - 300 THEN (CASE i % 4 WHEN 0 THEN 'new' WHEN 1 THEN 'open' WHEN 2 THEN 'pending' ELSE 'open' END)
              WHEN i > $n - 1500 THEN (CASE i % 3 WHEN 0 THEN 'resolved' WHEN 1 THEN 'waiting' ELSE 'hold' END)
              ELSE 'closed' END,
         1 + (i * 37) % 99,
         CASE i % 5 WHEN 0 THEN 'email' WHEN 1 THEN 'web' WHEN 2 THEN 'phone' WHEN 3 THEN 'chat' ELSE 'agent' END,
         'support',
         CASE i % 7 WHEN 0 THEN 'triage' WHEN 1 THEN 't1' WHEN 2 THEN 't1' WHEN 3 THEN 't2' WHEN 4 THEN 't3' WHEN 5 THEN 't4' ELSE 'oncall' END,
         CASE i % 5 WHEN 0 THEN NULL WHEN 1 THEN 'ana' WHEN 2 THEN 'ben' WHEN 3 THEN 'caro' ELSE 'dev' END,
         1, 1 + (i * 7) % 2000,
         1735689600000 + i * $step, 1735689600000 + i * $step + 3600000, 3,
         1735689600000 + i * $step + 3600000, 1735689600000 + i * $step,
         CASE WHEN i % 4 = 0 THEN NULL ELSE 1735689600000 + i * $step + 3600000 END,
         1735689600000 + i * $step,
         CASE i % 4 WHEN 0 THEN 'green' WHEN 1 THEN 'yellow' WHEN 2 THEN 'red' ELSE 'none' END,
         NULL
  FROM t;
-- hold and waiting tickets wait until a month after they were answered
UPDATE tickets SET status_until = updated_at + 30 * 86400000 WHERE status IN ('hold', 'waiting');
-- as migration 002 does: every live ticket is due for the sweep, which computes its next rule time (below)
UPDATE tickets SET next_due_at = 0 WHERE status NOT IN ('closed', 'suspended');
INSERT INTO ticket_tags(ticket_id, tag, tag_key)
  SELECT id, x, x FROM (SELECT id, CASE id % 3 WHEN 0 THEN 'billing' WHEN 1 THEN 'login' ELSE 'export' END AS x FROM tickets);
-- each tag's display name, as tix writes it when a ticket is first tagged
INSERT OR IGNORE INTO tag_names(tag_key, display) VALUES ('billing', 'billing'), ('login', 'login'), ('export', 'export');
INSERT INTO messages(ticket_id, kind, author, body, created_at)
  SELECT t.id, 'customer', c.email, 'Hello, ' || t.title || '. It started this morning and blocks our whole team.', t.created_at
  FROM tickets t JOIN contacts c ON c.id = t.requester_id;
INSERT INTO messages(ticket_id, kind, author, body, created_at)
  SELECT id, 'reply', coalesce(assignee, 'ana'), 'Thanks for the report: we are looking into it and will write back today.', created_at + 3600000
  FROM tickets WHERE last_reply_at IS NOT NULL;
INSERT INTO events(ticket_id, at, actor, action, field, old, new)
  SELECT id, created_at, 'lead', 'created', NULL, NULL, NULL FROM tickets;
INSERT INTO events(ticket_id, at, actor, action, field, old, new)
  SELECT id, created_at + 60000, 'lead', 'assigned', 'assignee', NULL, assignee FROM tickets WHERE assignee IS NOT NULL;
INSERT INTO events(ticket_id, at, actor, action, field, old, new)
  SELECT id, created_at + 3600000, coalesce(assignee, 'ana'), 'status', 'status', 'new', status FROM tickets WHERE status <> 'new';
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
ANALYZE;
SQL
# the sweep cron would have run: next rule times computed, whatever was due applied (tix check is clean after it)
"$here/../tix" --db "$db" --as lead --now 2026-01-05T08:00:00Z -q sweep >/dev/null
echo "$db: $(sqlite3 "$db" 'SELECT count(*) FROM tickets') tickets, $(sqlite3 "$db" "SELECT count(*) FROM tickets WHERE status <> 'closed'") not closed"
