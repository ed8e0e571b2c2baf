package tix.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import tix.app.Store;
import tix.domain.DomainException;

/**
 * One SQLite file: WAL, foreign keys, a busy timeout, numbered migrations tracked in {@code PRAGMA user_version}.
 * The file is created with mode 0600. The connection is opened on first use, so commands that never touch the
 * database never pay for it.
 */
public final class SqliteStore implements Store, JdbcDesk {

    /** Busy timeout per statement; after it the command gives up with exit 6. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path path;
    private Connection connection;
    /** The connection's statements, kept for the store's life. */
    private Sql sql;

    public SqliteStore(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** Migration numbers are looked for up to this one. */
    private static final int MAX_MIGRATION = 99;

    /** The schema version this binary writes: the highest migration it carries. */
    public static int latestVersion() {
        int v = latest;
        if (v < 0) {
            v = 0;
            for (int n = MAX_MIGRATION; n > 0; n--) {
                if (SqliteStore.class.getResource(migrationName(n)) != null) {
                    v = n;
                    break;
                }
            }
            latest = v;
        }
        return v;
    }

    /** {@link #latestVersion}, looked up once (it asks the class path for up to 99 resources). */
    private static volatile int latest = -1;

    /** The identity (device and inode) of the file the connection was opened on; null if unknown. */
    private Object openedKey;
    /** Set by a restore through this store: its statements were closed, the next command opens afresh. */
    private boolean restored;

    /**
     * Whether the open connection still stands for the desk at {@link #path}: the same file (a restore by another
     * process, `db copy` or a new `init` at the path replace it with another inode) at the schema this tix writes. One
     * stat and one {@code PRAGMA user_version} (a read of the header page), no transaction.
     */
    @Override
    public boolean stillCurrent() {
        if (connection == null) return !restored;
        if (restored || !java.util.Objects.equals(openedKey, fileKey(path))) return false;
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1) == latestVersion();
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * SQLite's {@code data_version} (changes when another connection commits) with this connection's
     * {@code total_changes()} (its own writes): one statement, outside any transaction.
     */
    @Override
    public Object changeStamp() {
        if (connection == null) return null;
        try (Statement st = connection.createStatement();
             var rs = st.executeQuery("SELECT data_version, total_changes() FROM pragma_data_version")) {
            return rs.next() ? java.util.List.of(rs.getLong(1), rs.getLong(2)) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private static Object fileKey(Path p) {
        try {
            return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static String migrationName(int version) {
        return String.format("/tix/db/%03d.sql", version);
    }

    @Override
    public <R> R write(Work<R> work) {
        return inTransaction("BEGIN IMMEDIATE", work);
    }

    /** See {@link SqliteFill}: no journal while filling, indexes built at the end. */
    @Override
    public <R> R fill(int cacheMiB, java.util.function.Function<tix.app.Archive.Loader, R> work) {
        Connection c = connection();
        return SqliteFill.fill(c, sql, cacheMiB, work, this::write);
    }

    @Override
    public <R> R read(Work<R> work) {
        return inTransaction("BEGIN DEFERRED", work);
    }

    private <R> R inTransaction(String begin, Work<R> work) {
        Connection c = connection();
        try {
            try (Statement st = c.createStatement()) {
                st.execute(begin);
            }
            R result;
            try {
                result = work.run(new SqliteTx(sql));
                // a cancel that came after the last statement must still win: nothing is committed once asked to stop
                if (cancelled()) throw interrupted(null);
            } catch (RuntimeException | Error e) {
                rollback(c);
                throw e;
            }
            try (Statement st = c.createStatement()) {
                st.execute("COMMIT");
            }
            return result;
        } catch (SQLException e) {
            rollback(c);
            throw translate(e, path);
        }
    }

    /** Set once for the whole process by a termination signal (see {@link #cancelOnSignal}). */
    private static volatile boolean terminating;

    /**
     * Whether the running command was asked to stop: its thread was interrupted (Ctrl-C in {@code tix shell}) or the
     * process is being terminated (SIGINT, SIGTERM). SQLite's progress handler asks this every few thousand virtual
     * machine steps, so even one long statement stops with SQLITE_INTERRUPT, and the transaction is rolled back.
     */
    private static boolean cancelled() {
        return terminating || Thread.currentThread().isInterrupted();
    }

    private static DomainException interrupted(Throwable cause) {
        return new DomainException(DomainException.Reason.INTERRUPTED, "interrupted",
                "nothing was changed: the command's transaction was rolled back", cause);
    }

    /** Open stores of this process, for the termination hook to wait on. */
    private static final java.util.Set<SqliteStore> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static volatile boolean hookInstalled;

    /**
     * On SIGINT or SIGTERM the JVM runs its shutdown hooks while the command's thread goes on. This hook asks every
     * running transaction to stop (the progress handler answers SQLITE_INTERRUPT, the store rolls back) and waits a
     * moment for the stores to close, so the file is left without a half-written transaction and with its WAL
     * checkpointed. Without it SQLite would still roll back on the next open; with it the rollback is immediate.
     */
    private static synchronized void cancelOnSignal() {
        if (hookInstalled) return;
        hookInstalled = true;
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                terminating = true;
                long until = System.nanoTime() + 2_000_000_000L;
                while (!OPEN.isEmpty() && System.nanoTime() < until) {
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "tix-cancel"));
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }

    private static void rollback(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction was open: nothing to undo
        }
    }

    static DomainException translate(SQLException e, Path path) {
        if (e instanceof SQLiteException) {
            SQLiteErrorCode code = ((SQLiteException) e).getResultCode();
            switch (code.code & 0xff) {
                case 5: // SQLITE_BUSY
                case 6: // SQLITE_LOCKED
                    return new DomainException(DomainException.Reason.BUSY, "database " + path + " is busy",
                            "another tix held the lock for " + BUSY_TIMEOUT_MS / 1000 + " s; try again", e);
                case 8: // SQLITE_READONLY
                    return new DomainException(DomainException.Reason.BUSY, "database " + path + " is read-only",
                            "check the file's and its directory's permissions", e);
                case 9: // SQLITE_INTERRUPT: the progress handler saw a cancel
                    return interrupted(e);
                case 26: // SQLITE_NOTADB
                    return new DomainException(DomainException.Reason.BUSY, "not a tix database: " + path,
                            "the file is not a SQLite database", e);
                case 11: // SQLITE_CORRUPT
                    return new DomainException(DomainException.Reason.BUSY, "database " + path + " is damaged",
                            "restore it from a backup: tix restore FILE", e);
                case 14: // SQLITE_CANTOPEN
                    return new DomainException(DomainException.Reason.BUSY, "cannot open database " + path,
                            "check that its directory exists and is writable", e);
                default:
                    break;
            }
        }
        return new DomainException(DomainException.Reason.INTERNAL, "database error: " + e.getMessage(),
                "run with TIX_DEBUG=1 for details", e);
    }

    private Connection connection() {
        if (connection == null) {
            cancelOnSignal();
            connection = open();
            openedKey = fileKey(path);
            sql = new Sql(connection, path);
            OPEN.add(this);
        }
        return connection;
    }

    private Connection open() {
        if (Files.isDirectory(path)) {
            throw new DomainException(DomainException.Reason.BUSY, "database " + path + " is a directory",
                    "give --db a file path");
        }
        createPrivately();
        NativeLibrary.prepare();
        SQLiteConfig config = new SQLiteConfig();
        // a file nobody may write (chmod a-w) is opened read-only even by root: reads work, writes exit 6
        config.setReadOnly(readOnly(path));
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        try {
            Connection c = config.createConnection("jdbc:sqlite:" + path);
            try {
                org.sqlite.ProgressHandler.setHandler(c, 1000, new org.sqlite.ProgressHandler() {
                    @Override
                    protected int progress() {
                        return cancelled() ? 1 : 0;
                    }
                });
                migrate(c);
            } catch (RuntimeException | SQLException e) {
                c.close();
                throw e;
            }
            return c;
        } catch (SQLException e) {
            throw translate(e, path);
        }
    }

    private static boolean readOnly(Path path) {
        if (!Files.isWritable(path)) return true;
        try {
            return !Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /** Creates the file with mode 0600 before SQLite opens it, so no other user can ever read it. */
    private void createPrivately() {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null && !Files.exists(parent)) createPrivateDirectories(parent);
            try {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(path);
            }
        } catch (FileAlreadyExistsException e) {
            // an existing database: keep its permissions
        } catch (IOException e) {
            throw new DomainException(DomainException.Reason.BUSY, "cannot create database " + path, cause(e, path), e);
        }
    }

    /**
     * What went wrong with {@code file}, in words: Java's file exceptions carry only the path as their message,
     * which repeated after the path says nothing ("cannot open P (P)").
     */
    static String cause(IOException e, Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return dir != null && !Files.isDirectory(dir) ? "directory " + dir + " does not exist" : "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied" + (dir != null && !Files.isWritable(dir) ? ": " + dir + " is not writable" : "");
        }
        if (e instanceof java.nio.file.FileSystemException) {
            String reason = ((java.nio.file.FileSystemException) e).getReason();
            if (reason != null) return reason;
        }
        String m = e.getMessage();
        return m == null || m.equals(file.toString()) ? e.getClass().getSimpleName() : m;
    }

    /** Creates {@code dir} and its missing parents with mode 0700: a desk's folder is nobody else's business. */
    static void createPrivateDirectories(Path dir) throws IOException {
        Path parent = dir.getParent();
        if (parent != null && !Files.exists(parent)) createPrivateDirectories(parent);
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            // made meanwhile by another process
        }
    }

    private void migrate(Connection c) throws SQLException {
        int latest = latestVersion();
        int current;
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            current = rs.getInt(1);
        }
        if (current == 0) {
            // version 0 is a new, empty file; a SQLite database with tables of its own is someone else's: never
            // write tix's schema into it
            try (Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")) {
                if (rs.getInt(1) > 0) {
                    throw new DomainException(DomainException.Reason.BUSY, "not a tix database: " + path,
                            "it is a SQLite database of another program; give --db the desk's file");
                }
            }
        }
        if (current > latest) {
            throw new DomainException(DomainException.Reason.BUSY,
                    "database schema " + current + " is newer than this tix (" + latest + ")", "upgrade tix");
        }
        if (current == latest) return;
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("BEGIN IMMEDIATE");
            try {
                // re-read under the lock: another process may have migrated meanwhile
                int now;
                try (var rs = st.executeQuery("PRAGMA user_version")) {
                    now = rs.getInt(1);
                }
                for (int v = now + 1; v <= latest; v++) {
                    if (SqliteStore.class.getResource(migrationName(v)) == null) continue;
                    for (String sql : SqlScript.split(resource(migrationName(v)))) {
                        st.execute(sql);
                    }
                    st.execute("PRAGMA user_version = " + v);
                }
                st.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = SqliteStore.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    @Override
    public void backupTo(Path to) {
        Path target = to.toAbsolutePath();
        if (Files.exists(target)) {
            throw DomainException.conflict("backup file " + to + " exists", "give a new file name; a backup never overwrites");
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw DomainException.usage("cannot write the backup " + to, "directory " + dir + " does not exist");
        }
        // written beside the target under a temporary name and renamed when whole: a backup killed half-way leaves
        // no file that looks like a backup
        Path tmp = dir.resolve("." + target.getFileName() + ".tix-backup-" + ProcessHandle.current().pid());
        try {
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(tmp);
            }
            Connection c = connection();
            // VACUUM INTO reads the database in one read transaction: a consistent copy while other processes write
            try (var ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, tmp.toString());
                ps.execute();
            }
            // one self-contained file (no -wal beside it), flushed to disk before it takes the backup's name
            try (Connection b = new SQLiteConfig().createConnection("jdbc:sqlite:" + tmp);
                 Statement st = b.createStatement()) {
                st.execute("PRAGMA journal_mode=DELETE");
            }
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            deleteQuietly(tmp);
            throw translate(e, path);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new DomainException(DomainException.Reason.USAGE, "cannot write the backup " + to, cause(e, tmp), e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stray temporary file; the next backup replaces it
        }
    }

    @Override
    public void restoreFrom(Path from) {
        int version = inspectBackup(from);
        Connection c = connection();
        if (readOnly(path)) {
            // the backup API would write through a read-only connection's pager all the same
            throw new DomainException(DomainException.Reason.BUSY, "database " + path + " is read-only",
                    "check the file's and its directory's permissions");
        }
        try {
            // the online backup API in reverse: every page of `from` replaces the desk's under one write lock, so
            // other processes see the old desk or the restored one, never a mix
            sql.close();
            restored = true;
            int rc = c.unwrap(org.sqlite.SQLiteConnection.class).getDatabase()
                    .restore("main", from.toAbsolutePath().toString(), null, 100, BUSY_TIMEOUT_MS / 100, -1);
            if (rc != 0) {
                throw new DomainException(DomainException.Reason.BUSY, "cannot restore into " + path,
                        "SQLite result code " + rc + "; is another tix writing? try again", null);
            }
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
            }
            if (version < latestVersion()) migrate(c);
        } catch (SQLException e) {
            throw translate(e, path);
        }
    }

    /** Checks a file offered to restore: a sound SQLite file of a tix desk this binary can read. Returns its version. */
    private static int inspectBackup(Path from) {
        if (!Files.isRegularFile(from)) {
            throw DomainException.usage("no such file: " + from, "give the file 'tix backup' wrote");
        }
        NativeLibrary.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        String name = from.toString();
        try (Connection c = config.createConnection("jdbc:sqlite:file:" + from.toAbsolutePath() + "?mode=ro");
             Statement st = c.createStatement()) {
            int version;
            try (var rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.getInt(1);
            }
            try (var rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'tickets'")) {
                if (version == 0 || rs.getInt(1) == 0) {
                    throw DomainException.invalidData(name + " is not a tix backup", "it has no tix desk in it; nothing was changed");
                }
            }
            if (version > latestVersion()) {
                throw DomainException.invalidData(name + " was made by a newer tix (schema " + version + ", this tix "
                        + latestVersion() + ")", "upgrade tix first; nothing was changed");
            }
            try (var rs = st.executeQuery("PRAGMA integrity_check")) {
                String first = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(first)) {
                    throw DomainException.invalidData(name + " is damaged: " + first, "use another backup; nothing was changed");
                }
            }
            return version;
        } catch (SQLException e) {
            int code = e instanceof SQLiteException ? ((SQLiteException) e).getResultCode().code & 0xff : -1;
            if (code == 26 || code == 11) {
                throw new DomainException(DomainException.Reason.INVALID_DATA, name + " is "
                        + (code == 26 ? "not a SQLite database" : "damaged"), "nothing was changed", e);
            }
            throw translate(e, from);
        }
    }

    @Override
    public java.util.List<String> verify() {
        return read(tx -> {
            java.util.List<String> problems = new java.util.ArrayList<>();
            Sql q = ((SqliteTx) tx).sql();
            for (String row : q.query("PRAGMA integrity_check", rs -> rs.getString(1))) {
                if (!"ok".equals(row)) problems.add("integrity: " + row);
            }
            problems.addAll(q.query("PRAGMA foreign_key_check", rs -> "foreign key: " + rs.getString(1)
                    + " row " + rs.getLong(2) + " points to a missing " + rs.getString(3) + " row"));
            for (String[] check : INVARIANTS) {
                problems.addAll(q.query(check[1], rs -> String.format(check[0], rs.getObject(1))));
            }
            return problems;
        });
    }

    /**
     * Rows the schema should never hold, even in a file written with its checks off: a message for each (format, query
     * returning one column per problem row).
     */
    static final String[][] INVARIANTS = {
        {"ticket #%s has an unknown status", "SELECT id FROM tickets WHERE status NOT IN "
                + "('new','open','pending','waiting','hold','review','resolved','closed','suspended')"},
        {"ticket #%s has a priority outside 1-99", "SELECT id FROM tickets WHERE priority NOT BETWEEN 1 AND 99"},
        {"ticket #%s has a version below 1", "SELECT id FROM tickets WHERE version < 1"},
        {"ticket #%s has no created event", "SELECT t.id FROM tickets t WHERE NOT EXISTS "
                + "(SELECT 1 FROM events e WHERE e.ticket_id = t.id AND e.action = 'created')"},
        {"message %s belongs to no ticket", "SELECT id FROM messages WHERE ticket_id NOT IN (SELECT id FROM tickets)"},
        {"event %s belongs to no ticket", "SELECT id FROM events WHERE ticket_id NOT IN (SELECT id FROM tickets)"},
        {"a tag row of missing ticket #%s", "SELECT DISTINCT ticket_id FROM ticket_tags WHERE ticket_id NOT IN (SELECT id FROM tickets)"},
        {"outbox mail %s belongs to no ticket", "SELECT id FROM outbox WHERE ticket_id IS NOT NULL AND ticket_id NOT IN (SELECT id FROM tickets)"},
        {"ticket #%s names a known issue that does not exist", "SELECT id FROM tickets WHERE known_issue IS NOT NULL "
                + "AND known_issue NOT IN (SELECT number FROM known_issues)"},
        {"ticket #%s is assigned to an agent that does not exist", "SELECT id FROM tickets WHERE assignee IS NOT NULL "
                + "AND assignee NOT IN (SELECT login FROM agents)"},
    };

    /** A lock file beside the database ({@code tix.db.sweep.lock}), held with an OS file lock. */
    @Override
    public java.util.Optional<Lock> tryLock(String name) {
        Path file = path.resolveSibling(path.getFileName() + "." + name + ".lock");
        java.nio.channels.FileChannel ch;
        try {
            ch = java.nio.channels.FileChannel.open(file, java.util.Set.of(java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (IOException e) {
            throw new DomainException(DomainException.Reason.BUSY, "cannot create the lock file " + file,
                    cause(e, file), e);
        }
        java.nio.channels.FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(ch);
            return java.util.Optional.empty();
        }
        java.nio.channels.FileLock held = lock;
        return java.util.Optional.of(() -> {
            try {
                held.release();
            } catch (IOException ignored) {
                // the channel's close below releases it as well
            }
            closeQuietly(ch);
        });
    }

    private static void closeQuietly(java.nio.channels.FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }

    @Override
    public Connection connectionForCopy() {
        return connection();
    }

    @Override
    public boolean postgres() {
        return false;
    }

    @Override
    public String where() {
        return path.toString();
    }

    @Override
    public java.util.Map<String, Long> copyTo(Store target) {
        if (!(target instanceof JdbcDesk)) throw new UnsupportedOperationException("copy");
        return DeskCopy.copy(this, (JdbcDesk) target, false);
    }

    @Override
    public void close() {
        if (connection != null) {
            sql.close();
            sql = null;
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a connection we are done with: nothing left to save
            }
            connection = null;
            OPEN.remove(this);
        }
    }
}
