package tix.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed completion scripts and man pages are exactly what the command model generates today. When a
 * command or option changes, regenerate them: {@code mvn -B -q -Pregen test} (README, Development).
 */
class DocsFreshTest {
    static final String REGEN = "regenerate with: mvn -B -q -Pregen test   (then commit completions/ and man/)";
    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static boolean regen() {
        return Boolean.getBoolean("tix.regen");
    }

    @Test
    void completionScriptsAreFresh() throws Exception {
        check(Generated.completions());
    }

    /**
     * Each committed man page was made from exactly the AsciiDoc the model gives today (its first lines name the
     * source's SHA-256); no page is missing and none is left over from a removed command. The troff conversion
     * itself (JRuby, slow) runs only when regenerating.
     */
    @Test
    void manPagesAreFresh() throws Exception {
        Map<String, String> sources = Generated.manSources();
        Path man = ROOT.resolve("man");
        if (regen()) {
            Generated.write(ROOT, Generated.manPages(sources));
            try (var files = Files.list(man)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    String page = p.getFileName().toString().replaceFirst("\\.1$", "");
                    if (p.toString().endsWith(".1") && !sources.containsKey(page)) Files.delete(p);
                }
            }
            return;
        }
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path p = man.resolve(e.getKey() + ".1");
            String expected = Generated.SOURCE_LINE + Generated.sha(e.getValue());
            if (!Files.exists(p) || !Files.readString(p).lines().limit(3).anyMatch(expected::equals)) stale.add(p.getFileName().toString());
        }
        if (Files.isDirectory(man)) {
            try (var files = Files.list(man)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".1"))
                        .filter(n -> !sources.containsKey(n.substring(0, n.length() - 2))).forEach(n -> stale.add(n + " (no such command)"));
            }
        }
        if (!stale.isEmpty()) fail("stale man pages " + stale + "; " + REGEN);
    }

    static void check(Map<String, String> files) throws Exception {
        if (regen()) {
            Generated.write(ROOT, files);
            return;
        }
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = ROOT.resolve(e.getKey());
            if (!Files.exists(p) || !Files.readString(p).equals(e.getValue())) stale.add(e.getKey());
        }
        if (!stale.isEmpty()) fail("stale generated files " + stale + "; " + REGEN);
        assertEquals(List.of(), stale);
    }
}
