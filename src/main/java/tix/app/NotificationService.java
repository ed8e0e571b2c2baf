package tix.app;

import java.util.ArrayList;
import java.util.List;
import tix.domain.DomainException;
import tix.domain.Rules;

/**
 * The record of notifications (`tix notifications`) and their delivery to the desk's hook command ({@code config set
 * notify.hook CMD}). The hook is run after the command that queued the notifications committed, once per notification
 * with the notification as JSON on standard input; a hook that fails never fails the command: the failure is recorded
 * on the notification (hook_status failed, hook_error) and can be retried.
 */
public final class NotificationService {
    private final Session session;

    public NotificationService(Session session) {
        this.session = session;
    }

    /** Runs the hook command for one notification: null when it succeeded, else why it failed (one line). */
    @FunctionalInterface
    public interface Hook {
        String run(String command, Notices.Notice notice);
    }

    /** What one delivery did: notifications given to the hook, those that failed, and the first failure. */
    public record Delivery(int sent, int failed, String firstError) {
    }

    /** Why a notification a dead delivery left `sending` failed (its hook_error). */
    static final String ABANDONED = "the delivery that gave this notification to the hook was stopped before it "
            + "recorded the outcome: the hook may or may not have run ('tix notifications --retry' runs it again)";

    /**
     * Gives every queued notification to the hook, never twice and never silently lost. One delivery at a time per
     * desk (an advisory lock; a command that finds it held leaves its notifications queued for the one running, or
     * the next command). Each notification is claimed ({@code sending}, committed) before the hook runs and its
     * outcome written right after, so a delivery killed mid-hook leaves at most one claim: the next delivery, holding
     * the lock, knows its owner is gone and marks it failed with why (the hook may have run), never runs it again by
     * itself. Cheap when there is nothing to do (one read).
     */
    public Delivery deliver(Hook hook) {
        return deliver(hook, session.store().read(NotificationService::pending));
    }

    /**
     * What {@link #deliver} reads first, for a read-only command to ask in its own transaction: the hook command
     * ("" when none is set) when a notification is queued, else null (nothing to deliver).
     */
    public static String pending(Tx tx) {
        return tx.notices().anyQueued() ? tx.settings().get(Notifications.HOOK).filter(h -> !h.isBlank()).orElse("") : null;
    }

    /** {@link #deliver} with {@link #pending} already read (in the command's own read transaction). */
    public Delivery deliver(Hook hook, String command) {
        if (command == null) return new Delivery(0, 0, null);
        java.util.Optional<Store.Lock> lock = session.store().tryLock("notify-hook");
        if (lock.isEmpty()) return new Delivery(0, 0, null);
        try (Store.Lock held = lock.get()) {
            int abandoned = session.store().write(tx -> tx.notices().abandonSending(ABANDONED));
            int sent = 0;
            int failed = abandoned;
            String first = abandoned > 0 ? ABANDONED : null;
            while (true) {
                List<Notices.Notice> claimed = session.store().write(tx -> tx.notices().claimQueued(1));
                if (claimed.isEmpty()) break;
                Notices.Notice n = claimed.get(0);
                String error;
                if (command.isEmpty()) {
                    error = "no notify.hook set"; // unset after these were queued: nobody to give them to
                } else {
                    try {
                        error = hook.run(command, n);
                    } catch (RuntimeException e) {
                        error = String.valueOf(e.getMessage());
                    }
                }
                String e = error;
                session.store().write(tx -> {
                    tx.notices().hookDone(n.id(), e == null ? "sent" : "failed", e);
                    return null;
                });
                if (e == null) sent++;
                else {
                    failed++;
                    if (first == null) first = e;
                }
            }
            return new Delivery(sent, failed, first);
        }
    }

    /** The notifications of a ticket (all when null), oldest first; {@code failed}: only those the hook failed. */
    public List<Notices.Notice> list(Long ticketId, boolean failed) {
        return session.store().read(tx -> {
            if (ticketId != null) Lookups.ticket(tx, ticketId);
            return tx.notices().list(ticketId).stream()
                    .filter(n -> !failed || "failed".equals(n.hookStatus())).toList();
        });
    }

    /** Queues the failed notifications for the hook again (desk.configure); returns how many. */
    public int retry() {
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), tix.domain.Right.DESK_CONFIGURE);
            if (tx.settings().get(Notifications.HOOK).filter(h -> !h.isBlank()).isEmpty()) {
                throw DomainException.conflict("no notify hook is set", "tix config set notify.hook COMMAND");
            }
            return tx.notices().requeueFailed();
        });
    }
}
