package tix.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import tix.app.Store;

/**
 * One open store per desk for a process that runs many commands (the warm server, the shell): the connection, its
 * prepared statements and the migration check are paid once, not per command. A command's {@code close()} leaves the
 * store open; before each use the kept store is asked whether it still stands for the desk
 * ({@link Store#stillCurrent}: the file was not replaced by a restore, a copy or a new init, and no migration is due)
 * and is opened again if not. A PostgreSQL desk is kept per URL, password and may-create (the password only in
 * memory, as the key of the map). One command at a time: not for concurrent use.
 */
final class KeptStores implements StoreFactory {
    private final Function<Path, Store> open;
    private final Map<Object, Store> kept = new HashMap<>();
    private final java.util.Set<Store> opened = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    KeptStores(Function<Path, Store> open) {
        this.open = open;
    }

    /** The factory this one keeps stores of: other desks a command opens (a copy's target, demo parts) come from it. */
    Function<Path, Store> plain() {
        return open;
    }

    @Override
    public Store url(String url, String password, boolean mayCreate) {
        if (!(open instanceof StoreFactory)) {
            throw tix.domain.DomainException.usage("this tix cannot open " + StoreFactory.redact(url), "give --db a file");
        }
        return keep(java.util.Arrays.asList("url", url, password, mayCreate),
                () -> ((StoreFactory) open).url(url, password, mayCreate));
    }

    @Override
    public Store apply(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return keep(p, () -> open.apply(p));
    }

    private Store keep(Object key, java.util.function.Supplier<Store> make) {
        Store s = kept.get(key);
        if (s != null && !current(s)) {
            s.close();
            s = null;
        }
        if (s == null) {
            s = make.get();
            kept.put(key, s);
        }
        return new Lent(this, key, s);
    }

    /**
     * A store whose first transaction failed (its opening: no desk at the URL yet, a refused password) is not kept:
     * the next command (init, say) opens the database again, with its own right to create a desk.
     */
    private <R> R use(Object key, Store s, java.util.function.Supplier<R> call) {
        try {
            R r = call.get();
            opened.add(s);
            return r;
        } catch (RuntimeException e) {
            if (!opened.contains(s) && kept.remove(key, s)) s.close();
            throw e;
        }
    }

    private static boolean current(Store s) {
        try {
            return s.stillCurrent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Closes every kept store (the shell's or the server's end). */
    void closeAll() {
        opened.clear();
        for (Store s : kept.values()) {
            try {
                s.close();
            } catch (RuntimeException e) {
                // closing at the end: nothing left to do with it
            }
        }
        kept.clear();
    }

    /** A kept store as one command sees it: everything but close() goes through. */
    private static final class Lent implements Store {
        private final KeptStores owner;
        private final Object key;
        private final Store s;

        Lent(KeptStores owner, Object key, Store s) {
            this.owner = owner;
            this.key = key;
            this.s = s;
        }

        @Override
        public <R> R write(Work<R> work) {
            return owner.use(key, s, () -> s.write(work));
        }

        @Override
        public <R> R read(Work<R> work) {
            return owner.use(key, s, () -> s.read(work));
        }

        @Override
        public void dropDesk() {
            s.dropDesk();
        }

        @Override
        public java.util.Optional<Lock> tryLock(String name) {
            return s.tryLock(name);
        }

        @Override
        public void backupTo(Path to) {
            s.backupTo(to);
        }

        @Override
        public void restoreFrom(Path from) {
            s.restoreFrom(from);
        }

        @Override
        public java.util.List<String> verify() {
            return s.verify();
        }

        @Override
        public java.util.Map<String, Long> copyTo(Store target) {
            return s.copyTo(target);
        }

        @Override
        public boolean stillCurrent() {
            return s.stillCurrent();
        }

        /** The kept store's stamp, with the store itself: a desk opened again (a new connection) is a change. */
        @Override
        public Object changeStamp() {
            Object stamp = s.changeStamp();
            return stamp == null ? null : java.util.Arrays.asList(s, stamp);
        }

        @Override
        public void close() {
            // kept open for the next command
        }
    }
}
