package tix;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import tix.cli.Env;
import tix.cli.Tix;

/** Wiring only: the real process, the SQLite store, one run, the only System.exit. */
public final class Main {
    private Main() {
        throw new AssertionError();
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, Env.system(), out, err));
    }

    public static int run(String[] args, Env env, PrintWriter out, PrintWriter err) {
        return Tix.run(args, env, new Stores(), out, err);
    }
}
