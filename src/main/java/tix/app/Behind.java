package tix.app;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import tix.domain.DomainException;

/**
 * Hands items to a consumer running on a thread of its own, at most {@code depth} behind: an export reads the
 * database on one core while the other formats and writes what was read. {@link #finish} waits for the consumer and
 * rethrows its failure (a closed pipe, a full disk); after a failure {@link #accept} throws it at once.
 */
final class Behind<T> implements Consumer<T>, AutoCloseable {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile Throwable failure;

    Behind(Consumer<T> consumer, int depth, String name) {
        queue = new ArrayBlockingQueue<>(depth);
        thread = new Thread(() -> {
            try {
                while (true) {
                    Object o = queue.take();
                    if (o == END) return;
                    @SuppressWarnings("unchecked")
                    T t = (T) o;
                    consumer.accept(t);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                failure = e;
                queue.clear();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void accept(T t) {
        rethrow();
        try {
            while (!queue.offer(t, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) rethrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException(DomainException.Reason.INTERNAL, "interrupted", "run it again");
        }
    }

    /** Waits until the consumer has taken everything; rethrows its failure. */
    @SuppressWarnings("unchecked")
    void finish() {
        accept((T) END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException(DomainException.Reason.INTERNAL, "interrupted", "run it again");
        }
        rethrow();
    }

    private void rethrow() {
        Throwable f = failure;
        if (f instanceof RuntimeException r) throw r;
        if (f instanceof Error e) throw e;
    }

    /** Stops the consumer if {@link #finish} was not reached (the producer failed). */
    @Override
    public void close() {
        thread.interrupt();
    }
}
