import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** The JDBC floor: open the desk with sqlite-jdbc, select one ticket, print it. What any JVM tool pays at least. */
public class Floor {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
             PreparedStatement s = c.prepareStatement("SELECT id, title, status, priority FROM tickets WHERE id = ?")) {
            s.setLong(1, Long.parseLong(args[1]));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    System.out.println("#" + r.getLong(1) + " " + r.getString(2) + "  " + r.getString(3) + "  " + r.getInt(4));
                }
            }
        }
    }
}
