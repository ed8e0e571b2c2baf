package tix.cli;

import java.io.InputStream;
import java.util.Map;

/**
 * The process around a command: environment variables, standard input, and whether stdin/stdout are terminals.
 * Main builds it from the real process; tests build their own.
 */
public record Env(Map<String, String> vars, InputStream stdin, boolean stdinTerminal, boolean stdoutTerminal) {
    public String var(String name) {
        String v = vars.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    public static Env system() {
        boolean tty = System.console() != null;
        return new Env(System.getenv(), System.in, tty, tty);
    }
}
