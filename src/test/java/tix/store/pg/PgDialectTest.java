package tix.store.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The SQLite forms the repositories use, as PostgreSQL is given them (each is also run by the desk tests on both engines). */
class PgDialectTest {
    @Test
    void theSqliteFormsAreSpelledForPostgresql() {
        assertEquals("INSERT INTO teams(name) VALUES (?) ON CONFLICT DO NOTHING",
                PgDialect.translateSql("INSERT OR IGNORE INTO teams(name) VALUES (?)"));
        assertEquals("SELECT (SELECT string_agg((tag)::text, chr(31)) FROM (SELECT tag FROM ticket_tags WHERE ticket_id = t.id "
                        + "ORDER BY tag ASC NULLS FIRST) AS sub) AS tags",
                PgDialect.translateSql("SELECT (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM ticket_tags WHERE "
                        + "ticket_id = t.id ORDER BY tag ASC)) AS tags"));
        assertEquals("SELECT (SELECT string_agg((name)::text, chr(31)) FROM (SELECT coalesce(n.display, g.tag) AS name FROM "
                        + "ticket_tags g LEFT JOIN tag_names n ON n.tag_key = g.tag_key WHERE g.ticket_id = t.id ORDER BY "
                        + "g.tag_key) AS sub) AS tags, (SELECT count(*) FROM (SELECT 1 FROM x) AS y) AS n",
                PgDialect.translateSql("SELECT (SELECT group_concat(name, char(31)) FROM (SELECT coalesce(n.display, g.tag) "
                        + "AS name FROM ticket_tags g LEFT JOIN tag_names n ON n.tag_key = g.tag_key WHERE g.ticket_id = "
                        + "t.id ORDER BY g.tag_key)) AS tags, (SELECT count(*) FROM (SELECT 1 FROM x) AS y) AS n"));
        assertEquals("SELECT string_agg((name || chr(31) || value)::text, chr(30)) FROM ticket_fields",
                PgDialect.translateSql("SELECT group_concat(name || char(31) || value, char(30)) FROM ticket_fields"));
        assertEquals("SELECT string_agg(DISTINCT (ticket_id)::text, ',') FROM messages WHERE strpos(tag, ':') > 1 "
                        + "ORDER BY n DESC NULLS LAST",
                PgDialect.translateSql("SELECT group_concat(DISTINCT ticket_id) FROM messages WHERE instr(tag, ':') > 1 "
                        + "ORDER BY n DESC"));
    }
}
