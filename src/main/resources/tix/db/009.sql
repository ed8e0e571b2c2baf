-- Permissions as data (issue 13). A role is a named set of rights; `agent`, `lead` and `admin` are built in (their
-- rights live in the code and cannot change), the desk's own roles live here.
CREATE TABLE roles (
    name TEXT PRIMARY KEY
);

CREATE TABLE role_rights (
    role       TEXT NOT NULL REFERENCES roles(name) ON DELETE CASCADE,
    right_name TEXT NOT NULL,
    PRIMARY KEY (role, right_name)
);

-- A members-only queue shows and gives its tickets only to its members (and to roles with `queue.all`).
ALTER TABLE queues ADD COLUMN members_only INTEGER NOT NULL DEFAULT 0;

CREATE TABLE queue_members (
    queue TEXT NOT NULL REFERENCES queues(name) ON DELETE CASCADE,
    agent TEXT NOT NULL REFERENCES agents(login) ON DELETE CASCADE,
    PRIMARY KEY (queue, agent)
);

-- agents.role allowed only 'agent' and 'admin'. The table is made again without that check: the role is now any
-- built-in or custom role's name (the service checks it names one). Dropping the table would cascade to
-- team_members and leave tickets.assignee dangling for a moment, so the memberships are kept aside and the foreign
-- keys checked at commit.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE agents_009 AS SELECT * FROM agents;
CREATE TABLE team_members_009 AS SELECT * FROM team_members;

DROP TABLE agents;

CREATE TABLE agents (
    login       TEXT PRIMARY KEY,
    name        TEXT,
    description TEXT,
    signature   TEXT,
    role        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    email       TEXT,
    notify      TEXT NOT NULL DEFAULT 'assigned' CHECK (notify IN ('none', 'assigned', 'all'))
);

INSERT INTO agents (login, name, description, signature, role, created_at, email, notify)
SELECT login, name, description, signature, role, created_at, email, notify FROM agents_009;

DELETE FROM team_members;
INSERT INTO team_members (team, agent) SELECT team, agent FROM team_members_009;

DROP TABLE agents_009;
DROP TABLE team_members_009;
