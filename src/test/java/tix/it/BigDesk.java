package tix.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a desk quickly for the tests that need long commands: ticket #1 (made by tix) is copied as tickets 2..n with
 * their created events, messages and search index rows, in one SQL statement each, through the real schema and its
 * triggers.
 */
final class BigDesk {
    private BigDesk() {
        throw new AssertionError();
    }

    static void copyTicketOne(Path db, int n) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            c.setAutoCommit(false);
            List<String> cols = columns(st, "tickets");
            cols.remove("id");
            String range = "WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < " + n + ") ";
            st.execute(range + "INSERT INTO tickets(id, " + String.join(", ", cols) + ") SELECT n.i, "
                    + String.join(", ", cols).replace("title", "title || ' ' || n.i") + " FROM n, tickets t WHERE t.id = 1");
            List<String> ev = columns(st, "events");
            ev.remove("id");
            ev.remove("ticket_id");
            st.execute(range + "INSERT INTO events(ticket_id, " + String.join(", ", ev) + ") SELECT n.i, "
                    + String.join(", ", ev) + " FROM n, events e WHERE e.ticket_id = 1");
            List<String> msg = columns(st, "messages");
            msg.remove("id");
            msg.remove("ticket_id");
            msg.remove("message_id");
            st.execute(range + "INSERT INTO messages(ticket_id, " + String.join(", ", msg) + ") SELECT n.i, "
                    + String.join(", ", msg) + " FROM n, messages m WHERE m.ticket_id = 1");
            c.commit();
        }
    }

    private static List<String> columns(Statement st, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) out.add(rs.getString("name"));
        }
        return out;
    }
}
