package tix.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.Tmux;

/** ./install.sh --prefix DIR on the packaged jar: then tix runs, `man tix` finds its page and TAB completes. */
class InstallIT {
    @TempDir
    Path dir;

    private static String[] run(Map<String, String> env, List<String> argv) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new String[] {String.valueOf(p.waitFor()), out};
    }

    @Test
    void installsLauncherJarManPagesAndCompletions() throws Exception {
        Path prefix = dir.resolve("prefix");
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        String jar = System.getProperty("tix.jar", Path.of("target/tix.jar").toAbsolutePath().toString());
        String[] r = run(Map.of("TIX_JAR", jar, "HOME", home.toString()),
                List.of("bash", Path.of("install.sh").toAbsolutePath().toString(), "--prefix", prefix.toString()));
        assertEquals("0", r[0], r[1]);
        assertTrue(r[1].contains("installed tix in " + prefix), r[1]);
        for (String f : List.of("bin/tix", "share/tix/target/tix.jar", "share/man/man1/tix.1",
                "share/man/man1/tix-escalate.1", "share/bash-completion/completions/tix",
                "share/fish/vendor_completions.d/tix.fish", "share/tix/completions/tix.zsh",
                "share/zsh/site-functions/_tix")) {
            assertTrue(Files.exists(prefix.resolve(f)), f + " installed");
        }
        String path = prefix.resolve("bin") + ":/usr/local/bin:/usr/bin:/bin";
        Map<String, String> env = Map.of("PATH", path, "HOME", home.toString(), "MANPATH", "");
        String[] version = run(env, List.of(prefix.resolve("bin/tix").toString(), "--version"));
        assertEquals("0", version[0], version[1]);
        assertTrue(version[1].startsWith("tix "), version[1]);
        // man finds PREFIX/share/man from PREFIX/bin on PATH
        String[] where = run(Map.of("PATH", path, "HOME", home.toString()), List.of("man", "-w", "tix-escalate"));
        assertEquals(prefix.resolve("share/man/man1/tix-escalate.1").toString(), where[1].strip(), where[1]);

        Map<String, String> shell = Map.of("PATH", path, "HOME", home.toString(), "TERM", "xterm-256color",
                "TIX_DB", dir.resolve("t.db").toString());
        try (Tmux t = new Tmux(shell, 100, 20, "bash", "--norc", "--noprofile")) {
            t.type("PS1='$ '; source " + prefix.resolve("share/bash-completion/completions/tix") + "; clear").press("Enter");
            t.await("prompt", s -> s.equals("$"));
            t.type("tix deesc").press("Tab");
            t.await("completed from the installed script", s -> s.endsWith("$ tix deescalate"));
        }

        String[] gone = run(Map.of("HOME", home.toString()), List.of("bash", Path.of("install.sh").toAbsolutePath().toString(),
                "--prefix", prefix.toString(), "--uninstall"));
        assertEquals("0", gone[0], gone[1]);
        assertTrue(!Files.exists(prefix.resolve("bin/tix")) && !Files.exists(prefix.resolve("share/man/man1/tix.1")));
    }
}
