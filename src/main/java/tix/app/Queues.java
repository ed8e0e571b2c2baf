package tix.app;

import java.util.List;
import java.util.Optional;
import tix.domain.Queue;

/** Queues (departments), their addresses and calendars. A port the store implements. */
public interface Queues {
    Optional<Queue> queue(String name);

    List<Queue> queues();

    /** The IANA zone of the calendar the queue uses (dates like 2026-12-01 are midnight there). */
    String queueZone(String queue);

    void saveQueue(Queue queue, boolean isNew);

    /** Deletes the queue and its addresses; its tickets must have been moved or deleted first. */
    void deleteQueue(String name);

    /** The inbound addresses of a queue, in the order they were given. */
    List<String> queueAddresses(String queue);

    /** The queue that claims an inbound address (case-insensitive), if any. */
    Optional<String> queueOfAddress(String address);

    /** Replaces the queue's inbound addresses. */
    void setQueueAddresses(String queue, List<String> addresses);

    boolean calendarExists(String name);
}
