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
        Files.createDirectories(dir);
        for (String kind : kinds) {
            List<String> values = CompleteCommand.values(root, kind, true);
            Path tmp = dir.resolve(kind + ".tmp");
            Files.write(tmp, values, StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(kind), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        Path stamp = dir.resolve("stamp");
        if (!Files.exists(stamp)) Files.createFile(stamp);
        seal(stamp, root.dbPath());
    }
}
