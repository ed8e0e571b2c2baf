package tix.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.PgCluster;
import tix.TixRunner;
import tix.Tmux;

/** `tix` alone on a real terminal (tmux): the shell, its prompt, completion, multi-line bodies, Ctrl-C, history. */
class InteractiveShellTest {
    @TempDir
    Path dir;

    Path bin;
    TixRunner tix;

    @BeforeEach
    void desk() throws Exception {
        tix = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
        tix.ok("agent", "add", "ana", "--name", "Ana Lima");
        tix.ok("create", "--title", "Printer on fire", "--requester", "carla@example.com", "--body", "Smoke");
        tix.ok("create", "--title", "Login loops", "--requester", "dan@example.com");
        bin = Tmux.launcher(dir.resolve("bin")).getParent();
    }

    private Map<String, String> env() {
        return Map.of("PATH", Tmux.path(bin), "HOME", dir.toString(), "TERM", "xterm-256color",
                "TIX_DB", tix.db().toString(), "TIX_AGENT", "lead", "LANG", "C.UTF-8", "PAGER", "cat");
    }

    private static boolean promptAtEnd(String screen, String prompt) {
        String[] lines = screen.split("\n");
        return lines[lines.length - 1].equals(prompt.stripTrailing());
    }

    /** A shell on an empty PostgreSQL database: a first command refused (no desk), then init in the same shell. */
    @Test
    void initWorksAfterAFailedFirstCommandOnAPostgresqlUrl() throws Exception {
        String url = PgCluster.get().newDatabase();
        Map<String, String> env = new java.util.HashMap<>(env());
        env.put("TIX_DB", url);
        try (Tmux t = new Tmux(env, 120, 40, "tix")) {
            t.await("prompt", s -> s.stripTrailing().endsWith(">"));
            t.type("list").press("Enter");
            t.await("refused", s -> s.contains("tix: no desk at " + url));
            t.type("init").press("Enter");
            t.await("made", s -> s.contains("Initialised " + url + " with lead as admin."));
            t.type("create --title Printer --requester carla@example.com").press("Enter");
            t.await("a ticket on the new desk", s -> s.contains("#1"));
            t.type("exit").press("Enter");
        }
    }

    /**
     * The shell's background warm-up (ShellWarmUp) works on a scratch desk of its own: the user's desk gets none of its
     * tickets, and a shell that ends before the warm-up is done leaves no scratch desk behind.
     */
    @Test
    void theWarmUpLeavesTheDeskAndTheTemporaryDirectoryAsTheyWere() throws Exception {
        Path tmp = java.nio.file.Files.createDirectories(dir.resolve("tmp"));
        try (Tmux t = new Tmux(envWithTmp(tmp), 120, 40, "tix")) {
            t.await("prompt", s -> promptAtEnd(s, "lead 0 open 0 red>"));
            t.type("show 2").press("Enter");
            t.await("shown", s -> s.contains("#2 Login loops") && promptAtEnd(s, "lead 0 open 0 red>"));
            t.type("exit").press("Enter");
        }
        for (int i = 0; i < 50 && hasEntries(tmp); i++) Thread.sleep(100);
        assertFalse(hasEntries(tmp), "no scratch desk left in " + tmp);
        String all = tix.ok("list", "--json", "id,title").out();
        assertTrue(all.contains("Printer on fire") && all.contains("Login loops"), all);
        assertFalse(all.contains("VAT") || all.contains("password reset"), "none of the warm-up's tickets: " + all);
    }

    /** A terminal closed while the warm-up runs (the shell gets SIGHUP) leaves no scratch desk either. */
    @Test
    void aTerminalClosedDuringTheWarmUpLeavesNoScratchDesk() throws Exception {
        Path tmp = java.nio.file.Files.createDirectories(dir.resolve("tmp-hup"));
        try (Tmux t = new Tmux(envWithTmp(tmp), 120, 40, "tix")) {
            t.await("prompt", s -> promptAtEnd(s, "lead 0 open 0 red>"));
            for (int i = 0; i < 50 && !hasEntries(tmp); i++) Thread.sleep(20);
            assertTrue(hasEntries(tmp), "the warm-up is under way");
            Thread.sleep(300); // its first commands written: the desk, its WAL, the completion cache beside it
        } // the terminal ends: the shell is sent SIGHUP
        for (int i = 0; i < 50 && hasEntries(tmp); i++) Thread.sleep(100);
        assertFalse(hasEntries(tmp), "no scratch desk left in " + tmp);
    }

    /** The shell's environment with its JVM's temporary directory (where the warm-up makes its scratch desk) in {@code tmp}. */
    private Map<String, String> envWithTmp(Path tmp) {
        Map<String, String> env = new java.util.HashMap<>(env());
        env.put("TIX_JAVA_OPTS", "-Djava.io.tmpdir=" + tmp);
        return env;
    }

    private static boolean hasEntries(Path d) throws IOException {
        try (var s = java.nio.file.Files.list(d)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("tix-shell-warm-"));
        }
    }

    /** The prompt is counted again only after a change, and a change by another process is one. */
    @Test
    void thePromptFollowsWritesByAnotherProcess() throws Exception {
        try (Tmux t = new Tmux(env(), 120, 40, "tix")) {
            t.await("prompt", s -> promptAtEnd(s, "lead 0 open 0 red>"));
            tix.ok("take", "1");
            t.press("Enter");
            t.await("another process took a ticket for lead", s -> promptAtEnd(s, "lead 1 open 0 red>"));
            t.type("show 1").press("Enter");
            t.await("a read changes nothing", s -> s.contains("#1 Printer on fire") && promptAtEnd(s, "lead 1 open 0 red>"));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tix.db()); Statement st = c.createStatement()) {
                st.execute("UPDATE tickets SET sla_colour = 'red' WHERE id = 1");
            }
            t.press("Enter");
            t.await("a red ticket written straight into the file", s -> promptAtEnd(s, "lead 1 open 1 red>"));
            tix.ok("assign", "1", "--to", "ana");
            t.press("Enter");
            t.await("and given to ana", s -> promptAtEnd(s, "lead 0 open 0 red>"));
            t.type("exit").press("Enter");
        }
    }

    @Test
    void promptCountsCompletionMultiLineBodiesAndCtrlC() throws Exception {
        try (Tmux t = new Tmux(env(), 120, 40, "tix")) {
            t.await("prompt", s -> promptAtEnd(s, "lead 0 open 0 red>"));
            t.type("take 1").press("Enter");
            t.await("one open ticket in the prompt", s -> promptAtEnd(s, "lead 1 open 0 red>"));

            t.type("show ").press("Tab");
            t.await("ticket ids with titles", s -> s.contains("(Printer on fire)") && s.contains("(Login loops)"));
            t.press("C-u").type("assign 2 --to a").press("Tab");
            t.await("agent completed", s -> s.contains("lead 1 open 0 red> assign 2 --to ana"));

            // Ctrl-C drops the line: nothing is created
            // (the line is on the screen before Ctrl-C: the prompt awaited after it is then the fresh one, and no key
            // is typed ahead of it, which the terminal would flush with the interrupt)
            t.press("C-u").type("create --title Nope --requester nope@example.com");
            t.await("the line typed", s -> s.endsWith("create --title Nope --requester nope@example.com"));
            t.press("C-c");
            t.await("fresh prompt", s -> promptAtEnd(s, "lead 1 open 0 red>"));

            // an unclosed quote continues on the next line: a two-line note
            t.type("note 1 --body \"first line").press("Enter");
            t.await("continuation prompt", s -> s.contains("--body \"first line") && s.endsWith(">"));
            t.type("second line\"").press("Enter");
            t.await("note done", s -> s.contains("#1") && promptAtEnd(s, "lead 1 open 0 red>"));

            // the sweep (another process) turns #1 red: the prompt shows it after the next command
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tix.db()); Statement st = c.createStatement()) {
                st.execute("UPDATE tickets SET sla_colour = 'red' WHERE id = 1");
            }
            t.type("list --format '{id} {title}'").press("Enter");
            String s = t.await("red in the prompt", x -> promptAtEnd(x, "lead 1 open 1 red>"));
            assertTrue(s.contains("1 Printer on fire\n2 Login loops\n"), s);
            t.type("exit").press("Enter");
        }
        List<String> bodies = new ArrayList<>();
        tix.ok("show", "1", "--json", "messages").json().get("messages").forEach(m -> bodies.add(m.get("body").asText()));
        assertTrue(bodies.contains("first line\nsecond line"), "the two-line note: " + bodies);
        assertEquals(2, tix.ok("list", "--json", "id").json().size(), "Ctrl-C created nothing");
    }

    @Test
    void historySurvivesTheShellAndAnErrorKeepsItRunning() {
        try (Tmux t = new Tmux(env(), 100, 30, "tix", "shell")) {
            t.await("prompt", s -> promptAtEnd(s, "lead 0 open 0 red>"));
            t.type("show 99").press("Enter");
            t.await("error, then the prompt again", s -> s.contains("tix: ") && s.contains("#99")
                    && promptAtEnd(s, "lead 0 open 0 red>"));
            t.type("search printer").press("Enter");
            t.await("result", s -> s.contains("Printer on fire") && promptAtEnd(s, "lead 0 open 0 red>"));
            t.press("C-d");
        }
        try (Tmux t = new Tmux(env(), 100, 30, "tix", "shell")) {
            t.await("prompt", s -> promptAtEnd(s, "lead 0 open 0 red>"));
            t.press("Up");
            t.await("last command from history", s -> s.endsWith("lead 0 open 0 red> search printer"));
        }
    }

    /**
     * The shell drives its terminal in-process (JLine's JNI provider): a command starts no child process. With JLine's
     * fallback, every size and mode query ran `stty`, eight processes a command (found on PATH: here a logging one).
     */
    @Test
    void commandsInTheShellRunNoStty() throws Exception {
        Path log = dir.resolve("stty.log");
        Path stty = bin.resolve("stty");
        java.nio.file.Files.writeString(stty, "#!/bin/sh\necho \"$*\" >> '" + log + "'\n"
                + "for s in /usr/bin/stty /bin/stty; do [ -x \"$s\" ] && exec \"$s\" \"$@\"; done\nexit 1\n");
        java.nio.file.Files.setPosixFilePermissions(stty, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Tmux t = new Tmux(env(), 120, 40, "tix", "shell")) {
            t.await("prompt", s -> promptAtEnd(s, "lead 0 open 0 red>"));
            t.type("show 1").press("Enter");
            t.await("the ticket", s -> s.contains("#1 Printer on fire") && promptAtEnd(s, "lead 0 open 0 red>"));
            t.type("list").press("Enter");
            t.await("the list", s -> s.contains("Login loops") && promptAtEnd(s, "lead 0 open 0 red>"));
            t.type("histo").press("Tab");
            t.await("line editing still works", s -> s.endsWith("lead 0 open 0 red> history"));
            t.press("C-u").type("exit").press("Enter");
        }
        String ran = java.nio.file.Files.exists(log) ? java.nio.file.Files.readString(log) : "";
        assertEquals("", ran, "stty runs by the shell");
    }

    @Test
    void otherCommandsNeverLoadJLine() throws IOException, InterruptedException {
        String out = classesLoaded("list", "--db", tix.db().toString(), "--as", "lead");
        assertTrue(out.contains("tix.cli.ListCommand"), "the command that runs is modelled");
        assertFalse(out.contains("tix.cli.ShellCommand"), "and no other top-level command");
        assertTrue(out.contains("Printer on fire"), out.length() > 2000 ? out.substring(out.length() - 2000) : out);
        assertFalse(out.contains("org.jline"), "no JLine class in a normal command");
        assertFalse(out.contains("tix.cli.shell.Repl"), "the REPL is not loaded");

        String help = classesLoaded("--help");
        assertTrue(help.contains("tix.cli.ShellCommand"), "the whole tree, shell included, for help");
        assertFalse(help.contains("org.jline"), "registering the shell loads no JLine");
    }

    private static String classesLoaded(String... args) throws IOException, InterruptedException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> argv = new ArrayList<>(List.of(java, "-verbose:class", "-cp", cp, "tix.Main"));
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
