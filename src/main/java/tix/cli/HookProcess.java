package tix.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tix.app.NotificationService;
import tix.app.Notices;
import tix.render.Views;

/**
 * Runs the desk's notify hook: {@code sh -c COMMAND} with one notification as a line of JSON on standard input, the
 * invoking user's environment (over tix's own) plus {@code TIX_NOTIFY_EVENT}, {@code TIX_NOTIFY_AGENT} and {@code TIX_TICKET}. Its
 * output is discarded; a non-zero exit, a failure to start, or more than {@link #TIMEOUT_SECONDS} seconds is a failure,
 * told in one line (the first line the hook wrote on stderr, if any).
 */
final class HookProcess implements NotificationService.Hook {
    static final int TIMEOUT_SECONDS = 10;

    private final Map<String, String> vars;

    HookProcess(Map<String, String> vars) {
        this.vars = vars;
    }

    @Override
    public String run(String command, Notices.Notice n) {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", command);
        pb.environment().putAll(vars);
        pb.environment().put("TIX_NOTIFY_EVENT", n.event());
        pb.environment().put("TIX_NOTIFY_AGENT", n.agent());
        if (n.ticketId() != null) pb.environment().put("TIX_TICKET", String.valueOf(n.ticketId()));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return "cannot start: " + e.getMessage();
        }
        try {
            byte[] errBuf = new byte[4096];
            Thread errReader = new Thread(() -> drain(p.getErrorStream(), errBuf));
            errReader.setDaemon(true);
            errReader.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write((Views.noticeLine(n) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the hook need not read its input
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timed out after " + TIMEOUT_SECONDS + "s";
            }
            errReader.join(1000);
            if (p.exitValue() == 0) return null;
            String err = new String(errBuf, StandardCharsets.UTF_8).replace("\0", "").strip();
            String first = err.isEmpty() ? "" : ": " + err.lines().findFirst().orElse("");
            return "exit " + p.exitValue() + first;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Keeps the first bytes the hook writes on stderr (the rest is read and dropped, so it never blocks). */
    private static void drain(InputStream err, byte[] keep) {
        try (err) {
            int kept = 0;
            byte[] buf = new byte[4096];
            for (int r; (r = err.read(buf)) >= 0; ) {
                int k = Math.min(r, keep.length - kept);
                if (k > 0) {
                    System.arraycopy(buf, 0, keep, kept, k);
                    kept += k;
                }
            }
        } catch (IOException e) {
            // the hook went away: what was kept is enough
        }
    }
}
