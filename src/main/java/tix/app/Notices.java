package tix.app;

import java.time.Instant;
import java.util.List;

/**
 * The record of notifications sent to agents, and the queue of those the desk's hook command has still to be given.
 * A port the store implements.
 */
public interface Notices {
    /** One notification: who was told of what. {@code hookStatus}: null (no hook), queued, sending, sent or failed. */
    record Notice(long id, Long ticketId, String agent, String event, String subject, String body, Long outboxId,
                  Instant createdAt, String hookStatus, String hookError) {
    }

    long insert(Notice n);

    /** Notifications of a ticket (all when null), oldest first. */
    List<Notice> list(Long ticketId);

    /** Whether any notification waits for the hook (queued, or claimed by a delivery that may have died). */
    boolean anyQueued();

    /** Queues the failed notifications again; returns how many. */
    int requeueFailed();

    /** Marks every queued notification `sending` and returns them (oldest first): the caller hands them to the hook. */
    List<Notice> claimQueued(int limit);

    /**
     * Notifications still {@code sending}, claimed by a delivery that is gone (the caller holds the hook lock, so no
     * live delivery holds a claim), become failed with {@code why}; returns how many.
     */
    int abandonSending(String why);

    /** The hook's outcome for one notification: sent, or failed with why. */
    void hookDone(long id, String status, String error);
}
