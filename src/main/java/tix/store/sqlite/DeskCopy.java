package tix.store.sqlite;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tix.domain.DomainException;

/**
 * Copies a whole desk between engines (SQLite to PostgreSQL and back): every row of every table, in one read
 * transaction of the source and one write transaction of the target, then compares both row for row before the
 * target commits. All or nothing: any difference or error rolls the target back. The search indexes are not
 * copied; the target's own triggers build them from the rows. Both desks must be at the same schema version
 * (opening them migrates both to this tix's).
 */
public final class DeskCopy {
    private DeskCopy() {
        throw new AssertionError();
    }

    /** Rows per batch sent to the target. */
    private static final int BATCH = 1000;

    /**
     * Copies {@code from} into {@code to}. Unless {@code replace}, the target must be a new desk (no ticket, agent or
     * contact): a copy never merges two desks. Returns the rows copied per table, in copy order.
     */
    public static Map<String, Long> copy(JdbcDesk from, JdbcDesk to, boolean replace) {
        Connection src = from.connectionForCopy();
        Connection dst = to.connectionForCopy();
        try {
            // PostgreSQL's connections are not in autocommit: the driver begins the transaction with its first
            // statement (BEGIN READ ONLY for the source), so the first statement here only sets what it needs
            if (from.postgres()) {
                src.setReadOnly(true);
                exec(src, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            } else {
                exec(src, "BEGIN DEFERRED");
            }
            try {
                if (to.postgres()) {
                    dst.setReadOnly(false);
                    exec(dst, "SET TRANSACTION ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(" + 0x746978 + ", 0)");
                } else {
                    exec(dst, "BEGIN IMMEDIATE");
                }
                try {
                    Map<String, Long> copied = copyRows(from, src, to, dst, replace);
                    if (to.postgres()) dst.commit();
                    else exec(dst, "COMMIT");
                    return copied;
                } catch (SQLException | RuntimeException e) {
                    rollback(to, dst);
                    throw e;
                }
            } finally {
                rollback(from, src);
            }
        } catch (SQLException e) {
            throw new DomainException(DomainException.Reason.BUSY, "cannot copy " + from.where() + " to " + to.where(),
                    "nothing was copied: " + firstLine(e.getMessage()), e);
        }
    }

    private static Map<String, Long> copyRows(JdbcDesk from, Connection src, JdbcDesk to, Connection dst,
                                              boolean replace) throws SQLException {
        int fromVersion = version(from, src);
        int toVersion = version(to, dst);
        if (fromVersion != toVersion) {
            throw DomainException.conflict("schema " + fromVersion + " of " + from.where() + " is not schema "
                    + toVersion + " of " + to.where(), "open both with the same tix first");
        }
        List<String> tables = ordered(dst, tables(to, dst));
        Set<String> sourceTables = new HashSet<>(tables(from, src));
        if (!replace) {
            for (String t : List.of("tickets", "agents", "contacts")) {
                if (count(dst, t) > 0) {
                    throw DomainException.conflict(to.where() + " already holds a desk (" + t + ")",
                            "copy into a new database or file; a copy never merges two desks");
                }
            }
        }
        if (!to.postgres()) exec(dst, "PRAGMA defer_foreign_keys = ON");
        for (int i = tables.size() - 1; i >= 0; i--) exec(dst, "DELETE FROM " + quote(tables.get(i)));
        // into PostgreSQL: COPY, the search rows written once at the end, and into a new desk the plain indexes
        // built once at the end rather than row by row
        List<String> rebuild = to.postgres() ? tix.store.pg.PgCopy.begin(dst, !replace) : List.of();
        Map<String, Long> copied = new LinkedHashMap<>();
        for (String t : tables) {
            if (!sourceTables.contains(t)) {
                throw DomainException.conflict(from.where() + " has no table " + t, "open it with this tix first");
            }
            copied.put(t, copyTable(src, dst, t, selfReferences(dst, t), to.postgres()));
        }
        if (to.postgres()) tix.store.pg.PgCopy.end(dst, rebuild);
        if (to.postgres()) {
            for (String t : tables) {
                for (String c : identityColumns(dst, t)) {
                    exec(dst, "SELECT setval(pg_get_serial_sequence('" + t + "', '" + c + "'), coalesce(max(" + quote(c)
                            + "), 0) + 1, false) FROM " + quote(t));
                }
            }
        }
        for (String t : tables) {
            List<String> columns = common(src, dst, t);
            long[] a = fingerprint(src, t, columns);
            long[] b = fingerprint(dst, t, columns);
            if (a[0] != b[0] || a[1] != b[1]) {
                throw new DomainException(DomainException.Reason.INVALID_DATA, "the copy of table " + t + " differs from "
                        + from.where() + " (" + a[0] + " rows, " + b[0] + " copied)", "nothing was copied");
            }
        }
        return copied;
    }

    private static long copyTable(Connection src, Connection dst, String table, List<String> selfRefs,
                                  boolean toPostgres) throws SQLException {
        List<String> columns = common(src, dst, table);
        StringBuilder cols = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (String c : columns) {
            if (cols.length() > 0) {
                cols.append(", ");
                marks.append(", ");
            }
            cols.append(quote(c));
            marks.append('?');
        }
        // the queue addresses' order is SQLite's rowid (a column of its own on PostgreSQL)
        String order = table.equals("queue_addresses") ? "rowid" : "1";
        if (toPostgres) return copyIn(src, dst, table, columns, cols.toString(), order);
        long n = 0;
        try (Statement st = src.createStatement();
             PreparedStatement ins = dst.prepareStatement("INSERT INTO " + quote(table) + " (" + cols + ") VALUES ("
                     + marks + ")")) {
            st.setFetchSize(BATCH);
            try (ResultSet rs = st.executeQuery("SELECT " + cols + " FROM " + quote(table) + " ORDER BY " + order)) {
                List<Object[]> later = new ArrayList<>();
                while (rs.next()) {
                    Object[] self = new Object[selfRefs.size() + 1];
                    for (int i = 0; i < columns.size(); i++) {
                        Object v = rs.getObject(i + 1);
                        int s = selfRefs.indexOf(columns.get(i));
                        if (s >= 0 && v != null) {
                            // a ticket may point to a later one (merged into): set after every row is in
                            self[s + 1] = v;
                            v = null;
                        }
                        if (v == null) ins.setNull(i + 1, Types.NULL);
                        else ins.setObject(i + 1, v);
                    }
                    if (!selfRefs.isEmpty()) {
                        self[0] = rs.getObject(1);
                        later.add(self);
                    }
                    ins.addBatch();
                    if (++n % BATCH == 0) ins.executeBatch();
                }
                ins.executeBatch();
                if (!selfRefs.isEmpty()) setLater(dst, table, columns.get(0), selfRefs, later);
            }
        }
        return n;
    }

    /** {@link #copyTable} into PostgreSQL: one COPY per table; its links to itself are checked at commit (pg/015). */
    private static long copyIn(Connection src, Connection dst, String table, List<String> columns, String cols,
                               String order) throws SQLException {
        long n = 0;
        try (Statement st = src.createStatement()) {
            st.setFetchSize(BATCH);
            try (ResultSet rs = st.executeQuery("SELECT " + cols + " FROM " + quote(table) + " ORDER BY " + order);
                 tix.store.pg.PgCopy.Rows rows = tix.store.pg.PgCopy.rows(dst, quote(table), cols)) {
                int width = columns.size();
                while (rs.next()) {
                    for (int i = 1; i <= width; i++) rows.add(rs.getObject(i));
                    rows.endRow();
                    n++;
                }
                long taken = rows.finish();
                if (taken != n) {
                    throw new SQLException("the server took " + taken + " of " + n + " rows of " + table);
                }
            }
        }
        return n;
    }

    private static void setLater(Connection dst, String table, String key, List<String> selfRefs, List<Object[]> rows)
            throws SQLException {
        StringBuilder set = new StringBuilder();
        for (String c : selfRefs) set.append(set.length() > 0 ? ", " : "").append(quote(c)).append(" = ?");
        try (PreparedStatement up = dst.prepareStatement("UPDATE " + quote(table) + " SET " + set + " WHERE "
                + quote(key) + " = ?")) {
            int n = 0;
            for (Object[] row : rows) {
                boolean any = false;
                for (int i = 1; i < row.length; i++) any |= row[i] != null;
                if (!any) continue;
                for (int i = 1; i < row.length; i++) {
                    if (row[i] == null) up.setNull(i, Types.NULL);
                    else up.setObject(i, row[i]);
                }
                up.setObject(row.length, row[0]);
                up.addBatch();
                if (++n % BATCH == 0) up.executeBatch();
            }
            up.executeBatch();
        }
    }

    /**
     * Rows and an order-free sum of their hashes over {@code columns}: equal on both sides when the same rows are
     * there, whatever order each engine returns them in.
     */
    private static long[] fingerprint(Connection c, String table, List<String> columns) throws SQLException {
        StringBuilder cols = new StringBuilder();
        for (String col : columns) cols.append(cols.length() > 0 ? ", " : "").append(quote(col));
        long rows = 0;
        long sum = 0;
        try (Statement st = c.createStatement()) {
            st.setFetchSize(BATCH);
            try (ResultSet rs = st.executeQuery("SELECT " + cols + " FROM " + quote(table))) {
                while (rs.next()) {
                    rows++;
                    long h = 1125899906842597L;
                    for (int i = 1; i <= columns.size(); i++) {
                        Object v = rs.getObject(i);
                        String s = v == null ? "\u0000null" : v instanceof byte[] ? java.util.HexFormat.of()
                                .formatHex((byte[]) v) : rs.getString(i);
                        h = 31 * h + s.hashCode();
                        h = h * 0x9E3779B97F4A7C15L + i;
                    }
                    sum += h ^ (h >>> 29);
                }
            }
        }
        return new long[] {rows, sum};
    }

    private static int version(JdbcDesk d, Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(d.postgres() ? "SELECT max(version) FROM tix_schema" : "PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The desk's tables, without the search indexes (the target's triggers fill its own) and bookkeeping. */
    private static List<String> tables(JdbcDesk d, Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        String q = d.postgres()
                ? "SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' "
                        + "ORDER BY relname"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(q)) {
            while (rs.next()) {
                String t = rs.getString(1);
                if (t.equals("tix_schema") || t.contains("_fts")) continue;
                out.add(t);
            }
        }
        return out;
    }

    /** Tables in an order where each comes after the tables it references (its own references set later). */
    private static List<String> ordered(Connection c, List<String> tables) throws SQLException {
        Map<String, Set<String>> needs = new HashMap<>();
        DatabaseMetaData md = c.getMetaData();
        for (String t : tables) {
            Set<String> n = new HashSet<>();
            try (ResultSet rs = md.getImportedKeys(null, null, t)) {
                while (rs.next()) {
                    String p = rs.getString("PKTABLE_NAME");
                    if (!p.equals(t) && tables.contains(p)) n.add(p);
                }
            }
            needs.put(t, n);
        }
        List<String> out = new ArrayList<>();
        while (out.size() < tables.size()) {
            boolean progress = false;
            for (String t : tables) {
                if (!out.contains(t) && out.containsAll(needs.get(t))) {
                    out.add(t);
                    progress = true;
                }
            }
            if (!progress) throw new IllegalStateException("the tables' references go round: " + needs);
        }
        return out;
    }

    private static List<String> selfReferences(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getImportedKeys(null, null, table)) {
            while (rs.next()) {
                if (rs.getString("PKTABLE_NAME").equals(table)) out.add(rs.getString("FKCOLUMN_NAME"));
            }
        }
        return out;
    }

    private static List<String> identityColumns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass "
                + "AND attidentity <> '' AND NOT attisdropped")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The columns both sides have, in the target's order (PostgreSQL's extra ones, as queue_addresses.rowid, left out). */
    private static List<String> common(Connection src, Connection dst, String table) throws SQLException {
        List<String> s = columns(src, table);
        List<String> out = new ArrayList<>();
        for (String c : columns(dst, table)) if (s.contains(c)) out.add(c);
        return out;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + quote(table) + " LIMIT 0")) {
            var md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                if (!"tsvector".equals(md.getColumnTypeName(i))) out.add(md.getColumnName(i));
            }
        }
        return out;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static void rollback(JdbcDesk d, Connection c) {
        try {
            if (d.postgres()) {
                c.rollback();
            } else {
                try (Statement st = c.createStatement()) {
                    st.execute("ROLLBACK");
                }
            }
        } catch (SQLException ignored) {
            // no transaction open
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "no details";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
