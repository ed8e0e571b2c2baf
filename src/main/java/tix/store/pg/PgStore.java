package tix.store.pg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import tix.app.Store;
import tix.domain.DomainException;
import tix.store.sqlite.DeskCopy;
import tix.store.sqlite.JdbcDesk;
import tix.store.sqlite.Repositories;
import tix.store.sqlite.SqliteStore;

/**
 * A desk in a PostgreSQL database: the same repositories as SQLite (through {@link PgDialect}), its own numbered
 * migrations ({@code tix/db/pg/NNN.sql}, twins of SQLite's), and the engine's own locking.
 *
 * <p>Writers are serialised as SQLite serialises them: a write transaction first takes the desk's transaction-scoped
 * advisory lock, then reads and writes at READ COMMITTED (each statement sees every commit before it, so the
 * version checks of {@code --if-version} and of every update stay exact). Reads run at REPEATABLE READ: one
 * snapshot. Waiting longer than the lock timeout, or a deadlock or serialisation failure that still happens after
 * the retries, is "busy" (exit 6). The driver is loaded only here, so a SQLite desk never pays for it.
 */
public final class PgStore implements Store, JdbcDesk {
    /** How long a statement waits for a lock before the command gives up with exit 6 (as SQLite's busy timeout). */
    static final int LOCK_TIMEOUT_MS = 10_000;
    /** Tries of a transaction that failed on a deadlock or serialisation failure. */
    static final int ATTEMPTS = 5;
    /** Advisory lock keys: (TIX, 0) for writers and migrations; (TIX, hash of the name) for {@link #tryLock}. */
    private static final int TIX = 0x746978;

    private final PgUrl url;
    private final String password;
    /** Whether an empty database may become a desk (init, demo, import --create); else it is refused as missing. */
    private final boolean mayCreate;
    private Connection connection;
    private Repositories repositories;

    public PgStore(String url, String password, boolean mayCreate) {
        this.url = PgUrl.parse(url);
        this.password = password;
        this.mayCreate = mayCreate;
    }

    /** The database as messages name it: the URL without a password. */
    @Override
    public String where() {
        return url.display();
    }

    /** Whether {@code location} names a PostgreSQL database rather than a SQLite file. */
    public static boolean isUrl(String location) {
        return PgUrl.isUrl(location);
    }

    @Override
    public <R> R write(Work<R> work) {
        return inTransaction(true, work);
    }

    @Override
    public <R> R read(Work<R> work) {
        return inTransaction(false, work);
    }

    /**
     * One transaction in as few round trips as the protocol allows: the connection is not in autocommit, so the
     * driver sends its own BEGIN (BEGIN READ ONLY for a read) together with the transaction's first statement, and
     * the COMMIT is the only round trip of its own. Reads run at the session's REPEATABLE READ (set once when the
     * connection opens); a write's first statement switches its transaction to READ COMMITTED and takes the
     * writers' lock, in one round trip.
     */
    private <R> R inTransaction(boolean write, Work<R> work) {
        Connection c = connection();
        for (int attempt = 1; ; attempt++) {
            try {
                c.setReadOnly(!write); // a flag for the driver's next BEGIN, not a statement
                if (write) {
                    try (Statement st = c.createStatement()) {
                        st.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(" + TIX + ", 0)");
                    }
                }
                R result;
                try {
                    result = work.run(repositories.tx());
                } catch (RuntimeException | Error e) {
                    rollback(c);
                    throw e;
                }
                c.commit();
                return result;
            } catch (SQLException e) {
                rollback(c);
                if (retryable(e) && attempt < ATTEMPTS) {
                    pause(attempt);
                    continue;
                }
                throw translate(e, where());
            } catch (DomainException e) {
                if (e.getCause() instanceof SQLException && retryable((SQLException) e.getCause()) && attempt < ATTEMPTS) {
                    pause(attempt);
                    continue;
                }
                throw e;
            }
        }
    }

    private static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(10L * attempt + (long) (Math.random() * 20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException(DomainException.Reason.INTERRUPTED, "interrupted",
                    "nothing was changed: the command's transaction was rolled back", e);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback(); // nothing is sent when no transaction is open
        } catch (SQLException ignored) {
            // no transaction was open, or the connection is gone: nothing to undo
        }
    }

    /** A PostgreSQL error as tix says it; SQLSTATE classes decide (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
    static DomainException translate(SQLException e, String where) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("55P03") || state.equals("57014") || state.equals("40001") || state.equals("40P01")) {
            return new DomainException(DomainException.Reason.BUSY, "database " + where + " is busy",
                    "another tix held the lock for " + LOCK_TIMEOUT_MS / 1000 + " s; try again", e);
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
            return new DomainException(DomainException.Reason.BUSY, "cannot reach database " + where,
                    firstLine(e.getMessage()), e);
        }
        if (state.startsWith("28")) {
            return new DomainException(DomainException.Reason.BUSY, "cannot log in to database " + where,
                    "check the user and the password (PGPASSWORD, ~/.pgpass or db.password in the config file)", e);
        }
        if (state.equals("3D000")) {
            return new DomainException(DomainException.Reason.NOT_FOUND, "no database " + where,
                    "create it first: createdb NAME, then tix init", e);
        }
        if (state.equals("25006") || state.equals("42501")) {
            return new DomainException(DomainException.Reason.BUSY, "database " + where + " is read-only",
                    "the PostgreSQL user may not write there", e);
        }
        return new DomainException(DomainException.Reason.INTERNAL, "database error: " + firstLine(e.getMessage()),
                "run with TIX_DEBUG=1 for details", e);
    }

    private static String firstLine(String s) {
        if (s == null) return "no details";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private Connection connection() {
        if (connection == null) {
            connection = open();
            repositories = new Repositories(connection, new PgDialect(where()));
        }
        return connection;
    }

    private Connection open() {
        Properties props = url.properties();
        if (password != null) props.setProperty("password", password);
        props.setProperty("ApplicationName", "tix");
        // the server's messages are read by tix, not shown: keep them in English whatever the server's locale
        // the URL's own options come last, so they win (e.g. options=-c%20lock_timeout=500)
        String own = props.getProperty("options");
        // reads are one snapshot (REPEATABLE READ) unless a write's first statement says otherwise: set once here,
        // in the start-up packet, so no transaction pays a statement for it
        props.setProperty("options", "-c lc_messages=C -c lock_timeout=" + LOCK_TIMEOUT_MS
                + " -c client_min_messages=warning -c default_transaction_isolation=repeatable\\ read"
                + (own == null ? "" : " " + own));
        Connection c;
        try {
            // the driver is named here, not found by DriverManager: nothing scans the class path for drivers
            c = new org.postgresql.Driver().connect(url.jdbc(), props);
            if (c == null) throw new SQLException("the driver refused " + url.jdbc(), "08001");
        } catch (SQLException e) {
            throw translate(e, where());
        }
        try {
            migrate(c);
            c.setAutoCommit(false); // from here the driver begins each transaction with its first statement
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(e, where());
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
        return c;
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // a connection we give up on
        }
    }

    /** Migration numbers are looked for up to this one (as SQLite's). */
    private static final int MAX_MIGRATION = 99;

    /** The schema version this binary writes: the highest PostgreSQL migration it carries. */
    public static int latestVersion() {
        for (int v = MAX_MIGRATION; v > 0; v--) {
            if (PgStore.class.getResource(migrationName(v)) != null) return v;
        }
        return 0;
    }

    static String migrationName(int version) {
        return String.format("/tix/db/pg/%03d.sql", version);
    }

    /** The version the database is at: 0 for an empty database; -1 for one with tables that are not a desk's. */
    private static int version(Statement st) throws SQLException {
        // the catalog, not information_schema: this runs at every start
        try (var rs = st.executeQuery("SELECT to_regclass('tix_schema') IS NOT NULL, EXISTS (SELECT 1 FROM pg_class "
                + "WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p', 'v'))")) {
            rs.next();
            if (!rs.getBoolean(1)) return rs.getBoolean(2) ? -1 : 0;
        }
        try (var rs = st.executeQuery("SELECT max(version) FROM tix_schema")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void migrate(Connection c) throws SQLException {
        int latest = latestVersion();
        try (Statement st = c.createStatement()) {
            int current = version(st);
            if (current == latest) return;
            check(current, latest);
            if (current == 0 && !mayCreate) {
                throw DomainException.notFound("no desk at " + where(), "create it with 'tix init'");
            }
            c.setAutoCommit(false);
            try {
                // under the writers' lock, read again: another tix may have migrated meanwhile
                st.execute("SELECT pg_advisory_xact_lock(" + TIX + ", 0)");
                int now = version(st);
                check(now, latest);
                if (now == 0) st.execute("CREATE TABLE tix_schema (version INTEGER NOT NULL)");
                for (int v = now + 1; v <= latest; v++) {
                    if (PgStore.class.getResource(migrationName(v)) == null) continue;
                    st.execute(resource(migrationName(v)));
                    st.execute("DELETE FROM tix_schema");
                    st.execute("INSERT INTO tix_schema(version) VALUES (" + v + ")");
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        }
    }

    private void check(int current, int latest) {
        if (current < 0) {
            throw new DomainException(DomainException.Reason.BUSY, "not a tix database: " + where(),
                    "it holds tables of another program; give --db an empty database or a desk's");
        }
        if (current > latest) {
            throw new DomainException(DomainException.Reason.BUSY,
                    "database schema " + current + " is newer than this tix (" + latest + ")", "upgrade tix");
        }
    }

    private static String resource(String name) {
        try (InputStream in = PgStore.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /**
     * Drops every table, function and collation of the desk's schema in one transaction under the writers' lock, so
     * the database is empty again (an {@code import --create} that failed after making the desk). Only for a desk
     * this process has just made: nothing else would hold a table here.
     */
    @Override
    public void dropDesk() {
        Connection c = connection();
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + TIX + ", 0)");
            try {
                st.execute("DO $$ DECLARE r record; BEGIN "
                        + "FOR r IN SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace "
                        + "AND c.relkind IN ('r', 'p') LOOP EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', r.relname); END LOOP; "
                        + "FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace "
                        + "LOOP EXECUTE format('DROP FUNCTION IF EXISTS %s CASCADE', r.f); END LOOP; "
                        + "DROP COLLATION IF EXISTS nocase; END $$");
                c.commit();
            } catch (SQLException e) {
                rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e, where());
        }
    }

    /** The constraints are always on in PostgreSQL (no file to damage by hand); the same invariants as SQLite's. */
    @Override
    public List<String> verify() {
        return read(tx -> new ArrayList<>(repositories.invariantProblems()));
    }

    /**
     * A session-level advisory lock on the server: held until closed or until this process's connection ends (a
     * killed tix loses it at once), and seen by every machine using the desk.
     */
    @Override
    public Optional<Lock> tryLock(String name) {
        Connection c = connection();
        // a statement of its own, outside any transaction (autocommit for this one statement: no COMMIT to send)
        try (var ps = c.prepareStatement("SELECT pg_try_advisory_lock(" + TIX + ", hashtext(?))")) {
            c.setAutoCommit(true);
            ps.setString(1, name);
            try (var rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) return Optional.empty();
            }
        } catch (SQLException e) {
            throw translate(e, where());
        } finally {
            noAutoCommit(c);
        }
        return Optional.of(() -> {
            Connection now = connection;
            if (now == null) return;
            try (var ps = now.prepareStatement("SELECT pg_advisory_unlock(" + TIX + ", hashtext(?))")) {
                now.setAutoCommit(true);
                ps.setString(1, name);
                ps.execute();
            } catch (SQLException ignored) {
                // the lock ends with the connection anyway
            } finally {
                noAutoCommit(now);
            }
        });
    }

    private static void noAutoCommit(Connection c) {
        try {
            c.setAutoCommit(false);
        } catch (SQLException ignored) {
            // the connection is gone; the next transaction says so
        }
    }

    @Override
    public Connection connectionForCopy() {
        return connection();
    }

    @Override
    public boolean postgres() {
        return true;
    }

    @Override
    public java.util.Map<String, Long> copyTo(Store target) {
        if (!(target instanceof JdbcDesk)) throw new UnsupportedOperationException("copy");
        return DeskCopy.copy(this, (JdbcDesk) target, false);
    }

    /**
     * A backup of a PostgreSQL desk is a SQLite file: the whole desk copied into it as of one snapshot (REPEATABLE
     * READ), written under a temporary name and renamed when whole. {@code tix restore} reads it back.
     */
    @Override
    public void backupTo(java.nio.file.Path to) {
        java.nio.file.Path target = to.toAbsolutePath();
        if (java.nio.file.Files.exists(target)) {
            throw DomainException.conflict("backup file " + to + " exists", "give a new file name; a backup never overwrites");
        }
        java.nio.file.Path dir = target.getParent();
        if (dir == null || !java.nio.file.Files.isDirectory(dir)) {
            throw DomainException.usage("cannot write the backup " + to, "directory " + dir + " does not exist");
        }
        java.nio.file.Path tmp = dir.resolve("." + target.getFileName() + ".tix-backup-" + ProcessHandle.current().pid());
        try {
            java.nio.file.Files.deleteIfExists(tmp);
            try (SqliteStore file = new SqliteStore(tmp)) {
                DeskCopy.copy(this, file, true);
            }
            java.nio.file.Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DomainException(DomainException.Reason.USAGE, "cannot write the backup " + to, e.getMessage(), e);
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(tmp);
                java.nio.file.Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + "-wal"));
                java.nio.file.Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + "-shm"));
            } catch (IOException ignored) {
                // a stray temporary file
            }
        }
    }

    /** Replaces every row of the desk with the backup's (a SQLite file), in one transaction: all or nothing. */
    @Override
    public void restoreFrom(java.nio.file.Path from) {
        if (!java.nio.file.Files.isRegularFile(from)) {
            throw DomainException.usage("no such file: " + from, "give the file 'tix backup' wrote");
        }
        try (SqliteStore file = new SqliteStore(from)) {
            if (file.verify().stream().anyMatch(p -> p.startsWith("integrity"))) {
                throw DomainException.invalidData(from + " is damaged", "use another backup; nothing was changed");
            }
            DeskCopy.copy(file, this, true);
        }
    }

    /** Whether the kept connection is still usable: the driver closes it on a fatal error (a restarted server). */
    @Override
    public boolean stillCurrent() {
        try {
            return connection == null || !connection.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            repositories.close();
            closeQuietly(connection);
            connection = null;
        }
    }
}
