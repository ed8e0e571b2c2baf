package tix.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed man pages render with man(1) and groff without a warning, and carry the sections people look for. */
class ManPagesRenderTest {
    private static final Path MAN = Path.of("man").toAbsolutePath();

    private static String[] run(Map<String, String> env, String... argv) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().putAll(env);
        Path err = Files.createTempFile("man-err", ".txt");
        try {
            Process p = pb.redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            return new String[] {String.valueOf(code), out, Files.readString(err)};
        } finally {
            Files.deleteIfExists(err);
        }
    }

    @Test
    void tixOneRendersWithManWithoutWarningsAndHasItsSections() throws Exception {
        String[] r = run(Map.of("MANWIDTH", "80", "MAN_KEEP_FORMATTING", "0"), "man", "--warnings", "-l", MAN.resolve("tix.1").toString());
        assertEquals("0", r[0], r[2]);
        assertEquals("", r[2], "man --warnings printed warnings");
        String page = r[1].replaceAll(".\b", "");
        for (String section : List.of("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS", "EXAMPLES",
                "TIME RULES", "SLA", "ENVIRONMENT", "FILES", "SEE ALSO")) {
            assertTrue(page.contains("\n" + section + "\n"), "section " + section + " in tix(1):\n" + page);
        }
        assertTrue(page.contains("3 days without a customer reply"), "the pending rule is in the time rules");
        for (String line : page.split("\n")) assertTrue(line.length() <= 80, "fits MANWIDTH=80: " + line);
    }

    @Test
    void everyPageRendersWithGroffWithoutWarningsAndHasExamplesAndExitStatus() throws Exception {
        List<Path> pages = new ArrayList<>();
        try (var files = Files.list(MAN)) {
            files.filter(p -> p.toString().endsWith(".1")).sorted().forEach(pages::add);
        }
        assertTrue(pages.size() > 30, "a page per command: " + pages);
        assertTrue(pages.contains(MAN.resolve("tix-escalate.1")));
        for (Path p : pages) {
            String[] r = run(Map.of(), "groff", "-ww", "-t", "-man", "-Tutf8", "-z", p.toString());
            assertEquals("", r[2], "groff warnings for " + p.getFileName());
            assertEquals("0", r[0], p.getFileName().toString());
            String troff = Files.readString(p);
            assertTrue(troff.contains(".SH \"EXAMPLES\""), "EXAMPLES in " + p.getFileName());
            assertTrue(troff.contains(".SH \"EXIT STATUS\""), "EXIT STATUS in " + p.getFileName());
        }
    }
}
