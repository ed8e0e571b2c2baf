package tix.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import tix.cli.shell.Repl;
import tix.domain.DomainException;

/** The shell's side of tix: one command line from {@link Tix#commandLine}, kept stores, prompt and values. */
final class ShellSession {
    private ShellSession() {
        throw new AssertionError();
    }

    /** Runs the shell for the root command line {@code outer} (its global options apply to every command). */
    static int start(CommandLine outer, List<String> extra) {
        TixCommand r = (TixCommand) outer.getCommand();
        if (r.inShell) throw DomainException.usage("already in the tix shell", "type the command itself");
        if (!r.env().stdinTerminal()) {
            throw DomainException.usage("tix shell needs a terminal", "run single commands in scripts");
        }
        List<String> base = new ArrayList<>(extra);
        if (r.db != null) base.addAll(List.of("--db", r.db.toString()));
        if (r.dbUrl != null) base.addAll(List.of("--db", r.dbUrl));
        if (r.as != null) base.addAll(List.of("--as", r.as));
        if (r.now != null) base.addAll(List.of("--now", r.now));
        if (r.noColor) base.add("--no-color");
        Map<String, String> vars = new HashMap<>(r.env().vars());
        Env env = new Env(vars, r.env().stdin(), true, true, r.env().stderrTerminal());
        KeptStores stores = new KeptStores(r.stores());
        PrintWriter out = outer.getOut();
        PrintWriter err = outer.getErr();
        CommandLine cl = Tix.commandLine(env, stores, out, err);
        TixCommand inner = (TixCommand) cl.getCommand();
        inner.inShell = true;
        Completion completion = new Completion(cl);
        // the everyday commands compiled in the background while the first prompt waits (see ShellWarmUp)
        ShellWarmUp warmUp = ShellWarmUp.start(env, stores.plain());
        ShellCommand.Prompt prompt = new ShellCommand.Prompt();
        try {
            return Repl.run(new Repl.Host() {
                @Override
                public int execute(List<String> words, int columns, int lines) {
                    vars.put("COLUMNS", String.valueOf(columns));
                    vars.put("LINES", String.valueOf(lines));
                    List<String> args = new ArrayList<>(base);
                    args.addAll(words);
                    warmUp.busy(true);
                    try {
                        return cl.execute(Tix.normalise(args.toArray(new String[0])));
                    } finally {
                        inner.close();
                        out.flush();
                        err.flush();
                    }
                }

                @Override
                public String prompt() {
                    try {
                        return prompt.get(cl, base);
                    } finally {
                        warmUp.busy(false);
                    }
                }

                @Override
                public CommandLine commandLine() {
                    return cl;
                }

                @Override
                public String kindAt(List<String> words, String current) {
                    return completion.kindAt(words, current);
                }

                @Override
                public List<String> values(String kind) {
                    List<String> fixed = Completion.STATIC.get(kind);
                    if (fixed != null) return fixed;
                    if (!Files.isRegularFile(inner.dbPath())) return List.of();
                    try {
                        return CompleteCommand.values(inner, kind.equals("tagop") ? "tag" : kind, true);
                    } catch (RuntimeException e) {
                        return List.of();
                    } finally {
                        inner.close();
                    }
                }

                @Override
                public Path historyFile() {
                    return ShellCommand.stateHome(env).resolve("tix").resolve("history");
                }
            });
        } finally {
            warmUp.stop();
            stores.closeAll();
        }
    }

}
