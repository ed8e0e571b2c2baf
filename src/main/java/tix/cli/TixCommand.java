package tix.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tix.app.Session;
import tix.domain.DomainException;
import tix.domain.Times;
import java.util.function.Function;
import tix.app.Store;

/** The root command: global options (inherited by every subcommand, so they may stand before or after it). */
@Command(name = "tix", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = TixCommand.Version.class,
        description = "A terminal helpdesk: tickets, SLAs and mail over one SQLite file.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE,
            ExitCodes.NOT_FOUND_LINE, ExitCodes.CONFLICT_LINE, ExitCodes.DENIED_LINE, ExitCodes.BUSY_LINE,
            ExitCodes.INVALID_DATA_LINE})
public final class TixCommand implements Runnable {
    /**
     * Every top-level command by name, with its class's simple name, in the order help lists them. The classes are
     * not named as literals, so a command line loads and models only the command it runs (picocli builds a model of
     * a command by reflection; all of them cost ~180 ms of every start). {@code CommandTableTest} keeps this table
     * and the classes' own {@code @Command} names in step.
     */
    static final Map<String, String> COMMANDS = new LinkedHashMap<>();
    /** Aliases of top-level commands. */
    static final Map<String, String> ALIASES = Map.of("ls", "list");

    static {
        COMMANDS.put("init", "InitCommand");
        COMMANDS.put("demo", "DemoCommand");
        COMMANDS.put("create", "CreateCommand");
        COMMANDS.put("show", "ShowCommand");
        COMMANDS.put("list", "ListCommand");
        COMMANDS.put("search", "SearchCommand");
        COMMANDS.put("assign", "AssignCommand");
        COMMANDS.put("take", "TakeCommand");
        COMMANDS.put("release", "ReleaseCommand");
        COMMANDS.put("escalate", "EscalateCommand");
        COMMANDS.put("deescalate", "DeescalateCommand");
        COMMANDS.put("split", "SplitCommand");
        COMMANDS.put("merge", "MergeCommand");
        COMMANDS.put("tag", "TagCommand");
        COMMANDS.put("reply", "ReplyCommand");
        COMMANDS.put("note", "NoteCommand");
        COMMANDS.put("receive", "ReceiveCommand");
        COMMANDS.put("follow", "FollowCommand");
        COMMANDS.put("unfollow", "UnfollowCommand");
        COMMANDS.put("notify", "NotifyCommand");
        COMMANDS.put("notifications", "NotificationsCommand");
        COMMANDS.put("status", "StatusCommand");
        COMMANDS.put("resolve", "ResolveCommand");
        COMMANDS.put("close", "CloseCommand");
        COMMANDS.put("reopen", "ReopenCommand");
        COMMANDS.put("priority", "PriorityCommand");
        COMMANDS.put("due", "DueCommand");
        COMMANDS.put("edit", "EditCommand");
        COMMANDS.put("history", "HistoryCommand");
        COMMANDS.put("delete", "DeleteCommand");
        COMMANDS.put("agent", "AgentCommand");
        COMMANDS.put("role", "RoleCommand");
        COMMANDS.put("queue", "QueueCommand");
        COMMANDS.put("team", "TeamCommand");
        COMMANDS.put("tagset", "TagsetCommand");
        COMMANDS.put("field", "FieldCommand");
        COMMANDS.put("route", "RouteCommand");
        COMMANDS.put("tier", "TierCommand");
        COMMANDS.put("macro", "MacroCommand");
        COMMANDS.put("account", "AccountCommand");
        COMMANDS.put("completion", "CompletionCommand");
        COMMANDS.put("shell", "ShellCommand");
        COMMANDS.put("stats", "StatsCommand");
        COMMANDS.put("_complete", "CompleteCommand");
        COMMANDS.put("mail", "MailCommand");
        COMMANDS.put("suspended", "SuspendedCommand");
        COMMANDS.put("export", "ExportCommand");
        COMMANDS.put("import", "ImportCommand");
        COMMANDS.put("bulk", "BulkCommand");
        COMMANDS.put("known", "KnownCommand");
        COMMANDS.put("doc", "DocCommand");
        COMMANDS.put("report", "ReportCommand");
        COMMANDS.put("attachment", "AttachmentCommand");
        COMMANDS.put("side", "SideCommand");
        COMMANDS.put("sweep", "SweepCommand");
        COMMANDS.put("sla", "SlaCommand");
        COMMANDS.put("calendar", "CalendarCommand");
        COMMANDS.put("config", "ConfigCommand");
        COMMANDS.put("backup", "BackupCommand");
        COMMANDS.put("restore", "RestoreCommand");
        COMMANDS.put("check", "CheckCommand");
        COMMANDS.put("db", "DbCommand");
    }

    private Env env;
    private final Function<Path, Store> stores;
    private RightsCheckedStore store;
    /** Set on the command line the shell runs: `shell` inside the shell is refused. */
    boolean inShell;

    @Spec
    CommandSpec spec;

    /** The --db file; null when --db is absent or a URL ({@link #dbUrl}). */
    Path db;
    /** The --db PostgreSQL URL, or null. */
    String dbUrl;

    @Option(names = "--db", paramLabel = "PATH|URL", scope = ScopeType.INHERIT,
            description = "Database file, or a PostgreSQL database as postgresql://USER@HOST:PORT/NAME[?sslmode=...] "
                    + "(password from PGPASSWORD, ~/.pgpass or db.password in the config file, mode 600) "
                    + "(else TIX_DB, else the config file's db, else $XDG_DATA_HOME/tix/tix.db).")
    void db(String location) {
        boolean url = StoreFactory.isUrl(location);
        dbUrl = url ? location : null;
        db = url ? null : Path.of(location);
    }

    @Option(converter = DeskNames.AgentLogin.class, names = "--as", paramLabel = "AGENT", scope = ScopeType.INHERIT,
            description = "Act as this agent (else TIX_AGENT, else the config file, else the OS user).")
    String as;

    @Option(names = "--json", paramLabel = "FIELDS", arity = "0..1", fallbackValue = "", scope = ScopeType.INHERIT,
            description = "Print JSON; optionally only these comma-separated fields.")
    String json;

    @Option(names = "--csv", scope = ScopeType.INHERIT, description = "Print CSV (RFC 4180, header row).")
    boolean csv;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colours (also: NO_COLOR).")
    boolean noColor;

    @Option(names = "--now", paramLabel = "TIME", scope = ScopeType.INHERIT,
            description = "Act as if it were this time (ISO-8601 or YYYY-MM-DD, UTC).")
    String now;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print nothing on success.")
    boolean quiet;

    public TixCommand(Env env, Function<Path, Store> stores) {
        this.env = env;
        this.stores = stores;
    }

    @Override
    public void run() {
        // `tix` alone on a terminal is the interactive shell; elsewhere (scripts, pipes) the usage
        if (env.stdinTerminal() && env.stdoutTerminal()) {
            ShellCommand.start(spec.commandLine(), List.of());
        } else {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    Env env() {
        return env;
    }

    /** Opens other desks than this invocation's (a copy's target, demo parts): never a kept one. */
    Function<Path, Store> stores() {
        return stores instanceof KeptStores ? ((KeptStores) stores).plain() : stores;
    }

    /**
     * Makes this root ready for another invocation on the same command line (the warm server keeps one per command):
     * its new environment, and nothing of the last run. picocli resets the annotated fields itself before parsing;
     * {@code --db} is a setter, so it is reset here.
     */
    void reuse(Env next) {
        close();
        env = next;
        db = null;
        dbUrl = null;
        config = null;
        inShell = false;
        pendingKnown = false;
        pending = null;
    }

    /**
     * Checks {@code right} for the acting agent in the command's first transaction (see {@link RightsCheckedStore})
     * rather than in one of its own.
     */
    void requireInFirstTransaction(tix.domain.Right right) {
        if (store != null) {
            store.require(right);
        } else {
            firstTransactionRight = right; // the store is made on first use, after the command set mayCreate
        }
    }

    private tix.domain.Right firstTransactionRight;

    /** Runs a check that is still waiting because the command opened no transaction. */
    void finishRightsCheck() {
        if (firstTransactionRight != null) session();
        if (store != null && store.pending()) store.checkNow();
    }

    private Session session;

    /**
     * Set by the commands that may create a desk (init, demo, import --create) before they open it: every other
     * command opens an existing desk and never conjures an empty one at a mistyped path.
     */
    boolean mayCreate;

    /** The session of this invocation, built on first use: opening the database is the expensive part. */
    Session session() {
        if (session == null) {
            String url = dbUrlOrNull();
            if (url != null) {
                if (!(stores instanceof StoreFactory)) {
                    throw DomainException.usage("this tix cannot open " + StoreFactory.redact(url), "give --db a file");
                }
                store = new RightsCheckedStore(((StoreFactory) stores).url(url, PgPassword.find(this, url), mayCreate));
            } else {
                Path path = dbPath();
                if (!mayCreate) requireDesk(path);
                store = new RightsCheckedStore(stores.apply(path));
            }
            session = new Session(store, clock(), actor());
            store.session(session);
            if (firstTransactionRight != null) store.require(firstTransactionRight);
            firstTransactionRight = null;
        }
        return session;
    }

    /**
     * Refuses a path where no desk is: missing or empty (SQLite would make a new database of either). Exit 3, "not
     * found", like any other named thing that is not there: a cron line with a typo fails loudly instead of sweeping
     * a fresh empty desk for ever. A directory, a file that is not SQLite, or an unreadable one is left to the store
     * (exit 6).
     */
    private void requireDesk(Path path) {
        boolean missing;
        try {
            missing = !Files.exists(path) || (Files.isRegularFile(path) && Files.size(path) == 0);
        } catch (java.io.IOException e) {
            missing = false; // unreadable: the store names the cause
        }
        if (!missing) return;
        String hint = "create it with 'tix init'";
        if (db == null && env.var("TIX_DB") == null && config().getProperty("db") == null) {
            hint += ", or give --db PATH or TIX_DB";
        }
        throw DomainException.notFound("no desk at " + path, hint);
    }

    Clock clock() {
        if (now == null) return Clock.systemUTC();
        return Clock.fixed(Times.parse(now, ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /**
     * The database file. For a PostgreSQL desk ({@link #dbUrlOrNull}) a name that is no file (nothing is cached or
     * checked beside it); messages name the database by {@link #dbName}.
     */
    Path dbPath() {
        String url = dbUrlOrNull();
        if (url != null) return Path.of(StoreFactory.redact(url));
        if (db != null) return db;
        if (env.var("TIX_DB") != null) return Path.of(env.var("TIX_DB"));
        String fromConfig = config().getProperty("db");
        if (fromConfig != null && !fromConfig.isBlank()) return Path.of(fromConfig.strip());
        return dataHome().resolve("tix").resolve("tix.db");
    }

    /** The PostgreSQL URL of the desk (from --db, TIX_DB or the config file, in that order), or null for a file. */
    String dbUrlOrNull() {
        if (db != null) return null;
        if (dbUrl != null) return dbUrl;
        String fromEnv = env.var("TIX_DB");
        if (fromEnv != null) return StoreFactory.isUrl(fromEnv) ? fromEnv : null;
        String fromConfig = config().getProperty("db");
        return fromConfig != null && StoreFactory.isUrl(fromConfig.strip()) ? fromConfig.strip() : null;
    }

    /** The database as messages name it: the file, or the URL without a password. */
    String dbName() {
        String url = dbUrlOrNull();
        return url != null ? StoreFactory.redact(url) : dbPath().toString();
    }

    String actor() {
        if (as != null) return as;
        if (env.var("TIX_AGENT") != null) return env.var("TIX_AGENT");
        String fromConfig = config().getProperty("agent");
        if (fromConfig != null && !fromConfig.isBlank()) return fromConfig.strip();
        String user = env.var("USER");
        return user != null ? user : System.getProperty("user.name", "agent");
    }

    private Properties config;

    /** $XDG_CONFIG_HOME/tix/config (else ~/.config/tix/config): key = value lines (db, agent, ...). */
    Properties config() {
        if (config == null) {
            config = new Properties();
            Path file = configFile();
            if (Files.isReadable(file)) {
                try (var in = Files.newBufferedReader(file)) {
                    config.load(in);
                } catch (java.io.IOException e) {
                    throw DomainException.usage("cannot read " + file, e.getMessage());
                }
            }
        }
        return config;
    }

    /** $XDG_CONFIG_HOME/tix/config, else ~/.config/tix/config (it may not exist). */
    Path configFile() {
        return configHome().resolve("tix").resolve("config");
    }

    private Path home() {
        String h = env.var("HOME");
        return Path.of(h != null ? h : System.getProperty("user.home"));
    }

    private Path dataHome() {
        String x = env.var("XDG_DATA_HOME");
        return x != null ? Path.of(x) : home().resolve(".local").resolve("share");
    }

    private Path configHome() {
        String x = env.var("XDG_CONFIG_HOME");
        return x != null ? Path.of(x) : home().resolve(".config");
    }

    /** Colour only on a terminal, and never with --no-color, NO_COLOR (set, not empty) or TERM=dumb. */
    boolean colour() {
        return env.stdoutTerminal() && !noColor && env.var("NO_COLOR") == null && !"dumb".equals(env.var("TERM"));
    }

    /** Whether a read-only command already read {@link tix.app.NotificationService#pending} in its own transaction. */
    private boolean pendingKnown;
    private String pending;

    /** A read-only command read what the notification step would read first: that step need not read it again. */
    void notificationsPending(String command) {
        pendingKnown = true;
        pending = command;
    }

    /**
     * After a command succeeded: the notifications it queued go to the desk's hook command, if one is set. Only when
     * the command opened the database; a failing hook never fails the command: one line on stderr (unless --quiet),
     * and the failure is kept on the notification ('tix notifications --failed').
     */
    void deliverNotifications(java.io.PrintWriter err) {
        boolean known = pendingKnown;
        pendingKnown = false; // once: the next command in this process (shell, warm server) reads for itself
        if (session == null) return;
        tix.app.NotificationService.Delivery d;
        try {
            var service = new tix.app.NotificationService(session);
            d = known ? service.deliver(new HookProcess(env.vars()), pending)
                    : service.deliver(new HookProcess(env.vars()));
        } catch (RuntimeException e) {
            return; // the command is done and committed; the notifications stay queued for the next command
        }
        if (d.failed() > 0 && !quiet) {
            err.println("tix: notify hook failed for " + d.failed() + " notification(s): " + d.firstError()
                    + " (kept; see 'tix notifications --failed', retry with 'tix notifications --retry')");
            err.flush();
        }
    }

    /**
     * Whether the PostgreSQL database of this invocation holds a desk (a file's desk is seen on disk). Opening it
     * says: an existing desk stays open for the command; an empty database is forgotten again, so that init or
     * restore may still make the desk there. A database that cannot be reached says so (exit 6).
     */
    boolean databaseHoldsDesk() {
        try {
            session().store().read(tx -> null);
            return true;
        } catch (DomainException e) {
            if (e.reason() != DomainException.Reason.NOT_FOUND) throw e;
            close();
            return false;
        }
    }

    /** Ends this invocation: closes its database and forgets its session (the shell runs many on one root). */
    void close() {
        if (store != null) store.close();
        store = null;
        session = null;
        mayCreate = false;
        firstTransactionRight = null;
    }

    /** The project's version, written into tix/version.properties by the build (resource filtering). */
    static String projectVersion() {
        Properties p = new Properties();
        try (var in = TixCommand.class.getResourceAsStream("/tix/version.properties")) {
            if (in != null) p.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tix " + projectVersion()};
        }
    }
}
