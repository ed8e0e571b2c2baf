package tix.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import tix.cli.Env;
import tix.cli.Tix;
import tix.server.Client.Protocol;

/**
 * The warm tix server: one JVM per user and jar that keeps the classes, the command model's code and the JIT warm,
 * and runs the commands its {@link Client}s forward, one at a time, with their own argv, working directory,
 * environment, stdin and terminal flags. It listens on a Unix socket only its user can open (0600 in a 0700
 * directory, and the peer's user is checked), exits after {@code TIX_SERVER_IDLE} seconds without a command (default
 * 900) and as soon as its jar changes, and declines (the client then runs the command in its own JVM) every command
 * that needs the user's terminal: the interactive shell, and $EDITOR for a body.
 *
 * <pre>java -cp tix.jar tix.server.Server SOCKET JAR</pre>
 */
public final class Server {
    /** Commands served; everything else (the shell, mail, import/export, admin) runs in its own JVM. */
    static final Set<String> SERVED = Set.of("show", "list", "ls", "search", "create", "tag", "reply", "note",
            "priority", "status", "take", "assign", "release", "escalate", "deescalate", "resolve", "close", "reopen",
            "due", "history", "stats", "sla", "_complete");
    /** Commands that open $EDITOR for the body when none is given on a terminal. */
    static final Set<String> EDITS = Set.of("create", "reply", "note");
    /** Options of the root that take a value (skipped when looking for the command). */
    static final Set<String> GLOBAL_WITH_VALUE = Set.of("--db", "--as", "--now");
    /** Options of the served commands that name a file. */
    static final List<String> PATH_OPTIONS = List.of("--db", "--body-file");

    private final Path socket;
    private final Path jar;
    private final long jarStamp;
    private final long idleMillis;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    /** The command lines and open desks kept between commands (used under {@link #oneAtATime} only). */
    private final Tix.Warm warm = new Tix.Warm(new tix.Stores());
    private volatile long lastUse = System.currentTimeMillis();
    private final Renewer renewer = new Renewer();

    Server(Path socket, Path jar, long idleMillis) throws IOException {
        this.socket = socket;
        this.jar = jar.normalize(); // `bench/../target/tix.jar` and `target/tix.jar` are one jar
        this.jarStamp = stamp(jar);
        this.idleMillis = idleMillis;
    }

    public static void main(String[] args) throws Exception {
        Path socket = Path.of(args[0]);
        Path jar = Path.of(args[1]);
        String idle = System.getenv("TIX_SERVER_IDLE");
        long idleSeconds = idle != null && idle.matches("[0-9]+") ? Long.parseLong(idle) : 900;
        // one server per socket: a second one started meanwhile (two first uses at once) leaves at once
        Files.createDirectories(socket.getParent());
        try (var lockFile = java.nio.channels.FileChannel.open(socket.resolveSibling(socket.getFileName() + ".lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             var lock = lockFile.tryLock()) {
            if (lock == null) return;
            warmClasses();
            new Server(socket, jar, idleSeconds * 1000).serve();
        }
    }

    /** Runs the everyday commands once on a scratch desk, so that the first real command finds the code warm. */
    static void warmClasses() throws IOException {
        Path dir = Files.createTempDirectory("tix-warm-");
        try {
            Training.day(dir, 1);
        } finally {
            tix.cli.Scratch.delete(dir);
        }
    }

    private static long stamp(Path jar) throws IOException {
        return Files.getLastModifiedTime(jar).toMillis() ^ Files.size(jar);
    }

    private boolean jarChanged() {
        try {
            return stamp(jar) != jarStamp;
        } catch (IOException e) {
            return true;
        }
    }

    void serve() throws IOException {
        Path dir = socket.getParent();
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        // a socket file left by a server that died: nobody answers on it
        if (Files.exists(socket)) {
            try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                return; // another server of this jar is running: this one is not needed
            } catch (IOException e) {
                Files.deleteIfExists(socket);
            }
        }
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // the kept desks are closed (WAL checkpointed) once the running command, if any, has stopped: a
            // termination signal cancels it (SqliteStore's hook), so this waits a moment at most
            try {
                if (oneAtATime.tryLock(1500, TimeUnit.MILLISECONDS)) {
                    try {
                        warm.close();
                    } finally {
                        oneAtATime.unlock();
                    }
                }
            } catch (InterruptedException | RuntimeException e) {
                // exiting: the files are sound without the close (SQLite recovers its WAL on the next open)
            }
            try {
                Files.deleteIfExists(socket);
                Files.deleteIfExists(socket.resolveSibling(socket.getFileName() + ".pid"));
            } catch (IOException e) {
                // nothing to do at exit
            }
        }));
        Thread watch = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
                boolean idle = !oneAtATime.isLocked() && System.currentTimeMillis() - lastUse > idleMillis;
                if (idle || jarChanged() || !Files.exists(socket)) System.exit(0);
            }
        }, "idle");
        watch.setDaemon(true);
        watch.start();
        Thread renewing = new Thread(renewer, "completion");
        renewing.setDaemon(true);
        renewing.start();
        WarmUp.start(oneAtATime); // compiles the served path in the background, stepping aside for every command
        String me = System.getProperty("user.name");
        while (true) {
            SocketChannel ch = server.accept();
            lastUse = System.currentTimeMillis();
            try {
                var peer = ch.getOption(jdk.net.ExtendedSocketOptions.SO_PEERCRED);
                if (!peer.user().getName().equals(me)) {
                    ch.close();
                    continue;
                }
            } catch (IOException | UnsupportedOperationException e) {
                ch.close();
                continue;
            }
            Thread t = new Thread(() -> handle(ch), "client");
            t.setDaemon(true);
            t.start();
        }
    }

    private void handle(SocketChannel ch) {
        try (ch) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Protocol.input(ch), 65536));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Protocol.output(ch), 65536));
            if (in.readInt() != Protocol.VERSION) {
                decline(out);
                return;
            }
            String clientJar = Protocol.readString(in);
            String[] args = new String[in.readInt()];
            for (int i = 0; i < args.length; i++) args[i] = Protocol.readString(in);
            Protocol.readString(in); // the client's directory: every path served is absolute (absolutePaths)
            int n = in.readInt();
            Map<String, String> vars = new HashMap<>();
            for (int i = 0; i < n; i++) vars.put(Protocol.readString(in), Protocol.readString(in));
            int flags = in.readByte();
            boolean stdinTty = (flags & 1) != 0;
            boolean stdoutTty = (flags & 2) != 0;
            boolean stderrTty = (flags & 4) != 0;
            if (!Path.of(clientJar).normalize().equals(jar) || jarChanged() || !serves(args, stdinTty && stdoutTty)
                    || !absolutePaths(args, vars) || offInConfig(vars)) {
                decline(out);
                if (jarChanged()) System.exit(0);
                return;
            }
            run(in, out, args, vars, stdinTty, stdoutTty, stderrTty);
        } catch (IOException e) {
            // the client went away (Ctrl-C, a closed pipe): nothing to answer
        } finally {
            lastUse = System.currentTimeMillis();
        }
    }

    private static void decline(DataOutputStream out) throws IOException {
        out.writeByte(Protocol.DECLINE);
        out.flush();
    }

    /** Whether this server runs {@code args}: a served command, and no $EDITOR to open on the user's terminal. */
    static boolean serves(String[] args, boolean onTerminal) {
        String command = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) return false;
            if (a.startsWith("-")) {
                if (GLOBAL_WITH_VALUE.contains(a)) i++;
                continue;
            }
            command = a;
            break;
        }
        if (command == null || !SERVED.contains(command)) return false;
        if (onTerminal && EDITS.contains(command)) {
            for (String a : args) {
                if (a.equals("-b") || a.startsWith("--body") || (a.startsWith("-b") && a.length() > 2 && !a.startsWith("--"))) {
                    return true;
                }
            }
            return false; // no body on a terminal: $EDITOR opens, and it must be the user's own process
        }
        return true;
    }

    /**
     * Whether every file named on the command line and in TIX_DB is absolute: a relative one means the client's
     * directory, which this process does not share, so such a command runs in the client's own JVM. A PostgreSQL URL
     * names no file: it is served (one kept connection per URL and password).
     */
    static boolean absolutePaths(String[] args, Map<String, String> vars) {
        String db = vars.get("TIX_DB");
        if (db != null && !db.isEmpty() && !absoluteOrUrl(db)) return false;
        String fromConfig = configDb(vars);
        if (fromConfig != null && !absoluteOrUrl(fromConfig)) return false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            for (String opt : PATH_OPTIONS) {
                String value = a.equals(opt) && i + 1 < args.length ? args[i + 1]
                        : a.startsWith(opt + "=") ? a.substring(opt.length() + 1) : null;
                if (value != null && !absoluteOrUrl(value) && !value.equals("-")) return false;
            }
        }
        return true;
    }

    private static boolean absoluteOrUrl(String location) {
        return location.startsWith("/") || tix.cli.StoreFactory.isUrl(location);
    }

    /** The {@code db} of the client's config file ($XDG_CONFIG_HOME/tix/config, else ~/.config/tix/config), or null. */
    static String configDb(Map<String, String> vars) {
        String x = vars.get("XDG_CONFIG_HOME");
        String home = vars.get("HOME");
        Path file = x != null && !x.isEmpty() ? Path.of(x, "tix", "config")
                : home != null && !home.isEmpty() ? Path.of(home, ".config", "tix", "config") : null;
        if (file == null || !Files.isReadable(file)) return null;
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return "unreadable"; // relative: not served, and the plain JVM says what is wrong
        }
        String db = p.getProperty("db");
        return db == null || db.isBlank() ? null : db.strip();
    }

    /**
     * Whether the client's config file says {@code server = off} (or {@code 0}): the user turned the warm path off
     * after this server started. Declined, the command runs in the user's own JVM (the launcher reads the same key).
     */
    static boolean offInConfig(Map<String, String> vars) {
        String x = vars.get("XDG_CONFIG_HOME");
        String home = vars.get("HOME");
        Path file = x != null && !x.isEmpty() ? Path.of(x, "tix", "config")
                : home != null && !home.isEmpty() ? Path.of(home, ".config", "tix", "config") : null;
        if (file == null || !Files.isReadable(file)) return false;
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return false; // configDb declines it already
        }
        String server = p.getProperty("server", "").strip();
        return server.equalsIgnoreCase("off") || server.equals("0");
    }

    private void run(DataInputStream in, DataOutputStream out, String[] args, Map<String, String> vars,
                     boolean stdinTty, boolean stdoutTty, boolean stderrTty) throws IOException {
        if (stdoutTty) {
            // the client pages (on its own terminal) and tells the size; this side writes plain pages of text
            String size = vars.get("TIX_CLIENT_SIZE");
            if (size != null && size.strip().matches("[0-9]+ [0-9]+")) {
                String[] rc = size.strip().split(" ");
                vars.putIfAbsent("LINES", rc[0]);
                vars.putIfAbsent("COLUMNS", rc[1]);
            }
            vars.put("PAGER", "cat");
        }
        Frames frames = new Frames(out);
        StdinFromClient stdin = new StdinFromClient(frames);
        java.util.concurrent.atomic.AtomicBoolean answered = new java.util.concurrent.atomic.AtomicBoolean();
        Thread worker = Thread.currentThread();
        Thread reader = new Thread(() -> {
            try {
                while (true) {
                    int kind = in.readByte();
                    if (kind == Protocol.STDIN) {
                        int len = in.readInt();
                        if (len < 0) {
                            stdin.offer(new byte[0]);
                        } else {
                            byte[] b = new byte[len];
                            in.readFully(b);
                            stdin.offer(b);
                        }
                    } else if (kind == Protocol.INTERRUPT) {
                        worker.interrupt();
                        stdin.offer(new byte[0]);
                    }
                }
            } catch (IOException e) {
                // the client is gone before the answer (killed, or its signal came before it knew the command was
                // taken): as if Ctrl-C, the command is cancelled and its transaction rolled back
                if (!answered.get()) worker.interrupt();
                stdin.offer(new byte[0]);
            }
        }, "client-input");
        reader.setDaemon(true);
        reader.start();

        Env env = new Env(Map.copyOf(vars), stdin, stdinTty, stdoutTty, stderrTty);
        PrintWriter o = new PrintWriter(new OutputStreamWriter(frames.stream(Protocol.STDOUT), StandardCharsets.UTF_8), false);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(frames.stream(Protocol.STDERR), StandardCharsets.UTF_8), true);
        oneAtATime.lock();
        try {
            frames.accept();
            // the client has its answer when the output is complete; the completion cache is renewed after that
            Tix.run(args, env, warm, o, e, code -> {
                try {
                    answered.set(true);
                    frames.exit(code);
                } catch (IOException gone) {
                    // the client went away: the command's work is done all the same
                }
            });
        } catch (RuntimeException ex) {
            e.println("tix: internal error in the tix server: " + ex + " (run with TIX_SERVER=0)");
            e.flush();
        }
        try {
            if (!answered.get()) frames.exit(1);
            // the completion cache this command (or one before it) left stale: renewed here only when it has been owed
            // for Owed.MAX_DEFER_MS already (a loop of commands); else once the server has been quiet for QUIET_MS
            Thread.interrupted();
            if (!warm.renewCompletion(() -> true)) renewer.owed();
        } catch (RuntimeException ex) {
            // a courtesy: the next command finds the cache stale and owes it again
        } finally {
            oneAtATime.unlock();
            Thread.interrupted();
        }
        frames.finish();
    }

    /** How long the server waits without a command before it renews the completion cache the commands left stale. */
    static final long QUIET_MS = 50;

    /**
     * Renews the completion cache once no command has come for {@link #QUIET_MS} (its own thread, under the command
     * lock): commands that come in a row (a script, a benchmark, a loop) do not wait for a renewal after each one,
     * which at a million tickets took longer than the command itself; the renewal still gives way between two kinds
     * to a command that arrives meanwhile, and one owed for {@code Owed.MAX_DEFER_MS} goes first after the next answer,
     * so the cache is at most that far behind a loop. A person's next TAB comes later than that.
     */
    final class Renewer implements Runnable {
        private long due; // System.nanoTime() at which to renew; 0: nothing owed (guarded by this)

        /** Called under the command lock by a command that left a renewal owed. */
        synchronized void owed() {
            due = System.nanoTime() + QUIET_MS * 1_000_000;
            notifyAll();
        }

        @Override
        public void run() {
            while (true) {
                long at;
                try {
                    synchronized (this) {
                        while (due == 0) wait();
                        at = due;
                        long left = at - System.nanoTime();
                        if (left > 0) {
                            TimeUnit.NANOSECONDS.timedWait(this, left);
                            continue; // a command since then moved the time on
                        }
                    }
                } catch (InterruptedException e) {
                    return;
                }
                oneAtATime.lock();
                try {
                    synchronized (this) {
                        if (due != at) continue; // a command ran meanwhile: quiet from its end on
                        due = 0;
                    }
                    // a command that waits for the lock goes first and owes the rest again after its answer
                    warm.renewCompletion(oneAtATime::hasQueuedThreads);
                } catch (RuntimeException ex) {
                    // a courtesy: the next command finds the cache stale and owes it again
                } finally {
                    oneAtATime.unlock();
                    Thread.interrupted();
                }
            }
        }
    }

    /**
     * Frames to the client, from the command's two streams and the stdin request. One writer thread of its own puts
     * them on the socket: the command's thread never touches the channel, because a cancelled command's thread is
     * interrupted, and an interrupted thread that writes to a channel closes it (the cancelled command could then no
     * longer say so). Frames queued together are flushed together.
     */
    static final class Frames {
        private static final byte[] END = new byte[0];
        private final DataOutputStream out;
        private final java.util.concurrent.ArrayBlockingQueue<byte[]> queue = new java.util.concurrent.ArrayBlockingQueue<>(64);
        private final Thread writer;
        private volatile IOException failed;

        Frames(DataOutputStream out) {
            this.out = out;
            writer = new Thread(this::write, "client-output");
            writer.setDaemon(true);
            writer.start();
        }

        private void write() {
            try {
                while (true) {
                    byte[] f = queue.take();
                    if (f == END) break;
                    out.write(f);
                    if (queue.isEmpty()) out.flush();
                }
                out.flush();
            } catch (IOException e) {
                failed = e;
                queue.clear();
            } catch (InterruptedException e) {
                failed = new InterruptedIOException("stopped");
            }
        }

        /** Queues one frame; waits while 64 are queued, without giving way to an interrupt (kept for the command). */
        private void send(byte[] frame) throws IOException {
            boolean interrupted = false;
            try {
                while (true) {
                    if (failed != null) throw failed;
                    try {
                        if (queue.offer(frame, 100, TimeUnit.MILLISECONDS)) return;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } finally {
                if (interrupted) Thread.currentThread().interrupt();
            }
        }

        private static byte[] small(byte kind, int value, boolean withValue) {
            if (!withValue) return new byte[] {kind};
            return new byte[] {kind, (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        }

        void accept() throws IOException {
            send(small(Protocol.ACCEPT, 0, false));
        }

        void frame(byte kind, byte[] b, int off, int len) throws IOException {
            byte[] f = new byte[5 + len];
            f[0] = kind;
            f[1] = (byte) (len >>> 24);
            f[2] = (byte) (len >>> 16);
            f[3] = (byte) (len >>> 8);
            f[4] = (byte) len;
            System.arraycopy(b, off, f, 5, len);
            send(f);
        }

        void requestStdin() throws IOException {
            send(small(Protocol.READ_STDIN, 0, false));
        }

        void exit(int code) throws IOException {
            send(small(Protocol.EXIT, code, true));
        }

        /** Sends what is queued and stops the writer (the connection is closed after this). */
        void finish() {
            try {
                send(END);
            } catch (IOException e) {
                return; // the client is gone: nothing more to send
            }
            boolean interrupted = false;
            while (writer.isAlive()) {
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }

        OutputStream stream(byte kind) {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    frame(kind, new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (len > 0) frame(kind, b, off, len);
                }
            };
        }
    }

    /** The client's stdin: asked for on the first read (a command that never reads it leaves it alone). */
    static final class StdinFromClient extends InputStream {
        private final Frames frames;
        private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
        private boolean asked;
        private boolean ended;
        private byte[] current = new byte[0];
        private int pos;

        StdinFromClient(Frames frames) {
            this.frames = frames;
        }

        void offer(byte[] b) {
            chunks.add(b);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            if (!asked) {
                asked = true;
                frames.requestStdin();
            }
            while (pos == current.length) {
                if (ended) return -1;
                try {
                    current = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted");
                }
                pos = 0;
                if (current.length == 0) {
                    ended = true;
                    return -1;
                }
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
