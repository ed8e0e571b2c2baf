-- Twin of ../009.sql: permissions as data (issue 13). A role is a named set of rights; `agent`, `lead` and `admin`
-- are built in (their rights live in the code), the desk's own roles live here.
CREATE TABLE roles (
    name TEXT PRIMARY KEY
);

CREATE TABLE role_rights (
    role       TEXT NOT NULL REFERENCES roles(name) ON DELETE CASCADE,
    right_name TEXT NOT NULL,
    PRIMARY KEY (role, right_name)
);

-- A members-only queue shows and gives its tickets only to its members (and to roles with `queue.all`).
ALTER TABLE queues ADD COLUMN members_only BIGINT NOT NULL DEFAULT 0;

CREATE TABLE queue_members (
    queue TEXT NOT NULL REFERENCES queues(name) ON DELETE CASCADE,
    agent TEXT NOT NULL REFERENCES agents(login) ON DELETE CASCADE,
    PRIMARY KEY (queue, agent)
);

-- agents.role allowed only 'agent' and 'admin'; now it is any built-in or custom role's name (the service checks
-- it names one). SQLite makes the table again to lose the check; PostgreSQL drops the constraint, whatever its name.
DO $$
DECLARE c text;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint
             WHERE conrelid = 'agents'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%role%'
    LOOP
        EXECUTE format('ALTER TABLE agents DROP CONSTRAINT %I', c);
    END LOOP;
END $$;
