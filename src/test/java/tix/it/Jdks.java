package tix.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The JDKs installed on this machine (17 or newer), read from their release files like the launcher does. */
final class Jdks {
    private Jdks() {
        throw new AssertionError();
    }

    static List<Path> all() {
        List<Path> homes = new ArrayList<>();
        homes.add(Path.of(System.getProperty("java.home")));
        Path jvm = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvm)) {
            try (Stream<Path> s = Files.list(jvm)) {
                s.filter(p -> !Files.isSymbolicLink(p) && Files.isExecutable(p.resolve("bin/java")))
                        .filter(p -> major(p) >= 17).sorted().forEach(homes::add);
            } catch (IOException e) {
                // none listed: the test JVM alone
            }
        }
        return homes;
    }

    static Path newest() {
        Path best = null;
        for (Path p : all()) if (best == null || major(p) > major(best)) best = p;
        return best;
    }

    static int major(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    if (v.startsWith("1.")) v = v.substring(2);
                    return Integer.parseInt(v.split("[^0-9]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no release file: unknown
        }
        return Runtime.version().feature();
    }
}
