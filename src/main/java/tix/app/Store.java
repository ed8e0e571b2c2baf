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
