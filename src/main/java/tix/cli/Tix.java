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

    /** The whole command tree: for the shell, completion, the man pages and help. */
    public static CommandLine commandLine(Env env, Function<Path, Store> stores, PrintWriter out, PrintWriter err) {
        return build(new CommandLine(new TixCommand(env, stores)), env, out, err, TixCommand.COMMANDS.keySet());
    }

    /** Adds {@code commands} to the root command line {@code cl} and configures the whole. */
    private static CommandLine build(CommandLine cl, Env env, PrintWriter out, PrintWriter err,
                                     Iterable<String> commands) {
        // each class's @Command aliases (ls) come with it; TixCommand.ALIASES only finds the class without loading it
        for (String name : commands) cl.addSubcommand(name, new CommandLine(commandClass(name)));
        // settings last: picocli applies them to the subcommands present when they are set
        streams(cl, env, out, err);
        // picocli's own warnings ("[picocli WARN] Unbalanced quotes in ..." for `--cc 'a,"b'`) went to stderr before
        // tix's one error line (found by ConverterFuzzTest); -Dpicocli.trace=LEVEL still turns them on for debugging
        if (System.getProperty("picocli.trace") == null) CommandLine.tracer().setLevel(CommandLine.TraceLevel.OFF);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // no picocli argument files: "@ana" (a mention, a title, a tag) is that word, never the contents of a file named
        // ana in the current folder, and "@/" is no stack trace (found by ConverterFuzzTest)
        cl.setExpandAtFiles(false);
        cl.setUsageHelpAutoWidth(true);
        // `list --sort -status`: a value after an option that needs one is that value, even if it looks like `-s`
        cl.setAllowOptionsAsOptionParameters(true);
        // `tag 42 -wontfix`: a word starting with '-' that is no option is a tag to remove
        positionalDashes(cl.getSubcommands().get("tag"));
        CommandLine bulk = cl.getSubcommands().get("bulk");
        if (bulk != null) positionalDashes(bulk.getSubcommands().get("tag"));
        // `search -printer`: any text is a search text (SPEC §7), even one that looks like an option
        positionalDashes(cl.getSubcommands().get("search"));
        return cl;
    }

    /** This invocation's streams and error handler, on the whole tree (picocli passes them down when set). */
    private static void streams(CommandLine cl, Env env, PrintWriter out, PrintWriter err) {
        ErrorHandler handler = new ErrorHandler("1".equals(env.var("TIX_DEBUG")));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
    }

    /**
     * What a process that runs many commands keeps between them (the warm server): one configured command line per
     * top-level command, and one open store per desk ({@link KeptStores}). picocli resets every option and parameter
     * to its initial value before it parses again, and the root forgets its invocation ({@link TixCommand#reuse}), so
     * nothing of one run reaches the next; building the model by reflection, opening the connection and checking its
     * schema are paid once. One run at a time.
     */
    public static final class Warm implements AutoCloseable {
        private final KeptStores stores;
        private final java.util.Map<String, CommandLine> lines = new java.util.HashMap<>();
        private CommandLine bare;
        /** The completion cache renewals owed since the last commands (see {@link CompletionCache.Owed}). */
        private final CompletionCache.Owed owed = new CompletionCache.Owed();

        public Warm(StoreFactory open) {
            stores = new KeptStores(open);
        }

        /**
         * Renews the completion caches the commands run so far left stale (the client has its answer by then), giving
         * way to a command while {@code waiting} says one waits, for a bounded time ({@link CompletionCache.Owed}).
         * Returns whether everything owed is done.
         */
        public boolean renewCompletion(java.util.function.BooleanSupplier waiting) {
            if (owed.isEmpty()) return true;
            owed.renew(stores, waiting);
            return owed.isEmpty();
        }

        /**
         * Closes the kept stores, after trying the renewals still owed (a shutdown by a signal cancels them), and dates
         * the caches that were current again (closing checkpoints the WAL into the database file).
         */
        @Override
        public void close() {
            Thread.interrupted();
            owed.renew(stores, () -> false);
            var current = owed.current();
            stores.closeAll();
            current.forEach(CompletionCache::seal);
            lines.clear();
        }
    }

    private static void positionalDashes(CommandLine cl) {
        if (cl != null) cl.setUnmatchedOptionsArePositionalParams(true);
    }

    private static Class<?> commandClass(String name) {
        try {
            return Class.forName("tix.cli." + TixCommand.COMMANDS.get(name));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("command class of '" + name + "' is missing", e);
        }
    }

    /** Commands that read the whole tree (the completion scripts, the shell) get it; `_complete` only reads the desk. */
    private static final Set<String> NEED_TREE = Set.of("completion", "shell");
    /** Runs after which the completion cache is not renewed: no command, or one that does it itself or needs no desk. */
    private static final Set<String> NO_CACHE = Set.of("null", "_complete", "demo", "completion", "shell");

    /**
     * The one top-level command {@code args} run, or null when the whole tree is needed: no command (root help,
     * --version), an unknown word (picocli's error lists the commands), or a command that reads the tree. Global
     * options before the command are skipped with their values, as picocli would read them.
     */
    static String commandOf(String[] args, CommandLine root) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) return null;
            if (a.startsWith("-") && a.length() > 1) {
                if (a.contains("=")) continue;
                CommandLine.Model.OptionSpec o = root.getCommandSpec().findOption(a);
                if (o == null) return null;
                if (o.arity().min() > 0) i++;
                continue;
            }
            String name = TixCommand.ALIASES.getOrDefault(a, a);
            return TixCommand.COMMANDS.containsKey(name) && !NEED_TREE.contains(name) ? name : null;
        }
        return null;
    }

    /** Parses and runs one command line; returns the exit code. Closes the database afterwards. */
    public static int run(String[] args, Env env, Function<Path, Store> stores, PrintWriter out, PrintWriter err) {
        return run(args, env, stores, out, err, code -> { });
    }

    /**
     * As {@link #run(String[], Env, Function, PrintWriter, PrintWriter)}, telling {@code answered} the exit code as
     * soon as the command's output is complete, before the completion cache is renewed (the warm server answers its
     * client there, so nobody waits for the cache).
     */
    public static int run(String[] args, Env env, Function<Path, Store> stores, PrintWriter out, PrintWriter err,
                          java.util.function.IntConsumer answered) {
        return run(args, env, stores, (Warm) null, out, err, answered);
    }

    /** As above, on the command lines and stores {@code warm} keeps (the warm server). */
    public static int run(String[] args, Env env, Warm warm, PrintWriter out, PrintWriter err,
                          java.util.function.IntConsumer answered) {
        return run(args, env, warm.stores, warm, out, err, answered);
    }

    private static int run(String[] args, Env env, Function<Path, Store> stores, Warm warm, PrintWriter out,
                           PrintWriter err, java.util.function.IntConsumer answered) {
        long started = System.currentTimeMillis();
        String[] normalised = normalise(args);
        CommandLine cl;
        String only;
        if (warm == null) {
            cl = new CommandLine(new TixCommand(env, stores));
            only = commandOf(normalised, cl);
            build(cl, env, out, err, only == null ? TixCommand.COMMANDS.keySet() : List.of(only));
        } else {
            if (warm.bare == null) warm.bare = new CommandLine(new TixCommand(env, stores));
            only = commandOf(normalised, warm.bare);
            cl = only == null ? null : warm.lines.get(only);
            if (cl == null) {
                cl = new CommandLine(new TixCommand(env, stores));
                build(cl, env, out, err, only == null ? TixCommand.COMMANDS.keySet() : List.of(only));
                if (only != null) warm.lines.put(only, cl);
            } else {
                ((TixCommand) cl.getCommand()).reuse(env);
                streams(cl, env, out, err);
            }
        }
        TixCommand root = cl.getCommand();
        Path stamp = null;
        try {
            int code = cl.execute(normalised);
            out.flush();
            err.flush();
            answered.accept(code);
            // the completion scripts read the desk's values from a cache: a write (or a first run) renews it here, or,
            // in the warm server, once the client has its answer (Warm#renewCompletion)
            if (code == 0 && !NO_CACHE.contains(String.valueOf(only))) {
                if (warm != null) warm.owed.note(root, only);
                else stamp = CompletionCache.refreshIfStale(root, only);
            }
            if (code == 0 && "_complete".equals(only)) {
                stamp = CompletionCache.writtenBy(root, started);
                if (warm != null && stamp != null) warm.owed.written(root);
            }
            return code;
        } finally {
            root.close();
            out.flush();
            err.flush();
            if (stamp != null) CompletionCache.seal(stamp, root.dbPath());
        }
    }

    /**
     * `--json` takes an optional field list. picocli cannot tell `--json id,title` from `--json 42`, so the field list
     * is attached here: `--json FIELDS` becomes `--json=FIELDS` when FIELDS looks like one, and a bare `--json`
     * becomes `--json=` (every field).
     */
    static String[] normalise(String[] args) {
        Set<String> commands = TixCommand.COMMANDS.keySet();
        List<String> out = new ArrayList<>(args.length);
        boolean endOfOptions = false;
        boolean commandSeen = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!endOfOptions && a.equals("--")) endOfOptions = true;
            if (!a.startsWith("-") && commands.contains(TixCommand.ALIASES.getOrDefault(a, a))) commandSeen = true;
            if (!endOfOptions && a.equals("--json")) {
                String next = i + 1 < args.length ? args[i + 1] : null;
                // after the command, `show 3 --json status` names a field even though `status` is also a command
                if (next != null && isFieldList(next, commandSeen ? Set.of() : commands)) {
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
