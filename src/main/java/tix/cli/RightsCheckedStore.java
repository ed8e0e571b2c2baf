package tix.cli;

import java.nio.file.Path;
import tix.app.Session;
import tix.app.Store;
import tix.domain.Right;
import tix.domain.Rules;

/**
 * The store of one invocation, checking the command's right inside the command's own first transaction instead of
 * in a read transaction of its own before it: a refused command still changes nothing (its transaction is rolled
 * back), and an allowed one pays no extra transaction. Work that is no transaction (a lock, a backup, a restore, a
 * copy) is checked in a read transaction first, as before.
 */
final class RightsCheckedStore implements Store {
    private final Store s;
    private Session session;
    private Right pending;

    RightsCheckedStore(Store s) {
        this.s = s;
    }

    /** The session whose actor the check reads (made over this store). */
    void session(Session session) {
        this.session = session;
    }

    /** Checks {@code right} in the next transaction. */
    void require(Right right) {
        pending = right;
    }

    /** Whether a check is still waiting for a transaction (the command never opened one). */
    boolean pending() {
        return pending != null;
    }

    /** Runs a waiting check now, in a read transaction of its own. */
    void checkNow() {
        Right r = take();
        if (r != null) s.read(tx -> check(tx, r));
    }

    private Right take() {
        Right r = pending;
        pending = null;
        return r;
    }

    private Void check(tix.app.Tx tx, Right right) {
        Rules.require(right == Right.TICKET_SEE ? session.viewer(tx) : session.actor(tx), right);
        return null;
    }

    @Override
    public <R> R write(Work<R> work) {
        Right r = take();
        if (r == null) return s.write(work);
        return s.write(tx -> {
            check(tx, r);
            return work.run(tx);
        });
    }

    @Override
    public <R> R read(Work<R> work) {
        Right r = take();
        if (r == null) return s.read(work);
        return s.read(tx -> {
            check(tx, r);
            return work.run(tx);
        });
    }

    @Override
    public java.util.Optional<Lock> tryLock(String name) {
        checkNow();
        return s.tryLock(name);
    }

    @Override
    public void backupTo(Path to) {
        checkNow();
        s.backupTo(to);
    }

    @Override
    public void restoreFrom(Path from) {
        checkNow();
        s.restoreFrom(from);
    }

    @Override
    public java.util.List<String> verify() {
        checkNow();
        return s.verify();
    }

    @Override
    public java.util.Map<String, Long> copyTo(Store target) {
        checkNow();
        return s.copyTo(target);
    }

    @Override
    public boolean stillCurrent() {
        return s.stillCurrent();
    }

    @Override
    public Object changeStamp() {
        return s.changeStamp();
    }

    @Override
    public void dropDesk() {
        s.dropDesk();
    }

    @Override
    public void close() {
        pending = null;
        s.close();
    }
}
