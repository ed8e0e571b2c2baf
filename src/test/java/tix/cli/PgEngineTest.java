package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.PgCluster;
import tix.TixRunner;
import tix.app.Store;
import tix.store.pg.PgStore;
import tix.store.sqlite.SqliteStore;

/**
 * What is PostgreSQL's own: the URL, its password, its locks, its refusals, and moving a desk between the engines.
 * Runs against the tests' real PostgreSQL (PgCluster) in every build; the shared CLI tests run on it too in the
 * build's `postgresql` execution.
 */
class PgEngineTest {
    @TempDir
    Path dir;

    @Test
    void everySqliteMigrationHasItsPostgresqlTwin() {
        assertEquals(SqliteStore.latestVersion(), PgStore.latestVersion(),
                "add src/main/resources/tix/db/pg/NNN.sql for each tix/db/NNN.sql (docs/development.md)");
        for (int v = 1; v <= SqliteStore.latestVersion(); v++) {
            String name = String.format("/tix/db/%03d.sql", v);
            if (getClass().getResource(name) == null) continue;
            assertNotNull(getClass().getResource(String.format("/tix/db/pg/%03d.sql", v)), "no PostgreSQL twin of " + name);
        }
    }

    @Test
    void aDeskWorksThroughItsUrlAndAnEmptyDatabaseIsNoDesk() {
        TixRunner tix = new TixRunner(dir, true).as("lead");
        TixRunner.Result missing = tix.run("list");
        assertEquals(3, missing.code(), missing.toString());
        assertTrue(missing.err().startsWith("tix: no desk at postgresql://tix@127.0.0.1:"), missing.err());
        tix.ok("init");
        tix.ok("create", "--title", "Printer on fire", "--requester", "carla@example.com", "--body", "It smokes");
        assertEquals("Printer on fire", tix.ok("show", "1", "--json").json().get("title").asText());
        assertEquals(1, tix.ok("search", "fire", "--json").json().size());
        assertTrue(tix.ok("check").out().startsWith("ok: postgresql://"), "check works on PostgreSQL");
    }

    @Test
    void demoFillsAnEmptyDatabaseAtItsUrlAndRefusesOneThatHoldsADesk() throws Exception {
        TixRunner day = new TixRunner(Files.createDirectories(dir.resolve("day")), true).as("lead");
        TixRunner.Result acted = day.ok("demo");
        assertTrue(acted.out().startsWith("Demo desk: postgresql://"), acted.out());
        assertTrue(acted.out().contains("Explore it yourself:  ./tix --db postgresql://"), acted.out());
        assertEquals("Cannot log in after password reset", day.ok("show", "1", "--json").json().get("title").asText());
        assertEquals(3, day.ok("list", "--json", "--status", "new,open,pending,resolved").json().size());
        String before = day.dump();
        TixRunner.Result again = day.run("demo");
        assertEquals(4, again.code(), again.toString());
        assertTrue(again.err().startsWith("tix: demo wants a new database, postgresql://"), again.err());
        assertEquals(before, day.dump(), "a refused demo leaves the desk as it was");

        TixRunner generated = new TixRunner(Files.createDirectories(dir.resolve("gen")), true).as("lead");
        TixRunner.Result made = generated.ok("demo", "--tickets", "40", "--seed", "7");
        assertTrue(made.out().startsWith("Demo desk: postgresql://") && made.out().contains("Generated 40 tickets"), made.out());
        assertEquals(40, generated.ok("export", "--json").json().size());
        assertTrue(generated.ok("check").out().startsWith("ok: postgresql://"));
    }

    @Test
    void aDatabaseOfAnotherProgramIsRefusedAndLeftAlone() throws Exception {
        TixRunner tix = new TixRunner(dir, true).as("lead");
        tix.sql("CREATE TABLE invoices (id integer)");
        TixRunner.Result r = tix.run("init");
        assertEquals(6, r.code(), r.toString());
        assertTrue(r.err().startsWith("tix: not a tix database: postgresql://"), r.err());
        assertTrue(tix.dump().contains("== invoices\n\"id\"\n") && !tix.dump().contains("== tickets"), tix.dump());
    }

    @Test
    void aWriterThatWaitsPastTheLockTimeoutIsBusyAndChangesNothing() throws Exception {
        TixRunner tix = new TixRunner(dir, true).as("lead");
        tix.ok("init");
        tix.ok("create", "--title", "Shared", "--requester", "carla@example.com");
        String before = tix.dump();
        try (Connection holder = tix.connection(); Statement st = holder.createStatement()) {
            st.execute("BEGIN");
            st.execute("SELECT pg_advisory_xact_lock(" + 0x746978 + ", 0)"); // the desk's writer lock
            TixRunner.Result r = tix.run("note", "1", "--body", "waited", "--db", tix.location() + "?options=-c%20lock_timeout=300");
            assertEquals(6, r.code(), r.toString());
            assertTrue(r.err().startsWith("tix: database postgresql://") && r.err().contains("is busy"), r.err());
            // reads never wait for the writer
            assertEquals(0, tix.run("show", "1").code());
            st.execute("ROLLBACK");
        }
        assertEquals(before, tix.dump());
        tix.ok("note", "1", "--body", "after");
    }

    @Test
    void upgradingADeskSplitsItsSearchTableIntoRangesOfIdsAndSearchFindsEveryTicket() {
        TixRunner tix = new TixRunner(dir, true).as("lead");
        tix.ok("init");
        tix.ok("create", "--title", "Printer on fire", "--requester", "carla@example.com", "--body", "It smokes");
        tix.sql("ALTER TABLE tickets ALTER COLUMN id RESTART WITH 70000"); // the next ticket in the second range
        tix.ok("create", "--title", "Scanner offline", "--requester", "carla@example.com", "--body", "the printer is fine");
        // the search table as migration pg/015 made it and 016 left it: one table, one index
        tix.sql("CREATE TABLE ticket_fts_016 (rowid BIGINT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL DEFAULT '', "
                + "doc tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', tix_fold(title)), 'A') "
                + "|| setweight(to_tsvector('simple', tix_fold(body)), 'B')) STORED)");
        tix.sql("INSERT INTO ticket_fts_016(rowid, title, body) SELECT rowid, title, body FROM ticket_fts");
        tix.sql("DROP TABLE ticket_fts");
        tix.sql("DROP FUNCTION tix_search_window");
        tix.sql("ALTER TABLE ticket_fts_016 RENAME TO ticket_fts");
        tix.sql("ALTER INDEX ticket_fts_016_pkey RENAME TO ticket_fts_pkey");
        tix.sql("CREATE INDEX ticket_fts_doc ON ticket_fts USING gin(doc)");
        tix.sql("UPDATE tix_schema SET version = 16");

        assertEquals(java.util.List.of(1L, 70000L), tix.ids("search", "printer"),
                "after the upgrade both tickets are found, the title's first");
        assertEquals(java.util.List.of(70000L), tix.ids("search", "scanner"));
        try (Connection c = PgCluster.connect(tix.location()); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT tableoid::regclass::text, rowid FROM ticket_fts ORDER BY rowid")) {
            StringBuilder rows = new StringBuilder();
            while (rs.next()) rows.append(rs.getString(1)).append(' ').append(rs.getLong(2)).append('\n');
            assertEquals("ticket_fts_0000000000 1\nticket_fts_0000065536 70000\n", rows.toString(),
                    "each row moved into the range of its id");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        tix.ok("reply", "70000", "--body", "Scanner back online");
        assertEquals(java.util.List.of(70000L), tix.ids("search", "online"), "a new message is searchable in its range");
        assertTrue(tix.ok("check").out().startsWith("ok: postgresql://"), "check passes on the upgraded desk");
    }

    @Test
    void oneSweepAtATimeAcrossConnections() {
        String url = PgCluster.get().newDatabase();
        try (Store a = new PgStore(url, null, true); Store b = new PgStore(url, null, true)) {
            var held = a.tryLock("sweep");
            assertTrue(held.isPresent());
            assertFalse(b.tryLock("sweep").isPresent(), "a second sweep anywhere waits its turn");
            assertTrue(b.tryLock("other").isPresent(), "locks are per name");
            held.get().close();
            assertTrue(b.tryLock("sweep").isPresent());
        }
    }

    @Test
    void aDeskCopiedToPostgresqlAndBackIsTheSameRowForRow() throws Exception {
        Desk desk = new Desk(dir.resolve("a"));
        desk.agent("ana", "agent");
        long one = desk.create("Printer on fire", "--tag", "hardware");
        long two = desk.create("Login broken");
        desk.tix.ok("merge", String.valueOf(one), "--into", String.valueOf(two));
        desk.tix.ok("reply", String.valueOf(two), "--body", "We are on it");
        desk.tix.ok("queue", "add", "billing", "--address", "billing@example.com,Bills@example.com");
        // a row in each table of migrations 009 to 013: roles, members, watchers, notifications, fields, tag names, notes
        desk.tix.ok("role", "add", "clerk", "--right", "ticket.see,ticket.work");
        desk.tix.ok("queue", "member", "add", "billing", "ana");
        desk.tix.ok("team", "add", "product");
        desk.tix.ok("follow", String.valueOf(two));
        desk.tix.ok("notify", String.valueOf(two), "--team", "product", "--note", "Third customer asking for SSO");
        desk.tix.ok("field", "add", "plan", "--type", "text");
        desk.tix.ok("edit", String.valueOf(two), "--set", "plan=gold");
        desk.tix.ok("tag", String.valueOf(two), "+Insufficient Documentation");
        desk.tix.ok("known", "create", "--title", "Login loops");
        desk.tix.ok("known", "note", "1", "Workaround: clear the SSO cookie");
        // and of migration 012: a queue's CC, a reply's To and Cc (message and outbox), a side conversation
        desk.tix.ok("queue", "set", "billing", "--cc", "audit@example.com");
        desk.tix.ok("reply", String.valueOf(two), "--body", "Copying our tier 2", "--cc", "tier2@example.com");
        desk.tix.ok("side", String.valueOf(two), "--to", "support@partner.example", "--cc", "dev@example.com",
                "--body", "Do you see SSO loops too?");
        String file = desk.tix.db().toString();
        String url = PgCluster.get().newDatabase();

        TixRunner.Result r = desk.tix.ok("db", "copy", file, url);
        assertTrue(r.out().matches("Copied .* to postgresql://tix@127\\.0\\.0\\.1:\\d+/\\w+: 2 tickets, \\d+ rows in \\d+ "
                + "tables, compared row for row\\.\n"), r.out());
        TixRunner pg = new TixRunner(dir.resolve("b"), false).as("lead").at(Desk.T0);
        TixRunner.Result onPg = pg.run("--db", url, "show", String.valueOf(two), "--json");
        assertEquals(desk.tix.ok("show", String.valueOf(two), "--json").out(), onPg.out(), onPg.toString());
        assertEquals(1, pg.run("--db", url, "search", "on it", "--json").json().size(),
                "the search index is built in the copy");
        try (Connection c = PgCluster.connect(url); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT reltuples FROM pg_class WHERE oid = 'tickets'::regclass")) {
            rs.next();
            assertEquals(2, rs.getLong(1), "the copy leaves the planner's statistics taken (-1: never analysed)");
        }
        pg.run("--db", url, "create", "--title", "Third", "--requester", "x@example.com");
        assertEquals(3, pg.run("--db", url, "show", "3", "--json").json().get("id").asInt(), "ids continue after the copy");

        Path back = dir.resolve("back.db");
        String fresh = PgCluster.get().newDatabase();
        desk.tix.ok("db", "copy", file, fresh);
        desk.tix.ok("db", "copy", fresh, back.toString());
        TixRunner copy = new TixRunner(Files.createDirectories(dir.resolve("c")), false);
        Files.copy(back, copy.db());
        assertEquals(desk.tix.dump(), copy.dump(), "SQLite -> PostgreSQL -> SQLite keeps every row");
        assertEquals(0, copy.run("check").code());
    }

    @Test
    void aCopyNeverMergesIntoAnExistingDesk() {
        Desk desk = new Desk(dir.resolve("a"));
        desk.create("Mine");
        TixRunner other = new TixRunner(dir.resolve("b"), true).as("lead");
        other.ok("init");
        other.ok("create", "--title", "Theirs", "--requester", "bob@example.com");
        String before = other.dump();
        TixRunner.Result r = desk.tix.run("db", "copy", desk.tix.db().toString(), other.location());
        assertEquals(4, r.code(), r.toString());
        assertTrue(r.err().startsWith("tix: postgresql://") && r.err().contains("already holds a desk"), r.err());
        assertEquals(before, other.dump());
        TixRunner.Result exists = desk.tix.run("db", "copy", other.location(), desk.tix.db().toString());
        assertEquals(4, exists.code(), exists.toString());
    }

    @Test
    void thePasswordComesFromPgpassOnlyWhenNobodyElseMayReadIt() throws Exception {
        Path pass = dir.resolve(".pgpass");
        Files.writeString(pass, "# comment\nother:5432:*:*:nope\ndb.example.com:5432:helpdesk:tix:s\\:cret\n*:*:*:*:any\n");
        PgPassword.Target t = PgPassword.Target.of("postgresql://tix@db.example.com/helpdesk");
        assertEquals("s:cret", PgPassword.fromPassFile(pass, t));
        assertEquals("any", PgPassword.fromPassFile(pass, PgPassword.Target.of("postgresql://ana@h:6543/x")));

        TixRunner tix = new TixRunner(dir, false).env("HOME", dir.toString());
        Files.setPosixFilePermissions(pass, PosixFilePermissions.fromString("rw-r--r--"));
        Path config = dir.resolve("config/tix/config");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "db.password = fromconfig\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
        TixRunner.Result r = tix.run("list", "--db", "postgresql://tix@127.0.0.1:1/none");
        assertEquals(2, r.code(), "a world-readable .pgpass is ignored and a world-readable config refused: " + r);
        assertTrue(r.err().contains("holds db.password but others may read it"), r.err());
    }
}
