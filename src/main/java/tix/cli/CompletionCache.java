package tix.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * The desk's values for shell completion, kept in small files the completion scripts read without starting a JVM:
 * {@code $XDG_CACHE_HOME/tix/complete/<the database's absolute path, / as %>/KIND}, one value a line (a tab and a
 * description after ticket ids and agents), and a {@code stamp} file written last. The cache is stale when the
 * database or its WAL is newer than the stamp: every successful command refreshes a stale cache before it exits (so
 * a write is seen by the next TAB), and a script that finds it stale asks {@code tix _complete --refresh} in the
 * background.
 */
final class CompletionCache {
    /** Kinds written, each to a file of its name: the scripts' kinds, and "ids" (every open ticket's id). */
    static final List<String> KINDS = java.util.stream.Stream.concat(Completion.DYNAMIC.stream(), java.util.stream.Stream.of("ids"))
            .toList();

    /** What a command on tickets can change: the tickets offered (ids, titles, statuses) and the tags in use. */
    private static final List<String> TICKETS = List.of("ticket", "ids", "tag");

    /**
     * The kinds each command can change, by its top-level name; a command not named here (the admin commands, import,
     * restore, merge, delete, ...) renews every kind. Each kind's query is bounded, so a renewal costs the same on a
     * small desk and on a million tickets.
     */
    private static final java.util.Map<String, List<String>> CHANGES = new java.util.HashMap<>();

    static {
        for (String c : List.of("create", "assign", "take", "release", "escalate", "deescalate", "split", "tag", "reply",
                "note", "receive", "status", "resolve", "close", "reopen", "priority", "due", "edit", "bulk", "mail",
                "suspended", "sweep", "side", "attachment", "known", "notify", "notifications")) {
            CHANGES.put(c, TICKETS);
        }
        CHANGES.put("follow", List.of("watcher"));
        CHANGES.put("unfollow", List.of("watcher"));
    }

    /** The kinds {@code command} (a top-level name, or null) can change. */
    static List<String> kindsOf(String command) {
        return command == null ? KINDS : CHANGES.getOrDefault(command, KINDS);
    }

    private CompletionCache() {
        throw new AssertionError();
    }

    /** The cache directory of {@code root}'s database. */
    static Path dir(TixCommand root) {
        String x = root.env().var("XDG_CACHE_HOME");
        String home = root.env().var("HOME");
        Path cache = x != null ? Path.of(x) : Path.of(home != null ? home : System.getProperty("user.home"), ".cache");
        String db = root.dbPath().toAbsolutePath().normalize().toString();
        return cache.resolve("tix").resolve("complete").resolve(db.replace('/', '%'));
    }

    /**
     * Refreshes the cache when it is missing or older than the database; never fails (completion is a courtesy).
     * Returns the stamp to {@link #seal} once the command has closed its database, or null.
     */
    static Path refreshIfStale(TixCommand root, String command) {
        try {
            Path db = root.dbPath();
            if (!Files.isRegularFile(db)) return null;
            Path dir = dir(root);
            Path stamp = dir.resolve("stamp");
            if (!stale(db, stamp)) return null;
            // a first run writes every kind; later ones only what the command can have changed
            refresh(root, dir, Files.exists(stamp) ? kindsOf(command) : KINDS);
            return dir.resolve("stamp");
        } catch (RuntimeException | IOException e) {
            // a cache that cannot be written is just not there: completion then asks tix itself
            return null;
        }
    }

    /** The stamp when `_complete --refresh` wrote it during this run (since {@code started}), else null. */
    static Path writtenBy(TixCommand root, long started) {
        try {
            Path stamp = dir(root).resolve("stamp");
            return Files.exists(stamp) && Files.getLastModifiedTime(stamp).toMillis() >= started ? stamp : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Dates {@code stamp} as the database files are now (closing may have checkpointed the WAL into the file). */
    static void seal(Path stamp, Path db) {
        if (stamp == null) return;
        try {
            FileTime t = FileTime.fromMillis(System.currentTimeMillis());
            for (Path p : List.of(db, db.resolveSibling(db.getFileName() + "-wal"))) {
                if (Files.exists(p) && Files.getLastModifiedTime(p).compareTo(t) > 0) t = Files.getLastModifiedTime(p);
            }
            Files.setLastModifiedTime(stamp, t);
        } catch (IOException | RuntimeException e) {
            // the next command refreshes once more
        }
    }

    static boolean stale(Path db, Path stamp) throws IOException {
        FileTime s;
        try {
            s = Files.getLastModifiedTime(stamp);
        } catch (NoSuchFileException e) {
            return true;
        }
        if (Files.getLastModifiedTime(db).compareTo(s) > 0) return true;
        // an open connection keeps an empty WAL (made when it opened): only frames in it are a change
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        return Files.exists(wal) && Files.size(wal) > 0 && Files.getLastModifiedTime(wal).compareTo(s) > 0;
    }

    /** Writes {@code kinds}' files (each replaced whole), then the stamp. */
    static void refresh(TixCommand root, Path dir, List<String> kinds) throws IOException {
        tix.app.Store store = root.session().store();
        Files.createDirectories(dir);
        // one read transaction for every kind: the same moment of the desk in all the files
        List<List<String>> values = store.read(tx -> {
            List<List<String>> all = new java.util.ArrayList<>(kinds.size());
            for (String kind : kinds) all.add(CompleteCommand.values(tx, kind, true));
            return all;
        });
        for (int i = 0; i < kinds.size(); i++) write(dir, kinds.get(i), values.get(i));
        stamp(dir, root.dbPath());
    }

    private static void write(Path dir, String kind, List<String> values) throws IOException {
        Path tmp = dir.resolve(kind + ".tmp");
        Files.write(tmp, values, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(kind), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void stamp(Path dir, Path db) throws IOException {
        Path stamp = dir.resolve("stamp");
        if (!Files.exists(stamp)) Files.createFile(stamp);
        seal(stamp, db);
    }

    /**
     * The renewals a warm process (the server) owes, one per desk, done once the client has its answer: the server
     * renews when no command has come for a moment ({@code Server.QUIET_MS}), so commands in a row do not wait for a
     * renewal after each one ({@link #renew}). A command that arrives meanwhile goes first: the renewal stops between
     * two kinds and goes on after that command (the kinds of both merged), unless it has waited {@link #MAX_DEFER_MS}
     * already, so that a loop of commands keeps the cache at most that far behind. The
     * stamp is sealed only when every kind owed is written, so until then the scripts see the cache as stale, as when
     * another process wrote. One thread at a time (the server's command lock).
     */
    static final class Owed {
        /** How long a renewal gives way to waiting commands before it goes first. */
        static final long MAX_DEFER_MS = 250;
        private final java.util.Map<Path, Due> due = new java.util.LinkedHashMap<>();
        /** Every desk's cache directory this process has seen, with the desk: to re-date current caches at the end. */
        private final java.util.Map<Path, Path> seen = new java.util.HashMap<>();
        /** Each desk's change stamp after the last command on it ({@link tix.app.Store#changeStamp}). */
        private final java.util.Map<Path, Object> changes = new java.util.HashMap<>();

        private static final class Due {
            final Path db;
            final java.util.LinkedHashSet<String> kinds = new java.util.LinkedHashSet<>();
            final long since = System.nanoTime();
            /** The database files as they were after the last command that made this renewal due. */
            Object seen;

            Due(Path db) {
                this.db = db;
            }
        }

        /**
         * Notes what {@link #refreshIfStale} would renew after {@code command} ran on {@code root}'s desk, without
         * renewing it: the kinds {@code command} can have changed, or every kind, once anything was committed since
         * the last command. Without a change stamp (the first command on a desk) the file times decide: a stale cache
         * after a read is explained by the renewal already owed when the files are as they were after the command
         * that made it due (a read since then adds nothing); anything else written since adds the kinds.
         */
        void note(TixCommand root, String command) {
            try {
                Path db = root.dbPath();
                if (!Files.isRegularFile(db)) return;
                Path dir = dir(root);
                seen.putIfAbsent(dir, db.toAbsolutePath().normalize());
                Path stamp = dir.resolve("stamp");
                // the desk's change stamp (SQLite: data_version and this connection's total_changes) says exactly
                // whether anything was committed since the last command: a write that changed nothing (a tag already
                // there) owes nothing, and a write in the same tick of the kernel's coarse clock as the last renewal's
                // stamp (the WAL then no newer than the stamp) is not missed
                Object change = root.session().store().changeStamp();
                Object before = change == null ? null : changes.put(dir, change);
                boolean known = change != null && before != null && Files.exists(stamp);
                if (known && change.equals(before)) return;
                if (!known && !stale(db, stamp)) return;
                Due d = due.get(dir);
                Object files = files(db);
                boolean writes = CHANGES.containsKey(String.valueOf(command));
                if (!known && d != null && !writes && files.equals(d.seen)) return;
                if (d == null) due.put(dir, d = new Due(db.toAbsolutePath().normalize()));
                d.kinds.addAll(Files.exists(stamp) ? kindsOf(command) : KINDS);
                d.seen = files;
            } catch (RuntimeException | IOException e) {
                // a cache that cannot be written is just not there: completion then asks tix itself
            }
        }

        /** Forgets the renewal owed for {@code root}'s desk ({@code _complete --refresh} has just written it all). */
        void written(TixCommand root) {
            try {
                due.remove(dir(root));
            } catch (RuntimeException e) {
                // nothing owed for a desk without a cache directory
            }
        }

        boolean isEmpty() {
            return due.isEmpty();
        }

        /**
         * The stamps of the caches that are current now, to {@link #seal} again once the kept desks are closed
         * (closing checkpoints the WAL into the database file, which would make them look stale).
         */
        java.util.Map<Path, Path> current() {
            java.util.Map<Path, Path> out = new java.util.HashMap<>();
            for (var e : seen.entrySet()) {
                Path stamp = e.getKey().resolve("stamp");
                try {
                    if (Files.isRegularFile(e.getValue()) && !stale(e.getValue(), stamp)) out.put(stamp, e.getValue());
                } catch (IOException | RuntimeException ex) {
                    // no cache there: nothing to re-date
                }
            }
            return out;
        }

        /**
         * Renews what is owed, kind by kind, each in a read transaction of {@code stores}' kept store of the desk;
         * stops early while {@code waiting} says a command waits, unless the renewal has waited long enough. Never
         * fails: a renewal that cannot be done is dropped (its stamp stays old, so the next command finds the cache
         * stale and owes it again).
         */
        void renew(java.util.function.Function<Path, tix.app.Store> stores, java.util.function.BooleanSupplier waiting) {
            var it = due.entrySet().iterator();
            while (it.hasNext()) {
                var e = it.next();
                Path dir = e.getKey();
                Due d = e.getValue();
                try {
                    // a desk deleted meanwhile is not made again by opening it
                    if (!Files.isRegularFile(d.db) || Files.size(d.db) == 0) throw new NoSuchFileException(d.db.toString());
                    tix.app.Store store = stores.apply(d.db);
                    Files.createDirectories(dir);
                    var kinds = d.kinds.iterator();
                    while (kinds.hasNext()) {
                        if (waiting.getAsBoolean() && System.nanoTime() - d.since < MAX_DEFER_MS * 1_000_000) return;
                        String kind = kinds.next();
                        write(dir, kind, store.read(tx -> CompleteCommand.values(tx, kind, true)));
                        kinds.remove();
                    }
                    it.remove();
                    stamp(dir, d.db);
                } catch (RuntimeException | IOException ex) {
                    it.remove();
                }
            }
        }

        /** What the database files are now: each one's time and size (a write changes the WAL's at least). */
        private static Object files(Path db) throws IOException {
            List<Object> out = new java.util.ArrayList<>(4);
            for (Path p : List.of(db, db.resolveSibling(db.getFileName() + "-wal"))) {
                if (Files.exists(p)) {
                    out.add(Files.getLastModifiedTime(p));
                    out.add(Files.size(p));
                }
            }
            return out;
        }
    }
}
