package tix.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tix.cli.Env;

/**
 * The training run of the class-data archive (JDK 17+ AppCDS, JDK 25+ AOT cache): the commands agents type all day,
 * in one JVM, on a throwaway desk, so that every class they load (picocli's model, the commands, the store, the
 * renderers, Jackson for {@code --json}) is in the archive the launcher maps on every later start.
 *
 * <pre>java -XX:AOTCacheOutput=tix.aot -cp tix.jar tix.server.Training DIR</pre>
 */
public final class Training {
    private Training() {
        throw new AssertionError();
    }

    /** The everyday command lines, run in this order on a new desk. */
    static final List<List<String>> DAY = List.of(
            List.of("init"),
            List.of("agent", "add", "ana", "--name", "Ana Lima"),
            List.of("create", "--title", "Cannot log in after password reset", "--requester", "carla@example.com",
                    "--channel", "email", "--priority", "high", "--tag", "login", "--body", "The login page reloads."),
            List.of("create", "--title", "Invoice shows the wrong VAT rate", "--requester", "dan@example.org",
                    "--tag", "billing", "--body", "-", "--json", "id,status"),
            List.of("show", "1"),
            List.of("show", "1", "--json"),
            List.of("list", "--limit", "50"),
            List.of("list", "--json"),
            List.of("ls", "--status", "new", "--csv"),
            List.of("search", "invoice"),
            List.of("tag", "1", "+sso", "-login"),
            List.of("priority", "1", "urgent"),
            List.of("take", "1"),
            List.of("assign", "2", "ana"),
            List.of("reply", "1", "--body", "Please clear your cookies.", "--status", "pending"),
            List.of("note", "2", "--body", "Checked the VAT table."),
            List.of("status", "2", "open"),
            List.of("history", "1"),
            List.of("show", "7"),
            List.of("priority", "1", "500"),
            List.of("_complete", "ticket"),
            List.of("_complete", "--describe", "agent"),
            List.of("_complete", "tag"),
            List.of("--help"),
            List.of("show", "--help"));

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("tix-train-");
        day(dir, 2);
        Server.serves(new String[] {"show", "1"}, true);
    }

    /** Runs {@link #DAY} {@code rounds} times on a new desk in {@code dir}. */
    static void day(Path dir, int rounds) throws IOException {
        Files.createDirectories(dir);
        String db = dir.resolve("train.db").toString();
        Map<String, String> vars = Map.of("HOME", dir.toString(), "XDG_CACHE_HOME", dir.resolve("cache").toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString(), "USER", "lead", "TIX_AGENT", "lead",
                "TIX_DB", db, "LANG", "C.UTF-8");
        for (int round = 0; round < rounds; round++) {
            for (List<String> line : DAY) {
                if (round > 0 && line.get(0).equals("init")) continue;
                Env env = new Env(vars, new ByteArrayInputStream("VAT is 23%.\n".getBytes(StandardCharsets.UTF_8)),
                        false, false, false);
                PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
                tix.Main.run(line.toArray(new String[0]), env, sink, sink);
            }
        }
    }
}
