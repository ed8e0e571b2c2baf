package tix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tix.cli.Env;

/**
 * Runs tix in-process through the real entry point ({@link Main#run}) against a real SQLite file, the way a user's
 * shell would: arguments, environment, stdin; exit code, stdout and stderr back.
 */
public final class TixRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Result(int code, String out, String err) {
        public JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON: " + out + "\nstderr: " + err, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Path home;
    private final Path db;
    private final Map<String, String> vars = new HashMap<>();
    private String agent;
    private String now;

    /** The PostgreSQL database of this runner (-Dtix.engine=postgresql), else null: the SQLite file {@link #db}. */
    private final String url;

    public TixRunner(Path dir) {
        this(dir, PgCluster.enabled());
    }

    /** A runner on a new PostgreSQL database ({@code postgres}) or on {@code dir}/tix.db, whatever the engine. */
    public TixRunner(Path dir, boolean postgres) {
        this.home = dir;
        this.db = dir.resolve("tix.db");
        this.url = postgres ? PgCluster.get().newDatabase() : null;
        vars.put("HOME", home.toString());
        vars.put("XDG_DATA_HOME", home.resolve("data").toString());
        vars.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        vars.put("USER", "admin");
    }

    public Path db() {
        return db;
    }

    /** What --db names: the SQLite file, or the PostgreSQL URL when the tests run on PostgreSQL. */
    public String location() {
        return url != null ? url : db.toString();
    }

    /** Whether this desk is a PostgreSQL database. */
    public boolean postgres() {
        return url != null;
    }

    /** Runs one SQL statement on the desk directly, for states no command can make. */
    public void sql(String statement) {
        try (Connection c = connection(); Statement st = c.createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** A connection of the tests' own to the desk (either engine). */
    public Connection connection() throws SQLException {
        return url != null ? PgCluster.connect(url) : DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    public Path home() {
        return home;
    }

    /** The agent later runs act as (--as), or null for the environment's user. */
    public TixRunner as(String login) {
        this.agent = login;
        return this;
    }

    /** The time later runs act at (--now), or null for the clock. */
    public TixRunner at(String instant) {
        this.now = instant;
        return this;
    }

    public TixRunner env(String name, String value) {
        if (value == null) vars.remove(name);
        else vars.put(name, value);
        return this;
    }

    public Result run(String... args) {
        return runWithInput("", args);
    }

    public Result runWithInput(String stdin, String... args) {
        return runWithBytes(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    public Result runWithBytes(byte[] stdin, String... args) {
        List<String> argv = new ArrayList<>(List.of(args));
        if (!argv.contains("--db")) { // a test naming its own database
            argv.add("--db");
            argv.add(location());
        }
        if (agent != null) {
            argv.add("--as");
            argv.add(agent);
        }
        if (now != null) {
            argv.add("--now");
            argv.add(now);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Env env = new Env(Map.copyOf(vars), new ByteArrayInputStream(stdin), false, false);
        int code = Main.run(argv.toArray(new String[0]), env, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs and fails the test unless the exit code is 0. */
    public Result ok(String... args) {
        Result r = run(args);
        if (r.code() != 0) throw new AssertionError("expected success: tix " + String.join(" ", args) + "\n" + r);
        return r;
    }

    /** The ticket ids a listing command prints, in its order: {@code args} run with {@code --json id}, which must succeed. */
    public List<Long> ids(String... args) {
        List<String> argv = new ArrayList<>(List.of(args));
        argv.add("--json");
        argv.add("id");
        List<Long> out = new ArrayList<>();
        for (JsonNode n : ok(argv.toArray(new String[0])).json()) out.add(n.get("id").asLong());
        return out;
    }

    /** The database file's bytes (after a command, WAL content is checkpointed into it on close). */
    public byte[] bytes() {
        // no file: the rows, and the search index that SQLite keeps in the file too
        if (url != null) return (dump() + searchIndex()).getBytes(StandardCharsets.UTF_8);
        try {
            return Files.readAllBytes(db);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A canonical text dump: every table's rows in rowid order, plus the schema version. */
    public String dump() {
        if (url != null) return pgDump(false);
        StringBuilder sb = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                sb.append("user_version=").append(rs.getInt(1)).append('\n');
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                    sb.append(rs.getString(2)).append('\n');
                }
            }
            for (String t : tables) {
                sb.append("== ").append(t).append('\n');
                int columns;
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\" LIMIT 0")) {
                    columns = rs.getMetaData().getColumnCount();
                }
                StringBuilder order = new StringBuilder("1");
                for (int i = 2; i <= columns; i++) order.append(", ").append(i);
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY " + order)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                        sb.append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot dump " + db, e);
        }
        return sb.toString();
    }

    private String searchIndex() {
        return pgDump(true);
    }

    /** As {@link #dump} for PostgreSQL: every table's rows in column order, plus the schema version. */
    private String pgDump(boolean searchTables) {
        StringBuilder sb = new StringBuilder();
        try (Connection c = connection(); Statement st = c.createStatement()) {
            // the catalog, not information_schema: a dump runs twice per refused command
            Map<String, List<String>> tables = new java.util.TreeMap<>();
            try (ResultSet rs = st.executeQuery("SELECT c.relname, a.attname FROM pg_class c JOIN pg_attribute a "
                    + "ON a.attrelid = c.oid WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') "
                    + "AND NOT c.relispartition "
                    + "AND a.attnum > 0 AND NOT a.attisdropped AND a.atttypid <> 'tsvector'::regtype "
                    + "ORDER BY c.relname, a.attnum")) {
                while (rs.next()) {
                    String t = rs.getString(1);
                    if (t.endsWith("_fts") == searchTables) {
                        tables.computeIfAbsent(t, k -> new ArrayList<>()).add('"' + rs.getString(2) + '"');
                    }
                }
            }
            for (Map.Entry<String, List<String>> e : tables.entrySet()) {
                String t = e.getKey();
                List<String> columns = e.getValue();
                sb.append("== ").append(t).append('\n');
                sb.append(String.join("|", columns)).append('\n');
                StringBuilder order = new StringBuilder("1");
                for (int i = 2; i <= columns.size(); i++) order.append(", ").append(i);
                try (ResultSet rs = st.executeQuery("SELECT " + String.join(", ", columns) + " FROM \"" + t
                        + "\" ORDER BY " + order)) {
                    int n = columns.size();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                        sb.append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot dump " + url, e);
        }
        return sb.toString();
    }
}
