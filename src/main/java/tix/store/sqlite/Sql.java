package tix.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Thin JDBC helpers: bind parameters (Instant as epoch millis), map rows, translate errors. One per connection: it
 * keeps the connection's prepared statements, because preparing a statement against tix's schema (FTS5 triggers)
 * costs more than running it; a sweep that moves 10,000 tickets spent most of its time in sqlite3_prepare.
 */
final class Sql implements AutoCloseable {
    /** Distinct statements kept; list filters build their SQL, so the least recently used ones are let go. */
    private static final int CACHED = 128;

    private final Connection c;
    /**
     * Writes of reference data (settings, calendars, tiers, queues, SLA policies) on this connection: the repository
     * methods that write those tables say so ({@link #referenceChanged}), so what was computed from them is made again.
     */
    private long referenceWrites;
    /** Statements not in use. One in use (a query mapping rows that runs itself again) is out of this map. */
    private final Map<String, PreparedStatement> idle = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= CACHED) return false;
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    /** The engine's differences (SQLite's: none, and errors naming the database file). */
    private final SqlDialect dialect;

    Sql(Connection c, java.nio.file.Path path) {
        this(c, new SqliteDialect(path));
    }

    Sql(Connection c, SqlDialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    SqlDialect dialect() {
        return dialect;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        List<T> out = new ArrayList<>();
        each(sql, rs -> out.add(mapper.map(rs)), args);
        return out;
    }

    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs a query and hands each row to {@code each} as SQLite steps to it: nothing is collected (bulk export). */
    void each(String sql, RowConsumer each, Object... args) {
        PreparedStatement ps = null;
        try {
            ps = prepare(sql, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) each.accept(rs);
            }
        } catch (SQLException e) {
            if (ps != null) closeQuietly(ps);
            ps = null;
            throw dialect.translate(e);
        } finally {
            release(sql, ps);
        }
    }

    /** An error of this connection as tix says it (busy, read-only, damaged ... naming the file). */
    tix.domain.DomainException translate(SQLException e) {
        return dialect.translate(e);
    }

    /** A statement of the caller's own, outside the cache, for a bulk load that binds it many times and closes it. */
    PreparedStatement own(String sql) {
        try {
            return c.prepareStatement(dialect.rewrite(sql));
        } catch (SQLException e) {
            throw dialect.translate(e);
        }
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... args) {
        List<T> rows = query(sql, mapper, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long count(String sql, Object... args) {
        return one(sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    int update(String sql, Object... args) {
        PreparedStatement ps = null;
        try {
            ps = prepare(sql, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            if (ps != null) closeQuietly(ps);
            ps = null;
            throw dialect.translate(e);
        } finally {
            release(sql, ps);
        }
    }

    /** Runs an INSERT and returns the new rowid. */
    long insert(String sql, Object... args) {
        if (dialect.returningId()) return count(sql + " RETURNING id", args);
        update(sql, args);
        return count("SELECT last_insert_rowid()");
    }

    /** Called by each repository method that writes reference data. */
    void referenceChanged() {
        referenceWrites++;
    }

    long referenceWrites() {
        return referenceWrites;
    }

    /** Closes the kept statements (the connection closes after). */
    @Override
    public void close() {
        for (PreparedStatement ps : idle.values()) closeQuietly(ps);
        idle.clear();
    }

    /** Back into the cache after use (a statement that failed was closed instead: its state is unknown). */
    private void release(String sql, PreparedStatement ps) {
        if (ps == null) return;
        try {
            ps.clearParameters();
            PreparedStatement other = idle.put(sql, ps);
            if (other != null && other != ps) closeQuietly(other);
        } catch (SQLException e) {
            closeQuietly(ps);
        }
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException ignored) {
            // a statement we are done with: nothing to save
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = idle.remove(sql);
        if (ps == null) ps = c.prepareStatement(dialect.rewrite(sql));
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (a instanceof Instant) {
                ps.setLong(i + 1, ((Instant) a).toEpochMilli());
            } else if (a instanceof Boolean) {
                ps.setInt(i + 1, ((Boolean) a) ? 1 : 0);
            } else if (a instanceof Enum<?>) {
                ps.setString(i + 1, a.toString());
            } else {
                ps.setObject(i + 1, a);
            }
        }
        return ps;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
