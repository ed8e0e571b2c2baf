package tix.app;

/**
 * The transaction boundary. Services do all their reads and writes inside one callback; no connection
 * escapes it. A callback that throws rolls everything back, so a refused command changes nothing.
 */
public interface Store extends AutoCloseable {
    /** Runs {@code work} in one write transaction (taken at once, so two writers never interleave). */
    <R> R write(Work<R> work);

    /** Runs {@code work} in one read transaction: a consistent snapshot. */
    <R> R read(Work<R> work);

    @Override
    void close();

    /**
     * Takes the named advisory lock of this database if nobody holds it (another process or thread); empty when
     * someone does. The lock ends when the returned handle is closed or the process dies.
     */
    default java.util.Optional<Lock> tryLock(String name) {
        return java.util.Optional.of(() -> { });
    }

    /**
     * Writes a consistent copy of the whole database, as of one instant, to the new file {@code to} (mode 0600), while
     * other processes go on writing.
     */
    default void backupTo(java.nio.file.Path to) {
        throw new UnsupportedOperationException("backup");
    }

    /**
     * Replaces the whole database with the copy in {@code from}, in one step that other processes see whole or not at
     * all; refuses (and changes nothing) when {@code from} is damaged, not a desk, or newer than this tix. An older
     * copy is brought up to date.
     */
    default void restoreFrom(java.nio.file.Path from) {
        throw new UnsupportedOperationException("restore");
    }

    /**
     * The storage's own checks (page integrity, foreign keys, values the schema allows, rows nothing owns): one line
     * per problem, empty when the file is sound.
     */
    default java.util.List<String> verify() {
        return java.util.List.of();
    }

    /**
     * Copies every row of this desk into {@code target}, a new desk of either engine, in one transaction of each,
     * compared row for row before the target commits: all or nothing. Returns the rows copied per table.
     */
    default java.util.Map<String, Long> copyTo(Store target) {
        throw new UnsupportedOperationException("copy");
    }

    /**
     * A value that changes whenever the desk changes, by a commit of this store's own or of any other connection or
     * process, and is cheap to ask (no transaction); equal values mean nothing was committed in between. Null when the
     * store cannot tell (then a caller counts again). The shell's prompt uses it to count only after a change.
     */
    default Object changeStamp() {
        return null;
    }

    /**
     * Whether this open store still stands for the desk it was opened on, so a process that keeps stores across
     * commands (the warm server, the shell) may use it again: false once its file was replaced (restore, a copy, a
     * new init at the path) or its schema is not the one this tix writes (a migration is due, or a newer tix moved it).
     */
    default boolean stillCurrent() {
        return true;
    }

    /**
     * Removes the desk this store made a moment ago (a failed {@code import --create} leaves none): for a file the
     * caller deletes it; a database is emptied of every object tix's migrations made.
     */
    default void dropDesk() {
        throw new UnsupportedOperationException("drop");
    }

    /**
     * Fills a desk made a moment ago for this, with no tickets yet, in one transaction: {@code work} gives the rows to
     * the loader (finished before the commit). An engine may fill much faster than {@link #write} writes, because the
     * desk is new: on SQLite the file has no journal while it fills and its indexes are built at the end, so a fill that
     * fails leaves a file the caller must delete. {@code cacheMiB}: the engine's page cache for the fill.
     */
    default <R> R fill(int cacheMiB, java.util.function.Function<Archive.Loader, R> work) {
        return write(tx -> {
            try (Archive.Loader load = tx.archive().load(cacheMiB)) {
                R result = work.apply(load);
                load.finish();
                return result;
            }
        });
    }

    /** A held advisory lock. */
    interface Lock extends AutoCloseable {
        @Override
        void close();
    }

    @FunctionalInterface
    interface Work<R> {
        R run(Tx tx);
    }
}
