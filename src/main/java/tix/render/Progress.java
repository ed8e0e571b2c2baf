package tix.render;

import java.io.PrintWriter;

/**
 * A progress bar on stderr for long work (import, export, bulk changes, big sweeps). It draws only when stderr is a
 * terminal, so cron mail and pipes never see it; it redraws at most ten times a second and erases itself when done.
 *
 * <pre>
 *   try (Progress p = progress("importing", rows.size())) {
 *       for (Row r : rows) { ...; p.advance(); }
 *   }
 * </pre>
 */
public final class Progress implements AutoCloseable {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR = 24;

    private final PrintWriter err;
    private final boolean shown;
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long lastDraw;
    private boolean drawn;

    private Progress(PrintWriter err, boolean shown, String label, long total) {
        this.err = err;
        this.shown = shown;
        this.label = label;
        this.total = total;
    }

    /**
     * A bar for {@code total} units ({@code total <= 0}: unknown, a counter is shown). {@code shown} is whether
     * stderr is a terminal (and not --quiet); when false every call is a no-op.
     */
    public static Progress start(PrintWriter err, boolean shown, String label, long total) {
        return new Progress(err, shown, label, total);
    }

    /** A progress that never draws. */
    public static Progress none() {
        return new Progress(null, false, "", 0);
    }

    public void advance() {
        advance(1);
    }

    public void advance(long units) {
        set(done + units);
    }

    public void set(long units) {
        done = units;
        if (!shown) return;
        long now = System.nanoTime();
        boolean last = total > 0 && done >= total;
        if (!last && drawn && now - lastDraw < REDRAW_NANOS) return;
        lastDraw = now;
        drawn = true;
        err.print("\r" + line(now) + "\u001b[K");
        err.flush();
    }

    public long done() {
        return done;
    }

    String line(long now) {
        StringBuilder sb = new StringBuilder(label).append(' ');
        if (total > 0) {
            double f = Math.min(1.0, (double) done / total);
            int full = (int) Math.round(f * BAR);
            sb.append('[').append("#".repeat(full)).append("-".repeat(BAR - full)).append("] ");
            sb.append(String.format("%3d%%  %d/%d", (int) (f * 100), done, total));
            double secs = (now - started) / 1e9;
            if (done > 0 && done < total && secs > 1) {
                long eta = Math.round(secs / done * (total - done));
                sb.append("  ").append(eta >= 60 ? eta / 60 + "m" + eta % 60 + "s" : eta + "s").append(" left");
            }
        } else {
            sb.append(done);
        }
        return sb.toString();
    }

    /** Erases the bar (the line is left empty for what comes next). */
    @Override
    public void close() {
        if (shown && drawn) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
