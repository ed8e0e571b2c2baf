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
    /** Notifications given to the hook per run. */
    static final int BATCH = 100;

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

    /**
     * Gives every queued notification to the hook. Cheap when there is nothing to do (one read); the rows are claimed
     * in a write transaction first, so two commands finishing together never run the hook twice for one.
     */
    public Delivery deliver(Hook hook) {
        String command = session.store().read(tx -> tx.notices().anyQueued()
                ? tx.settings().get(Notifications.HOOK).filter(h -> !h.isBlank()).orElse("") : null);
        if (command == null) return new Delivery(0, 0, null);
        List<Notices.Notice> claimed = session.store().write(tx -> tx.notices().claimQueued(BATCH));
        if (command.isEmpty()) {
            // the hook was unset after these were queued: nobody to give them to
            session.store().write(tx -> {
                for (Notices.Notice n : claimed) tx.notices().hookDone(n.id(), "failed", "no notify.hook set");
                return null;
            });
            return new Delivery(0, claimed.size(), "no notify.hook set");
        }
        List<String> errors = new ArrayList<>();
        for (Notices.Notice n : claimed) {
            String error;
            try {
                error = hook.run(command, n);
            } catch (RuntimeException e) {
                error = String.valueOf(e.getMessage());
            }
            errors.add(error);
        }
        session.store().write(tx -> {
            for (int i = 0; i < claimed.size(); i++) {
                String e = errors.get(i);
                tx.notices().hookDone(claimed.get(i).id(), e == null ? "sent" : "failed", e);
            }
            return null;
        });
        int failed = (int) errors.stream().filter(e -> e != null).count();
        return new Delivery(claimed.size() - failed, failed, errors.stream().filter(e -> e != null).findFirst().orElse(null));
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
