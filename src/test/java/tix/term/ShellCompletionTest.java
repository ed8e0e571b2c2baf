package tix.term;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;
import tix.Tmux;

/**
 * TAB in real bash, zsh and fish (in tmux), with the committed completion scripts and a real desk: subcommands,
 * ticket ids, agents, tiers, statuses and tags come back on the screen.
 */
class ShellCompletionTest {
    @TempDir
    static Path dir;

    static Path bin;
    static Path root;

    @BeforeAll
    static void desk() throws Exception {
        TixRunner tix = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
        tix.ok("agent", "add", "ana", "--name", "Ana Lima");
        tix.ok("agent", "add", "bob");
        tix.ok("create", "--title", "Printer on fire", "--requester", "carla@example.com", "--tag", "billing");
        tix.ok("create", "--title", "Login loops", "--requester", "dan@example.com", "--tag", "sso-loop");
        tix.ok("create", "--title", "Third", "--requester", "dan@example.com");
        bin = Tmux.launcher(dir.resolve("bin")).getParent();
        root = Path.of("").toAbsolutePath();
        assertTrue(Files.isRegularFile(root.resolve("completions/tix.bash")), "committed completions/tix.bash");
    }

    private static Map<String, String> env() {
        return Map.of("PATH", Tmux.path(bin), "HOME", dir.toString(), "TERM", "xterm-256color",
                "TIX_DB", dir.resolve("tix.db").toString(), "TIX_AGENT", "lead", "LANG", "C.UTF-8");
    }

    @Test
    void bashCompletesSubcommandsTicketIdsAgentsTiersAndTags() {
        try (Tmux t = new Tmux(env(), 120, 30, "bash", "--norc", "--noprofile")) {
            t.type("PS1='$ '; source " + root.resolve("completions/tix.bash") + "; clear").press("Enter");
            t.await("prompt", s -> s.equals("$"));
            t.type("tix escal").press("Tab");
            t.await("escalate completed", s -> s.endsWith("$ tix escalate"));
            t.press("C-u").type("tix show ").press("Tab", "Tab");
            t.await("ticket ids", s -> s.matches("(?s).*\\n1\\s+2\\s+3\\n\\$ tix show\\s*$"));
            t.press("C-u").type("tix assign 2 --to ").press("Tab", "Tab");
            t.await("agents", s -> s.matches("(?s).*\\nana\\s+bob\\s+lead\\n\\$ tix assign 2 --to\\s*$"));
            t.press("C-u").type("tix escalate 2 --to t").press("Tab", "Tab");
            t.await("tiers starting with t", s -> s.matches("(?s).*\\nt1\\s+t2\\s+t3\\s+t4\\s+t5\\s+triage\\n.*"));
            t.press("C-u").type("tix list --status pen").press("Tab");
            t.await("status", s -> s.endsWith("$ tix list --status pending"));
            t.press("C-u").type("tix tag 1 -").press("Tab", "Tab");
            t.await("tags to remove", s -> s.matches("(?s).*\\n-billing\\s+-sso-loop\\n\\$ tix tag 1 -\\s*$"));
            t.press("C-u").type("tix show --j").press("Tab");
            t.await("option", s -> s.endsWith("$ tix show --json"));
            // a write keeps the cache the scripts read current: the next TAB offers the new ticket
            t.press("C-u").type("tix -q create --title Fourth --requester erin@example.com; clear").press("Enter");
            t.await("prompt after create", s -> s.equals("$"));
            t.type("tix show ").press("Tab", "Tab");
            t.await("the new ticket id", s -> s.matches("(?s).*\\n1\\s+2\\s+3\\s+4\\n\\$ tix show\\s*$"));
        }
    }

    /**
     * A desk of 251 open tickets: the cache offers the 200 last worked on with titles (52 to 251 here), and the first
     * digits of an id among the others (1 to 51) complete from the file of every open id.
     */
    @Test
    void aTypedIdBeyondTheOfferedTicketsCompletesFromEveryOpenId(@TempDir Path own) throws Exception {
        TixRunner tix = new TixRunner(own).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
        tix.ok("-q", "create", "--title", "First", "--requester", "carla@example.com");
        String cols;
        try (java.sql.Connection c = tix.connection(); java.sql.ResultSet rs = c.createStatement()
                .executeQuery("SELECT group_concat(name, ', ') FROM pragma_table_info('tickets') WHERE name <> 'id'")) {
            cols = rs.getString(1);
        }
        String range = "WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < 251) ";
        tix.sql(range + "INSERT INTO tickets(id, " + cols + ") SELECT n.i, " + cols + " FROM n, tickets t WHERE t.id = 1");
        tix.sql(range + "INSERT INTO events(ticket_id, at, actor, action) SELECT n.i, e.at, e.actor, e.action "
                + "FROM n, events e WHERE e.ticket_id = 1");
        Map<String, String> env = new java.util.HashMap<>(env());
        env.put("HOME", own.toString());
        env.put("TIX_DB", own.resolve("tix.db").toString());
        tix.ok("_complete", "--refresh");
        try (Tmux t = new Tmux(env, 120, 30, "bash", "--norc", "--noprofile")) {
            t.type("PS1='$ '; source " + root.resolve("completions/tix.bash") + "; clear").press("Enter");
            t.await("prompt", s -> s.equals("$"));
            t.type("tix show 25").press("Tab", "Tab");
            t.await("offered ids", s -> s.matches("(?s).*\\n250\\s+251\\n\\$ tix show 25\\s*$"));
            t.press("C-u").type("tix show 3").press("Tab", "Tab");
            t.await("ids not offered, by their first digits", s -> s.matches("(?s).*\\n3\\s+30\\s+31\\s+.*39\\n\\$ tix show 3\\s*$"));
        }
        try (Tmux t = new Tmux(env, 120, 30, "zsh", "-f")) {
            t.type("PS1='%% '; source " + root.resolve("completions/tix.zsh") + "; clear").press("Enter");
            t.await("prompt", s -> s.equals("%"));
            t.type("tix show 3").press("Tab");
            t.await("ids not offered, by their first digits", s -> s.contains("30") && s.contains("39"));
        }
    }

    @Test
    void zshCompletesNativelyWithDescriptions() {
        try (Tmux t = new Tmux(env(), 120, 30, "zsh", "-f")) {
            t.type("PS1='%% '; source " + root.resolve("completions/tix.zsh") + "; clear").press("Enter");
            t.await("prompt", s -> s.equals("%"));
            t.type("tix escal").press("Tab");
            t.await("escalate completed", s -> s.endsWith("% tix escalate"));
            t.type(" 1 --to ").press("Tab");
            t.await("tiers", s -> s.contains("oncall") && s.contains("triage") && s.contains("t5"));
            t.press("C-c");
            t.await("new prompt", s -> s.endsWith("%"));
            t.type("tix take ").press("Tab");
            t.await("ticket ids with titles", s -> s.contains("1  -- Printer on fire") && s.contains("2  -- Login loops")
                    && s.contains("3  -- Third"));
            t.press("C-c");
            t.await("new prompt", s -> s.endsWith("%"));
            t.type("tix show --j").press("Tab");
            t.await("option", s -> s.endsWith("% tix show --json"));
        }
    }

    @Test
    void fishCompletesWithDescriptions() {
        try (Tmux t = new Tmux(env(), 120, 30, "fish", "--no-config")) {
            t.type("function fish_prompt; echo '> '; end; source " + root.resolve("completions/tix.fish") + "; clear")
                    .press("Enter");
            t.await("prompt", s -> s.equals(">"));
            t.type("tix escal").press("Tab");
            t.await("escalate completed", s -> s.endsWith("> tix escalate"));
            t.press("C-u").type("tix show ").press("Tab");
            t.await("ticket ids with titles", s -> s.contains("1  (Printer on fire)") && s.contains("2  (Login loops)"));
            t.press("Escape", "C-u").type("tix assign 1 --to ").press("Tab");
            t.await("agents with names", s -> s.contains("ana  (Ana Lima)") && s.contains("bob"));
            t.press("Escape", "C-u").type("tix list --sla r").press("Tab");
            t.await("sla colour", s -> s.endsWith("> tix list --sla red"));
        }
    }
}
