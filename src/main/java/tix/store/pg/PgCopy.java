package tix.store.pg;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The PostgreSQL end of {@code tix db copy} (and backup/restore) when PostgreSQL is the target: rows go in with
 * {@code COPY ... FROM STDIN} (a stream of text, sent a megabyte at a time, not a round trip per row or batch), the
 * search triggers stand aside while the rows go in (migration pg/015's {@code tix.bulk_load}), and the search rows are
 * then written in one statement. Into a new desk the secondary indexes are dropped first and built once at the end,
 * which is far cheaper than keeping them up to date row by row, and the planner's statistics are taken. All of it runs
 * in the copy's one transaction, so a failure still leaves nothing behind.
 */
public final class PgCopy {
    private PgCopy() {
        throw new AssertionError();
    }

    /** Bytes gathered before they are handed to the server. */
    private static final int CHUNK = 1 << 20;

    /**
     * Starts a bulk load in the current transaction; returns the definitions of the indexes it dropped (none unless
     * {@code dropIndexes}), for {@link #end}.
     */
    public static List<String> begin(Connection c, boolean dropIndexes) throws SQLException {
        List<String> rebuild = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            st.execute("SET LOCAL tix.bulk_load = 'on'");
            st.execute("SET LOCAL maintenance_work_mem = '256MB'");
            st.execute("SET CONSTRAINTS tickets_split_from_fkey, tickets_merged_into_fkey, tickets_follow_up_of_fkey DEFERRED");
            if (dropIndexes) {
                // plain indexes only: those behind a primary key, unique or exclusion constraint stay (they check rows).
                // A partitioned table's index (ticket_fts_doc, pg/017) goes with its partitions' and is made again
                // for all of them; its definition reads "ON ONLY", which would make it for the parent alone
                List<String> names = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
                        + "FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
                        + "WHERE t.relnamespace = current_schema()::regnamespace AND NOT i.indisunique "
                        + "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) "
                        + "AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid) ORDER BY 1")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                        rebuild.add(rs.getString(2).replace(" ON ONLY ", " ON "));
                    }
                }
                for (String n : names) st.execute("DROP INDEX " + n);
            }
        }
        return rebuild;
    }

    /** Ends a bulk load: every ticket's search row written once (as the triggers would), the dropped indexes built. */
    public static void end(Connection c, List<String> rebuild) throws SQLException {
        try (Statement st = c.createStatement()) {
            // the links between tickets are checked now (an index cannot be built over pending checks)
            st.execute("SET CONSTRAINTS tickets_split_from_fkey, tickets_merged_into_fkey, tickets_follow_up_of_fkey IMMEDIATE");
            // what tickets_fts and messages_fts_body (pg/001, pg/015) keep: the title, and the bodies in id order
            st.execute("DELETE FROM ticket_fts");
            st.execute("INSERT INTO ticket_fts(rowid, title, body) SELECT t.id, t.title, coalesce(m.body, '') "
                    + "FROM tickets t LEFT JOIN (SELECT ticket_id, string_agg(body, chr(10) ORDER BY id) AS body "
                    + "FROM messages GROUP BY ticket_id) m ON m.ticket_id = t.id");
            for (String def : rebuild) st.execute(def);
            st.execute("SET LOCAL tix.bulk_load = 'off'");
            // the planner's statistics, taken now rather than whenever autovacuum comes by: until then it plans for
            // empty tables, and search cannot tell a common word from a rare one (1.8 s on a desk of 22M rows; ANALYZE
            // counts the rows this transaction wrote, and its statistics commit with them)
            st.execute("ANALYZE");
        }
    }

    /** A {@code COPY table (columns) FROM STDIN} in progress: {@link #add} each value, {@link #endRow}, {@link #finish}. */
    public static Rows rows(Connection c, String table, String columns) throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
        return new Rows(in);
    }

    public static final class Rows implements AutoCloseable {
        private final CopyIn in;
        private final StringBuilder row = new StringBuilder();
        private byte[] buf = new byte[CHUNK + 4096];
        private int len;
        private boolean first = true;

        private Rows(CopyIn in) {
            this.in = in;
        }

        /** One value of the row: null, a byte array (bytea) or anything whose text PostgreSQL reads back as itself. */
        public void add(Object v) {
            if (!first) row.append('\t');
            first = false;
            if (v == null) {
                row.append("\\N");
            } else if (v instanceof byte[] b) {
                row.append("\\\\x").append(HexFormat.of().formatHex(b));
            } else {
                String s = v.toString();
                for (int i = 0; i < s.length(); i++) {
                    char ch = s.charAt(i);
                    switch (ch) {
                        case '\\' -> row.append("\\\\");
                        case '\t' -> row.append("\\t");
                        case '\n' -> row.append("\\n");
                        case '\r' -> row.append("\\r");
                        default -> row.append(ch);
                    }
                }
            }
        }

        public void endRow() throws SQLException {
            row.append('\n');
            byte[] b = row.toString().getBytes(StandardCharsets.UTF_8);
            row.setLength(0);
            first = true;
            if (len + b.length > buf.length) flush();
            if (b.length > buf.length) {
                in.writeToCopy(b, 0, b.length);
                return;
            }
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
            if (len >= CHUNK) flush();
        }

        private void flush() throws SQLException {
            if (len > 0) in.writeToCopy(buf, 0, len);
            len = 0;
        }

        /** Sends what is left and ends the COPY; returns the rows the server took. */
        public long finish() throws SQLException {
            flush();
            return in.endCopy();
        }

        @Override
        public void close() {
            if (in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException ignored) {
                    // the transaction is rolled back anyway
                }
            }
        }
    }
}
