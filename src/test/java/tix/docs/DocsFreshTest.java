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
