package tix.docs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine;
import tix.cli.Completion;
import tix.cli.Env;
import tix.cli.Tix;
import tix.store.sqlite.SqliteStore;

/**
 * The files generated from the command model and committed: completions/ (bash, zsh, fish) and man/ (troff).
 * {@link DocsFreshTest} compares them with the committed ones; {@code mvn -B -q -Pregen test} rewrites them.
 */
final class Generated {
    private Generated() {
        throw new AssertionError();
    }

    static CommandLine commandLine() {
        Env env = new Env(Map.of(), new ByteArrayInputStream(new byte[0]), false, false);
        return Tix.commandLine(env, SqliteStore::new, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    /** Relative path -> content. */
    static Map<String, String> completions() {
        Completion c = new Completion(commandLine());
        Map<String, String> files = new TreeMap<>();
        files.put("completions/tix.bash", c.bash());
        files.put("completions/tix.zsh", c.zsh());
        files.put("completions/tix.fish", c.fish());
        return files;
    }

    static void write(Path root, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            if (!Files.exists(p) || !Files.readString(p).equals(e.getValue())) Files.writeString(p, e.getValue());
        }
    }
}
