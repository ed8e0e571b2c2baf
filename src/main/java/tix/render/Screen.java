package tix.render;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What human output is shown on: whether stdout is a terminal, colours, its size and the pager. The size comes from
 * COLUMNS / LINES, else one cheap {@code stty size} on the controlling terminal (asked once, only when a table is
 * printed on a terminal); no terminal library is loaded for it.
 */
public final class Screen {
    /** Width of tables written to pipes and files when COLUMNS is unset. */
    static final int PIPE_WIDTH = 160;

    private final boolean terminal;
    private final boolean colour;
    private final Integer columns;
    private final Integer lines;
    private final String pager;
    private int[] asked;

    private Screen(boolean terminal, boolean colour, Integer columns, Integer lines, String pager) {
        this.terminal = terminal;
        this.colour = colour;
        this.columns = columns;
        this.lines = lines;
        this.pager = pager;
    }

    /**
     * The screen of a run: {@code vars} gives COLUMNS, LINES and PAGER ($PAGER, else {@code less -FRX}; an empty
     * PAGER or {@code cat} turns paging off). Paging happens only on a terminal.
     */
    public static Screen of(boolean terminal, boolean colour, Map<String, String> vars) {
        String p = vars.get("PAGER");
        String pager = p == null ? "less -FRX" : p.isBlank() || p.strip().equals("cat") ? null : p.strip();
        return new Screen(terminal, colour, number(vars.get("COLUMNS")), number(vars.get("LINES")), terminal ? pager : null);
    }

    /** Not a terminal: no colour, no pager, {@code columns} wide (null: the pipe default). */
    public static Screen plain(String columns) {
        return new Screen(false, false, number(columns), null, null);
    }

    private static Integer number(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            int n = Integer.parseInt(s.trim());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean terminal() {
        return terminal;
    }

    public boolean colour() {
        return colour;
    }

    /** Columns available to a table (at least 40). */
    public int width() {
        if (columns != null) return Math.max(40, columns);
        if (!terminal) return PIPE_WIDTH;
        int w = ask()[1];
        return Math.max(40, w > 0 ? w : 80);
    }

    /** Lines of the terminal (24 when unknown). */
    public int height() {
        if (lines != null) return lines;
        if (!terminal) return Integer.MAX_VALUE;
        int h = ask()[0];
        return h > 0 ? h : 24;
    }

    private int[] ask() {
        if (asked == null) asked = sttySize();
        return asked;
    }

    /** {rows, columns} of the controlling terminal, or {0, 0}. */
    static int[] sttySize() {
        File tty = new File("/dev/tty");
        if (!tty.exists()) return new int[] {0, 0};
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (!p.waitFor(2, TimeUnit.SECONDS)) p.destroy();
            String[] parts = text.split("\\s+");
            if (parts.length == 2) return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (IOException | NumberFormatException e) {
            // no terminal to ask: the defaults apply
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new int[] {0, 0};
    }

    /**
     * Writes {@code text} to {@code out}, through the pager when on a terminal and the text is taller than the
     * screen. The pager writes to this process's own stdout (that is what a terminal {@code out} is).
     */
    void page(PrintWriter out, String text) {
        if (pager == null || !terminal || countLines(text) < height()) {
            out.print(text);
            out.flush();
            return;
        }
        out.flush();
        try {
            ProcessBuilder pb = new ProcessBuilder("sh", "-c", pager).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            if (System.getenv("LESS") == null) pb.environment().put("LESS", "FRX");
            Process p = pb.start();
            try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
                w.write(text);
            } catch (IOException e) {
                // the reader quit early (q in less): the rest is not wanted
            }
            p.waitFor();
        } catch (IOException e) {
            out.print(text);
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int countLines(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return n;
    }

    /** Whether file descriptor {@code fd} of this process is a terminal (Linux /proc; else the JVM's console). */
    public static boolean isTerminal(int fd) {
        try {
            Path link = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd));
            String target = link.toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
