package tix.app;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import tix.domain.DomainException;

/**
 * Reads ahead on a thread of its own: the items of a source, at most {@code depth} ahead of the consumer. An import
 * parses its file while the database writes the rows before, so the two halves use both cores; memory stays bounded
 * by {@code depth}. A failure of the source (bad data) reaches the consumer at the item where it happened.
 */
final class Ahead<T> implements Iterator<T>, AutoCloseable {
    private static final Object END = new Object();
    /** Items handed over at a time: one hand-over (a lock, and a wake-up of a waiting thread) per item cost more than reading it. */
    private static final int CHUNK = 32;

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    /** The chunk being consumed, and the position in it. */
    private Object[] chunk = new Object[0];
    private int at;
    private Object next;

    private record Failure(RuntimeException runtime, Error error) {
    }

    Ahead(Iterator<T> source, int depth, String name) {
        int size = Math.max(1, Math.min(CHUNK, depth / 4));
        // the chunk being filled counts too: at most {@code depth} items are read ahead
        queue = new ArrayBlockingQueue<>(Math.max(1, depth / size - 1));
        thread = new Thread(() -> {
            Object[] filling = new Object[size];
            int n = 0;
            try {
                while (source.hasNext()) {
                    filling[n++] = source.next();
                    if (n == size) {
                        queue.put(filling);
                        filling = new Object[size];
                        n = 0;
                    }
                }
                put(filling, n, END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                put(filling, n, new Failure(e, null));
            } catch (Error e) {
                put(filling, n, new Failure(null, e));
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The items read so far, then {@code last} (the end, or the failure at the item after them). */
    private void put(Object[] filling, int n, Object last) {
        Object[] rest = java.util.Arrays.copyOf(filling, n + 1);
        rest[n] = last;
        try {
            queue.put(rest);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            if (at == chunk.length) {
                try {
                    chunk = (Object[]) queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DomainException(DomainException.Reason.INTERNAL, "interrupted", "run it again");
                }
                at = 0;
            }
            next = chunk[at];
            chunk[at++] = null;
        }
        if (next instanceof Failure f) {
            if (f.runtime != null) throw f.runtime;
            throw f.error;
        }
        return next != END;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        T t = (T) next;
        next = null;
        return t;
    }

    /** Stops reading (the source is closed by its owner after this). */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
