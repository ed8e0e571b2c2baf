package tix.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tix.app.Session;
import tix.app.TicketDetail;
import tix.app.TicketQueries;
import tix.app.TicketService;
import tix.domain.Ticket;
import tix.render.Output;
import tix.render.Progress;
import tix.render.Screen;

/** Every subcommand: reaches the session and the output of this invocation through the root command. */
abstract class BaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    TixCommand root() {
        return (TixCommand) spec.root().userObject();
    }

    Session session() {
        return root().session();
    }

    TicketService tickets() {
        return new TicketService(session());
    }

    TicketQueries queries() {
        return new TicketQueries(session());
    }

    Output output() {
        TixCommand r = root();
        Screen screen = Screen.of(r.env().stdoutTerminal(), r.colour(), r.env().vars());
        return Output.of(r.json, r.csv, r.quiet, screen, spec.commandLine().getOut(), spec.commandLine().getErr(),
                r.env().stderrTerminal());
    }

    /**
     * A progress bar for long work ({@code total} units, 0 if unknown): drawn on stderr only when stderr is a
     * terminal and not --quiet, so cron and pipes never see it. Close it when done (try-with-resources).
     */
    Progress progress(String label, long total) {
        TixCommand r = root();
        return Progress.start(spec.commandLine().getErr(), r.env().stderrTerminal() && !r.quiet, label, total);
    }

    /** Prints a ticket after a mutation: the same object as `show --json`, or one table line. */
    int printChanged(Ticket t) {
        TicketDetail detail = queries().detail(t.id());
        output().changed(tix.app.Encrypted.show(detail, null));
        return ExitCodes.OK;
    }

    @Override
    public final Integer call() {
        output(); // a bad --json field list or --json with --csv is refused before anything changes
        String key = CommandRights.key(spec);
        if (!CommandRights.TABLE.containsKey(key)) {
            throw new IllegalStateException("command '" + key + "' has no entry in the rights table");
        }
        tix.domain.Right right = CommandRights.TABLE.get(key);
        int code;
        if (right != null && folds(key) && (root().dbUrlOrNull() != null || fileDeskExists())) {
            // checked inside the command's own first transaction: no transaction of its own (RightsCheckedStore)
            root().requireInFirstTransaction(right);
            code = run();
            root().finishRightsCheck();
        } else {
            // no desk yet (init, import --create, restore onto a new machine): no agents whose rights could refuse
            if (right != null && deskExists()) new tix.app.RoleService(session()).require(right);
            code = run();
        }
        root().deliverNotifications(spec.commandLine().getErr());
        return code;
    }

    abstract int run();

    /**
     * Commands whose run does nothing the user could see or keep before its first transaction (no file written, no
     * editor opened: create, reply and note only when stdin is no terminal or a body is given), so their right is
     * checked in that transaction. The others keep the check's own transaction before they start.
     */
    private static final java.util.Set<String> FOLDED = java.util.Set.of("show", "list", "search", "tag", "priority",
            "status", "take", "assign", "release", "escalate", "deescalate", "resolve", "close", "reopen", "due",
            "history", "stats");
    /** Commands that open $EDITOR for a body not given on a terminal. */
    private static final java.util.Set<String> EDITS = java.util.Set.of("create", "reply", "note");

    private boolean folds(String key) {
        if (FOLDED.contains(key)) return true;
        if (!EDITS.contains(key)) return false;
        Env env = root().env();
        if (!(env.stdinTerminal() && env.stdoutTerminal())) return true;
        var parsed = spec.commandLine().getParseResult();
        return parsed != null && (parsed.hasMatchedOption("--body") || parsed.hasMatchedOption("--body-file"));
    }

    private boolean deskExists() {
        if (root().dbUrlOrNull() != null) return root().databaseHoldsDesk();
        return fileDeskExists();
    }

    private boolean fileDeskExists() {
        try {
            java.nio.file.Path db = root().dbPath();
            return java.nio.file.Files.isRegularFile(db) && java.nio.file.Files.size(db) > 0;
        } catch (java.io.IOException e) {
            return true; // the store says what is wrong with it
        }
    }
}
