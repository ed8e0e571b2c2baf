package tix.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code tix shell}: many commands in one process, over a command line built by the same factory as every run
 * ({@link Tix#commandLine}), with the same completion. The database stays open between commands. JLine is
 * reached only through {@link Repl}, so no other command loads it.
 */
@Command(name = "shell", description = {"An interactive shell: type tix commands without 'tix' (TAB completes "
        + "commands, options, ticket ids, agents, tiers, tags ...). One process for many commands, so each answers "
        + "at once. The prompt shows the acting agent and their open and red tickets.",
        "History is kept in $XDG_STATE_HOME/tix/history (else ~/.local/state/tix/history). An unclosed quote or a "
        + "line ending in \\ continues on the next line (multi-line bodies). Ctrl-C cancels the line being typed; "
        + "Ctrl-D or 'exit' leaves. 'tix' alone on a terminal starts it too."})
final class ShellCommand extends BaseCommand {
    @Override
    int run() {
        return start(spec.root().commandLine(), List.of());
    }

    /**
     * Runs the shell for the root command line {@code outer}. The work is in {@link ShellSession}, so loading this
     * command (every run registers it) loads nothing of the shell.
     */
    static int start(CommandLine outer, List<String> extra) {
        return ShellSession.start(outer, extra);
    }

    /** "lead 3 open 1 red> ": the acting agent and their active and red tickets (after each command). */
    static String prompt(CommandLine cl, List<String> base) {
        TixCommand inner = (TixCommand) cl.getCommand();
        try {
            // the shell's own global options (--db, --as) decide whose counts these are
            cl.parseArgs(base.toArray(new String[0]));
            String actor = inner.actor();
            if (!Files.isRegularFile(inner.dbPath())) return actor + "> ";
            long[] mine = inner.session().store().read(tx -> tx.reports().mine(actor));
            String red = mine[1] + " red";
            if (inner.colour() && mine[1] > 0) red = "\u001b[31m" + red + "\u001b[0m";
            return actor + " " + mine[0] + " open " + red + "> ";
        } catch (RuntimeException e) {
            return "tix> ";
        } finally {
            inner.close();
        }
    }

    /**
     * The prompt of one shell, counted again only when the desk changed since it was last counted: a write by this
     * shell or by any other process changes the store's {@link tix.app.Store#changeStamp} (for SQLite,
     * {@code data_version} and the connection's own changes; a desk opened again is a change too). The counts depend
     * on nothing else (the actor is the shell's; the red count is the colour the sweep stored). A store that cannot
     * tell (PostgreSQL) is counted every time.
     */
    static final class Prompt {
        private String text;
        private Object stamp;

        String get(CommandLine cl, List<String> base) {
            TixCommand inner = (TixCommand) cl.getCommand();
            Object now = null;
            try {
                cl.parseArgs(base.toArray(new String[0]));
                // asked before counting: a commit between the two makes the next prompt count again
                if (Files.isRegularFile(inner.dbPath())) now = inner.session().store().changeStamp();
            } catch (RuntimeException e) {
                now = null;
            } finally {
                inner.close();
            }
            if (now != null && now.equals(stamp)) return text;
            text = prompt(cl, base);
            stamp = text.equals("tix> ") ? null : now; // a failed count is tried again
            return text;
        }
    }

    static Path stateHome(Env env) {
        String x = env.var("XDG_STATE_HOME");
        if (x != null) return Path.of(x);
        String home = env.var("HOME");
        return Path.of(home != null ? home : System.getProperty("user.home")).resolve(".local").resolve("state");
    }
}
