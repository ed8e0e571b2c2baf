package tix.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import tix.app.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/** The one factory of the configured command line (used by Main, the shell and the tests). */
public final class Tix {
    private Tix() {
        throw new AssertionError();
    }

    public static CommandLine commandLine(Env env, Function<Path, Store> stores, PrintWriter out, PrintWriter err) {
        TixCommand root = new TixCommand(env, stores);
        CommandLine cl = new CommandLine(root);
        ErrorHandler handler = new ErrorHandler("1".equals(env.var("TIX_DEBUG")));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(true);
        // `list --sort -status`: a value after an option that needs one is that value, even if it looks like `-s`
        cl.setAllowOptionsAsOptionParameters(true);
        // `tag 42 -wontfix`: a word starting with '-' that is no option is a tag to remove
        cl.getSubcommands().get("tag").setUnmatchedOptionsArePositionalParams(true);
        cl.getSubcommands().get("bulk").getSubcommands().get("tag").setUnmatchedOptionsArePositionalParams(true);
        // `search -printer`: any text is a search text (SPEC §7), even one that looks like an option
        cl.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
        return cl;
    }

    /** Parses and runs one command line; returns the exit code. Closes the database afterwards. */
    public static int run(String[] args, Env env, Function<Path, Store> stores, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(env, stores, out, err);
        try {
            return cl.execute(normalise(args, cl));
        } finally {
            ((TixCommand) cl.getCommand()).close();
            out.flush();
            err.flush();
        }
    }

    /**
     * `--json` takes an optional field list. picocli cannot tell `--json id,title` from `--json 42`, so the field list
     * is attached here: `--json FIELDS` becomes `--json=FIELDS` when FIELDS looks like one, and a bare `--json`
     * becomes `--json=` (every field).
     */
    static String[] normalise(String[] args, CommandLine cl) {
        Set<String> commands = cl.getSubcommands().keySet();
        List<String> out = new ArrayList<>(args.length);
        boolean endOfOptions = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!endOfOptions && a.equals("--")) endOfOptions = true;
            if (!endOfOptions && a.equals("--json")) {
                String next = i + 1 < args.length ? args[i + 1] : null;
                if (next != null && isFieldList(next, commands)) {
                    out.add("--json=" + next);
                    i++;
                } else {
                    out.add("--json=");
                }
            } else {
                out.add(a);
            }
        }
        return out.toArray(new String[0]);
    }

    private static boolean isFieldList(String s, Set<String> commands) {
        if (!s.matches("[a-z_]+(,[a-z_]+)*")) return false;
        for (String f : s.split(",")) {
            if (!tix.render.JsonFields.KNOWN.contains(f)) return false;
        }
        return s.contains(",") || !commands.contains(s);
    }
}
