package tix.cli;

import java.io.InputStream;
import java.util.Map;
import tix.render.Screen;

/**
 * The process around a command: environment variables, standard input, and whether stdin, stdout and stderr are
 * terminals. Main builds it from the real process; tests build their own.
 */
public record Env(Map<String, String> vars, InputStream stdin, boolean stdinTerminal, boolean stdoutTerminal,
                  boolean stderrTerminal) {
    /** stderr counts as a terminal when stdout does. */
    public Env(Map<String, String> vars, InputStream stdin, boolean stdinTerminal, boolean stdoutTerminal) {
        this(vars, stdin, stdinTerminal, stdoutTerminal, stdoutTerminal);
    }

    public String var(String name) {
        String v = vars.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    public static Env system() {
        return new Env(System.getenv(), System.in, Screen.isTerminal(0), Screen.isTerminal(1), Screen.isTerminal(2));
    }
}
