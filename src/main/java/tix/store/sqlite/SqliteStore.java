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
public final class SqliteStore implements Store {
    /**
     * sqlite-jdbc's loader, on every start, deletes native libraries other processes left in the temp folder and
     * logs through java.util.logging when two processes race to delete the same one ("SEVERE: Failed to delete old
     * native lib" with a stack trace on stderr). That cleanup is harmless; a real failure to load the driver still
     * surfaces as an SQLException. Held in a field: java.util.logging forgets the level of a logger nobody holds.
     */
    private static final java.util.logging.Logger LOADER_LOG = quiet("org.sqlite.SQLiteJDBCLoader");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
        log.setLevel(java.util.logging.Level.OFF);
        return log;
    }

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
        for (int v = MAX_MIGRATION; v > 0; v--) {
            if (SqliteStore.class.getResource(migrationName(v)) != null) return v;
        }
        return 0;
    }

    private static String migrationName(int version) {
        return String.format("/tix/db/%03d.sql", version);
    }

    @Override
    public <R> R write(Work<R> work) {
        return inTransaction("BEGIN IMMEDIATE", work);
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
            throw translate(e);
        }
    }

    private static void rollback(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction was open: nothing to undo
        }
    }

    static DomainException translate(SQLException e) {
        if (e instanceof SQLiteException) {
            SQLiteErrorCode code = ((SQLiteException) e).getResultCode();
            switch (code.code & 0xff) {
                case 5: // SQLITE_BUSY
                case 6: // SQLITE_LOCKED
                    return new DomainException(DomainException.Reason.BUSY, "database is busy",
                            "another tix holds the lock; try again", e);
                case 8: // SQLITE_READONLY
                    return new DomainException(DomainException.Reason.BUSY, "database is read-only",
                            "check the file's permissions", e);
                case 26: // SQLITE_NOTADB
                case 11: // SQLITE_CORRUPT
                    return new DomainException(DomainException.Reason.BUSY, "not a tix database",
                            "the file is not SQLite or is damaged", e);
                case 14: // SQLITE_CANTOPEN
                    return new DomainException(DomainException.Reason.BUSY, "cannot open database",
                            "check the path and its permissions", e);
                default:
                    break;
            }
        }
        return new DomainException(DomainException.Reason.INTERNAL, "database error: " + e.getMessage(),
                "run with TIX_DEBUG=1 for details", e);
    }

    private Connection connection() {
        if (connection == null) {
            connection = open();
            sql = new Sql(connection);
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
                migrate(c);
            } catch (RuntimeException | SQLException e) {
                c.close();
                throw e;
            }
            return c;
        } catch (SQLException e) {
            throw translate(e);
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
            if (parent != null && !Files.exists(parent)) Files.createDirectories(parent);
            try {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(path);
            }
        } catch (FileAlreadyExistsException e) {
            // an existing database: keep its permissions
        } catch (IOException e) {
            throw new DomainException(DomainException.Reason.BUSY, "cannot create database " + path,
                    e.getMessage() == null ? "check the directory" : e.getMessage(), e);
        }
    }

    private void migrate(Connection c) throws SQLException {
        int latest = latestVersion();
        int current;
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            current = rs.getInt(1);
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

    /** A lock file beside the database ({@code tix.db.sweep.lock}), held with an OS file lock. */
    @Override
    public java.util.Optional<Lock> tryLock(String name) {
        Path file = path.resolveSibling(path.getFileName() + "." + name + ".lock");
        java.nio.channels.FileChannel ch;
        try {
            ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new DomainException(DomainException.Reason.BUSY, "cannot open lock file " + file,
                    e.getMessage() == null ? "check the directory's permissions" : e.getMessage(), e);
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
        }
    }
}
