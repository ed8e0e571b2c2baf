package tix.server;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The thin client of the warm tix server: it forwards argv, the working directory, the environment, whether stdin,
 * stdout and stderr are terminals and the terminal's size, streams stdin when the command reads it, writes the
 * command's stdout and stderr, pages a tall output on a terminal, forwards Ctrl-C, and exits with the command's exit
 * code. It uses java.base only and has its own small class-data archive, so its JVM starts far faster than tix's.
 *
 * <pre>java -cp DIR tix.server.Client SOCKET JAR ARGS...</pre>
 *
 * Exit code {@value #NOT_SERVED} means the command was not served and nothing was written or read: no server, a
 * server of another jar, a command that needs this process's terminal, any failure before the first byte. The
 * launcher then runs the command in its own JVM.
 */
public final class Client {
    /** Nothing was done: run the command in a JVM of its own. */
    static final int NOT_SERVED = 254;

    private Client() {
        throw new AssertionError();
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--train")) {
            // the class-data archive's training run: load what a real run loads, without a server
            try {
                run(new String[] {"/nonexistent/tix.sock", "jar"});
            } catch (IOException e) {
                // expected: nobody listens there
            }
            System.exit(0);
        }
        int code;
        try {
            code = run(args);
        } catch (IOException e) {
            code = signalled != 0 ? signalled : served ? 1 : NOT_SERVED;
            if (served && signalled == 0) System.err.println("tix: the tix server went away (" + e.getMessage() + "; run with TIX_SERVER=0)");
        }
        System.exit(code);
    }

    /** True once the server has accepted the command: from then on its exit code is the answer. */
    private static volatile boolean served;
    /** 130 or 143 once SIGINT or SIGTERM was forwarded to the server. */
    private static volatile int signalled;

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int run(String[] args) throws IOException {
        if (args.length < 2) return NOT_SERVED;
        Path sock = Path.of(args[0]);
        SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(sock));
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Protocol.output(ch), 8192));
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Protocol.input(ch), 65536));

        boolean stdinTty = isTty(0);
        boolean stdoutTty = isTty(1);
        boolean stderrTty = isTty(2);
        Map<String, String> env = System.getenv();

        out.writeInt(Protocol.VERSION);
        Protocol.writeString(out, args[1]);
        out.writeInt(args.length - 2);
        for (int i = 2; i < args.length; i++) Protocol.writeString(out, args[i]);
        Protocol.writeString(out, Path.of("").toAbsolutePath().toString());
        out.writeInt(env.size());
        for (Map.Entry<String, String> e : env.entrySet()) {
            Protocol.writeString(out, e.getKey());
            Protocol.writeString(out, e.getValue());
        }
        out.writeByte((stdinTty ? 1 : 0) | (stdoutTty ? 2 : 0) | (stderrTty ? 4 : 0));
        out.flush();

        // the pager runs here, on the user's terminal: the server writes plain text, this side pages it when taller
        String pager = stdoutTty ? pager(env) : null;
        int rows = rows(env.get("TIX_CLIENT_SIZE"));
        java.io.ByteArrayOutputStream held = pager != null ? new java.io.ByteArrayOutputStream() : null;
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        OutputStream stderr = new FileOutputStream(FileDescriptor.err);

        // SIGINT and SIGTERM once the server has the command: ask it to cancel (the transaction is rolled back), print
        // its last words and exit 130 or 143 as a JVM of tix's own would; a second signal, or 3 s, ends the wait
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), s -> {
                    int code = 128 + s.getNumber();
                    if (!served || signalled != 0) Runtime.getRuntime().halt(code);
                    signalled = code;
                    synchronized (out) {
                        try {
                            out.writeByte(Protocol.INTERRUPT);
                            out.flush();
                        } catch (IOException e) {
                            // the server is gone already
                        }
                    }
                    Thread t = new Thread(() -> {
                        sleep(3000);
                        Runtime.getRuntime().halt(code);
                    }, "cancel-wait");
                    t.setDaemon(true);
                    t.start();
                });
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // ignored since this process started (a background job) or no signal handling: left alone
            }
        }

        while (true) {
            int kind;
            try {
                kind = in.readByte();
            } catch (EOFException e) {
                throw new IOException("connection closed");
            }
            switch (kind) {
                case Protocol.DECLINE:
                    return NOT_SERVED;
                case Protocol.ACCEPT:
                    served = true;
                    break;
                case Protocol.STDOUT: {
                    byte[] b = Protocol.readBytes(in);
                    if (held != null) held.write(b);
                    else stdout.write(b);
                    break;
                }
                case Protocol.STDERR:
                    stderr.write(Protocol.readBytes(in));
                    break;
                case Protocol.READ_STDIN:
                    pumpStdin(out);
                    break;
                case Protocol.EXIT: {
                    int code = in.readInt();
                    if (signalled != 0) return signalled;
                    if (held != null) page(held.toByteArray(), pager, rows, stdout);
                    return code;
                }
                default:
                    throw new IOException("bad frame " + kind);
            }
        }
    }

    /** Copies stdin to the server in a daemon thread, from the moment the command first reads it. */
    private static void pumpStdin(DataOutputStream out) {
        Thread t = new Thread(() -> {
            InputStream stdin = new FileInputStream(FileDescriptor.in);
            byte[] buf = new byte[65536];
            try {
                int n;
                while ((n = stdin.read(buf)) > 0) {
                    synchronized (out) {
                        out.writeByte(Protocol.STDIN);
                        out.writeInt(n);
                        out.write(buf, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // stdin closed or the server gone: the end of input either way
            }
            synchronized (out) {
                try {
                    out.writeByte(Protocol.STDIN);
                    out.writeInt(-1);
                    out.flush();
                } catch (IOException e) {
                    // the server is gone
                }
            }
        }, "stdin");
        t.setDaemon(true);
        t.start();
    }

    /** $PAGER, else {@code less -FRX}; none when PAGER is empty or cat (as tix itself decides). */
    static String pager(Map<String, String> env) {
        String p = env.get("PAGER");
        if (p == null) return "less -FRX";
        return p.isBlank() || p.strip().equals("cat") ? null : p.strip();
    }

    private static int rows(String size) {
        if (size == null || size.isBlank()) return 0;
        try {
            return Integer.parseInt(size.strip().split("\\s+")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Through the pager when the text is taller than the screen (rows known), else straight to stdout. */
    private static void page(byte[] text, String pager, int rows, OutputStream stdout) throws IOException {
        int lines = 0;
        for (byte b : text) if (b == '\n') lines++;
        if (rows <= 0 || lines < rows - 1) {
            stdout.write(text);
            stdout.flush();
            return;
        }
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", pager).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        if (System.getenv("LESS") == null) pb.environment().put("LESS", "FRX");
        Process p = pb.start();
        try (OutputStream w = p.getOutputStream()) {
            w.write(text);
        } catch (IOException e) {
            // the reader quit early (q in less)
        }
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether file descriptor {@code fd} of this process is a terminal (its /proc link names a tty or pts). */
    static boolean isTty(int fd) {
        try {
            String t = java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The wire format shared with {@link Server}: length-prefixed UTF-8 strings and one-byte frame kinds. */
    static final class Protocol {
        static final int VERSION = 1;
        static final byte ACCEPT = 'A';
        static final byte DECLINE = 'D';
        static final byte STDOUT = 'O';
        static final byte STDERR = 'E';
        static final byte READ_STDIN = 'R';
        static final byte STDIN = 'I';
        static final byte INTERRUPT = 'C';
        static final byte EXIT = 'X';

        private Protocol() {
        }

        /**
         * The channel's reading side as a stream. Not {@code Channels.newInputStream}: up to JDK 18 its streams lock
         * the channel's blockingLock for a whole blocking read, so a write from another thread waits forever.
         */
        static InputStream input(SocketChannel ch) {
            return new InputStream() {
                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    int n = read(one, 0, 1);
                    return n < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (len == 0) return 0;
                    return ch.read(java.nio.ByteBuffer.wrap(b, off, len));
                }
            };
        }

        /** The channel's writing side as a stream (see {@link #input}). */
        static OutputStream output(SocketChannel ch) {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b, off, len);
                    while (buf.hasRemaining()) ch.write(buf);
                }
            };
        }

        static void writeString(DataOutputStream out, String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        static String readString(DataInputStream in) throws IOException {
            return new String(readBytes(in), StandardCharsets.UTF_8);
        }

        static byte[] readBytes(DataInputStream in) throws IOException {
            int n = in.readInt();
            if (n < 0 || n > (64 << 20)) throw new IOException("bad length " + n);
            byte[] b = new byte[n];
            in.readFully(b);
            return b;
        }
    }
}
