package tix.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A warm-up's scratch desk (the shell's {@link ShellWarmUp}, the server's {@code WarmUp}): a temporary directory that
 * holds the desk and everything its commands write (home, config, caches, state), so the user's own are never touched.
 */
public final class Scratch {
    private Scratch() {
        throw new AssertionError();
    }

    /** The environment of commands on the desk {@code db} in {@code dir}: that directory as their home, a wide terminal. */
    public static Map<String, String> vars(Path dir, String db) {
        Map<String, String> vars = new HashMap<>(Map.of("HOME", dir.toString(),
                "XDG_CACHE_HOME", dir.resolve("cache").toString(), "XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "XDG_STATE_HOME", dir.resolve("state").toString(), "USER", "lead", "TIX_AGENT", "lead", "TIX_DB", db,
                "LANG", "C.UTF-8", "PAGER", "cat"));
        vars.putAll(Map.of("COLUMNS", "160", "LINES", "50"));
        return vars;
    }

    /** Removes {@code dir} and everything in it, as far as it can: what is left, the system's cleaner takes. */
    public static void delete(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            // a temporary directory left behind
        }
    }
}
