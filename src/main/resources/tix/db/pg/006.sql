-- Twin of ../006.sql: controlled tag families with a family row.

DROP TABLE tagsets;

CREATE TABLE tag_families (
    family TEXT PRIMARY KEY,
    single BIGINT NOT NULL DEFAULT 0 CHECK (single IN (0, 1))
);

CREATE TABLE tagsets (
    family TEXT NOT NULL REFERENCES tag_families(family) ON DELETE CASCADE,
    tag    TEXT NOT NULL,
    PRIMARY KEY (family, tag)
);

ALTER TABLE agents ADD COLUMN email TEXT;
ALTER TABLE agents ADD COLUMN notify TEXT NOT NULL DEFAULT 'assigned' CHECK (notify IN ('none', 'assigned', 'all'));
