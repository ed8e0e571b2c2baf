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

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private Object next;

    private record Failure(RuntimeException runtime, Error error) {
    }

    Ahead(Iterator<T> source, int depth, String name) {
        queue = new ArrayBlockingQueue<>(depth);
        thread = new Thread(() -> {
            try {
                while (source.hasNext()) queue.put(source.next());
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                put(new Failure(e, null));
            } catch (Error e) {
                put(new Failure(null, e));
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void put(Object o) {
        try {
            queue.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DomainException(DomainException.Reason.INTERNAL, "interrupted", "run it again");
            }
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
