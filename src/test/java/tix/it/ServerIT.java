package tix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.it.Proc.ok;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tix.Tmux;

/**
 * The warm path through the real {@code ./tix} launcher: the first command starts the per-user server, later ones
 * are served by it through the thin client, and every command gives the same stdout, stderr and exit code as in a
 * JVM of its own ({@code TIX_SERVER=0}); commands it declines, and a server that is gone, fall back to that JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerIT {
    /** Makes a plain JVM of tix fail to start: a command that succeeds with it set was served by the server. */
    private static final String NO_PLAIN_JVM = "-XX:+TixNoSuchFlag";

    @TempDir
    static Path dir;

    Path run;
    String db;

    Proc tix() {
        return new Proc(dir.resolve("home")).env("XDG_RUNTIME_DIR", run.toString()).env("TIX_DB", db)
                .env("TIX_AGENT", "lead").env("TIX_SERVER_IDLE", "120");
    }

    @BeforeAll
    void deskAndServer() throws Exception {
        run = dir.resolve("run");
        Files.createDirectories(run);
        Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));
        db = dir.resolve("desk.db").toString();
        ok(tix().launcher("init"));
        ok(tix().launcher("-q", "create", "--title", "Printer on fire", "--requester", "ana@example.com", "--body",
                "Smoke everywhere", "--tag", "hardware"));
        // the first use started the server in the background: wait for its socket
        for (int i = 0; i < 600 && socket().isEmpty(); i++) Thread.sleep(100);
        assertTrue(socket().isPresent(), "the server's socket appears in $XDG_RUNTIME_DIR/tix");
    }

    @AfterAll
    void stopServer() {
        Proc.stopServers();
    }

    Optional<Path> socket() throws IOException {
        if (!Files.isDirectory(run.resolve("tix"))) return Optional.empty();
        try (Stream<Path> s = Files.list(run.resolve("tix"))) {
            return s.filter(p -> p.toString().endsWith(".sock") && !Files.isRegularFile(p)).findFirst();
        }
    }

    @Test
    void theSocketIsTheUsersOnly() throws IOException {
        Path sock = socket().orElseThrow();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(sock)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(sock.getParent())));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "TIX_NATIVE_CLIENT={0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "0"})
    void servedCommandsAnswerAsAPlainJvmDoes(String nativeClient) {
        List<List<String>> commands = List.of(List.of("show", "1"), List.of("show", "1", "--json"),
                List.of("list", "--json", "id,title,status"), List.of("search", "printer"), List.of("show", "7"),
                List.of("priority", "1", "500"), List.of("list", "--status", "nonsense"), List.of("history", "1"));
        for (List<String> c : commands) {
            String[] args = c.toArray(new String[0]);
            var served = tix().env("TIX_NATIVE_CLIENT", nativeClient.isEmpty() ? null : nativeClient)
                    .env("TIX_JAVA_OPTS", NO_PLAIN_JVM).launcher(args);
            var plain = tix().env("TIX_SERVER", "0").launcher(args);
            assertEquals(plain.toString(), served.toString(), "tix " + c);
        }
        var missing = tix().env("TIX_JAVA_OPTS", NO_PLAIN_JVM).launcher("show", "7");
        assertEquals(3, missing.code(), missing.toString());
        assertTrue(missing.err().startsWith("tix: ") && missing.out().isEmpty(), missing.toString());
    }

    @Test
    void theLauncherReachedByAnotherPathToTheSameJarIsServed() {
        // bench/make-db.sh runs `bench/../tix`: the same jar, named `.../bench/../target/tix.jar`
        String other = Proc.ROOT.resolve("src").resolve("..").resolve("tix").toString();
        var served = tix().env("TIX_JAVA_OPTS", NO_PLAIN_JVM).run(List.of(other, "show", "1"), "");
        assertEquals(0, served.code(), served.toString());
        assertTrue(served.out().contains("Printer on fire"), served.toString());
    }

    /**
     * The completion cache after served writes: renewed by the server once no command has come for a moment, without
     * another command to push it, and with every write of a quick loop in it (the renewal waits for the loop's end, or
     * goes first once owed long enough); each ticket is found by a search at once.
     */
    /** As the completion scripts judge it: the database or a WAL with frames in it is newer than the stamp. */
    private static boolean staleCache(Path db, Path stamp) throws IOException {
        if (!Files.exists(stamp)) return true;
        var s = Files.getLastModifiedTime(stamp);
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        return Files.getLastModifiedTime(db).compareTo(s) > 0
                || (Files.exists(wal) && Files.size(wal) > 0 && Files.getLastModifiedTime(wal).compareTo(s) > 0);
    }

    @Test
    void servedWritesLeaveTheCompletionCacheCurrent() throws Exception {
        Path cache = dir.resolve("home/cache/tix/complete").resolve(Path.of(db).toAbsolutePath().toString().replace('/', '%'));
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var created = ok(tix().env("TIX_JAVA_OPTS", NO_PLAIN_JVM).launcher("create", "--title", "Loop " + i,
                    "--requester", "bo@example.com", "--tag", "loop" + i, "--json", "id"));
            ids.add(0, created.out().replaceAll("[^0-9]", ""));
            // found at once: the search index is written in the create's own transaction, whatever the cache does
            var found = ok(tix().env("TIX_JAVA_OPTS", NO_PLAIN_JVM).launcher("search", "Loop " + i, "--json", "id"));
            assertTrue(java.util.regex.Pattern.compile("\"id\" : " + ids.get(0) + "\\b").matcher(found.out()).find(),
                    found.toString());
        }
        String newest = ids.get(0);
        List<String> ticket = List.of();
        for (int i = 0; i < 100; i++) {
            ticket = Files.exists(cache.resolve("ticket")) ? Files.readAllLines(cache.resolve("ticket")) : List.of();
            if (!ticket.isEmpty() && ticket.get(0).equals(newest + "\tLoop 4")
                    && !staleCache(Path.of(db), cache.resolve("stamp"))) {
                break;
            }
            Thread.sleep(50);
        }
        assertEquals(newest + "\tLoop 4", ticket.get(0), "the last created ticket is offered first");
        assertEquals(ids, ticket.subList(0, 5).stream().map(l -> l.substring(0, l.indexOf('\t'))).toList(),
                "every ticket of the loop is offered, the newest first");
        assertTrue(Files.readAllLines(cache.resolve("ids")).containsAll(ids));
        assertTrue(Files.readAllLines(cache.resolve("tag")).containsAll(List.of("loop0", "loop4")));
        assertFalse(staleCache(Path.of(db), cache.resolve("stamp")), "the stamp is current");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "TIX_NATIVE_CLIENT={0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "0"})
    void stdinIsReadOnlyByACommandThatAsksForIt(String nativeClient) {
        var created = ok(tix().env("TIX_NATIVE_CLIENT", nativeClient.isEmpty() ? null : nativeClient)
                .env("TIX_JAVA_OPTS", NO_PLAIN_JVM).launcherWithInput("Paper jam\non floor 3\n",
                "create", "--title", "Jam", "--requester", "bo@example.com", "--body", "-", "--json", "id"));
        String id = created.out().replaceAll("[^0-9]", "");
        var shown = ok(tix().env("TIX_JAVA_OPTS", NO_PLAIN_JVM).launcher("show", id));
        assertTrue(shown.out().contains("Paper jam\n") && shown.out().contains("on floor 3"), shown.toString());
        // `while read` feeds tix nothing: a command that does not read stdin leaves the loop's lines alone
        var loop = tix().env("TIX_NATIVE_CLIENT", nativeClient.isEmpty() ? null : nativeClient)
                .env("TIX_JAVA_OPTS", NO_PLAIN_JVM).env("TIX", Proc.ROOT.resolve("tix").toString())
                .bash("printf '1\\n" + id + "\\n' | while read i; do \"$TIX\" show \"$i\" --json id; done");
        assertEquals(0, loop.code(), loop.toString());
        assertEquals("{\"id\":1}{\"id\":" + id + "}", loop.out().replaceAll("\\s", ""), loop.toString());
    }

    @Test
    void declinedCommandsAndAServerThatIsGoneFallBackToAPlainJvm() throws Exception {
        // not served (an admin command): the same answer, from a JVM of its own
        var agents = tix().launcher("agent", "list", "--json");
        assertEquals(tix().env("TIX_SERVER", "0").launcher("agent", "list", "--json").toString(), agents.toString());
        assertEquals(0, agents.code(), agents.toString());
        var declined = tix().env("TIX_JAVA_OPTS", NO_PLAIN_JVM).launcher("agent", "list");
        assertFalse(declined.code() == 0, "a declined command ran in a plain JVM (which fails here): " + declined);

        // a relative --db is the client's directory, which the server does not share: declined, and still right
        Files.copy(Path.of(db), dir.resolve("home").resolve("copy.db"));
        var relative = ok(tix().launcher("--db", "copy.db", "show", "1", "--json", "id"));
        assertEquals("{\"id\":1}", relative.out().replaceAll("\\s", ""), relative.toString());

        // a socket nobody answers on: the command runs in its own JVM, with the same output
        Path stale = run.resolve("stale");
        Files.createDirectories(stale);
        Files.setPosixFilePermissions(stale, PosixFilePermissions.fromString("rwx------"));
        var gone = tix().env("XDG_RUNTIME_DIR", stale.toString()).env("TIX_SERVER", null);
        Files.createDirectories(stale.resolve("tix"));
        Path dead = stale.resolve("tix").resolve(socket().orElseThrow().getFileName());
        try (var ch = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            ch.bind(java.net.UnixDomainSocketAddress.of(dead));
        } // closed: the file stays, nobody listens
        var r = ok(gone.launcher("show", "1", "--json", "id"));
        assertEquals("{\"id\":1}", r.out().replaceAll("\\s", ""), r.toString());
    }

    /**
     * A new server compiles its served path in the background on a scratch desk in the temporary directory; stopped
     * while it does (by SIGTERM, or exiting by itself as when idle or when its jar or socket is gone), it leaves
     * nothing there.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "by a signal: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void aServerStoppedDuringItsWarmUpLeavesNoScratchDesk(boolean signal) throws Exception {
        Path other = dir.resolve("run-warm-" + signal);
        Path tmp = dir.resolve("tmp-warm-" + signal);
        Files.createDirectories(tmp);
        Files.createDirectories(other);
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rwx------"));
        var p = tix().env("XDG_RUNTIME_DIR", other.toString()).env("TIX_JAVA_OPTS", "-Djava.io.tmpdir=" + tmp);
        ok(p.launcher("show", "1")); // its own JVM, which starts a server with the same options
        java.util.function.Supplier<List<Path>> scratch = () -> {
            try (Stream<Path> s = Files.list(tmp)) {
                return s.filter(f -> f.getFileName().toString().startsWith("tix-server-warm-")).toList();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        // the warm-up under way: its desk, and the completion cache its first round renewed
        for (int i = 0; i < 600 && (scratch.get().isEmpty() || !Files.isDirectory(scratch.get().get(0).resolve("cache"))); i++) {
            Thread.sleep(50);
        }
        assertFalse(scratch.get().isEmpty(), "the warm-up's scratch directory, once the server listens");
        assertTrue(Files.exists(scratch.get().get(0).resolve("warm.db")), "the scratch desk");
        Path pid;
        Optional<Path> socket;
        try (Stream<Path> s = Files.list(other.resolve("tix"))) {
            List<Path> files = s.toList();
            pid = files.stream().filter(f -> f.toString().endsWith(".sock.pid")).findFirst().orElseThrow();
            socket = files.stream().filter(f -> f.toString().endsWith(".sock")).findFirst();
        }
        ProcessHandle server = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).orElseThrow();
        if (signal) {
            server.destroy();
        } else {
            Files.delete(socket.orElseThrow()); // the server exits by itself within 2 s, as when its jar changed
        }
        server.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(List.of(), scratch.get(), "no scratch desk left behind");
    }

    @Test
    void tixServerZeroNeverStartsOne() throws Exception {
        Path other = dir.resolve("run-off");
        Files.createDirectories(other);
        var r = ok(tix().env("XDG_RUNTIME_DIR", other.toString()).env("TIX_SERVER", "0").launcher("show", "1"));
        assertTrue(r.out().startsWith("#1 Printer on fire"), r.toString());
        Thread.sleep(500);
        assertFalse(Files.exists(other.resolve("tix")), "no server directory with TIX_SERVER=0");
    }

    static final String INTERRUPTED = "tix: interrupted (nothing was changed: the command's transaction was rolled back)\n";

    /**
     * SIGTERM and SIGINT to the pid a script knows (the launcher, which execs the native client) while the served
     * command waits for the write lock: the server cancels it, the client prints its one line and exits 143 / 130 as
     * a plain JVM does, nothing is written, and the server serves the next command.
     */
    @Test
    void sigtermAndSigintCancelAServedCommandWhichRollsBack() throws Exception {
        for (String sig : List.of("TERM", "INT")) {
            String tag = "cancelled-" + sig.toLowerCase();
            Path out = dir.resolve("out-" + sig);
            Path err = dir.resolve("err-" + sig);
            Process p;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
                st.execute("BEGIN IMMEDIATE"); // the served command now waits for the write lock (busy timeout)
                // perl: SIGINT back to its default (a test JVM started from a background job passes it on ignored)
                p = tix().env("TIX_JAVA_OPTS", NO_PLAIN_JVM).builder(List.of("perl", "-e",
                        "$SIG{INT} = 'DEFAULT'; exec @ARGV or die", "--", Proc.ROOT.resolve("tix").toString(), "tag", "1",
                        "+" + tag)).redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
                Thread.sleep(2000); // served and waiting in the server
                assertTrue(p.isAlive(), "the command waits for the lock");
                new ProcessBuilder("kill", "-" + sig, String.valueOf(p.pid())).start().waitFor();
                Thread.sleep(300);
                st.execute("ROLLBACK"); // the server's command gets the lock, sees the cancel and rolls back
            }
            assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the client exits");
            String what = "SIG" + sig + ": exit " + p.exitValue() + ", stderr " + Files.readString(err);
            assertEquals(sig.equals("TERM") ? 143 : 130, p.exitValue(), what);
            assertEquals(INTERRUPTED, Files.readString(err), what);
            assertEquals("", Files.readString(out), what);
            Thread.sleep(500);
            assertEquals(0, InterruptIT.count(Path.of(db), "SELECT count(*) FROM ticket_tags WHERE tag = '" + tag + "'"), what);
        }
        ok(tix().env("TIX_JAVA_OPTS", NO_PLAIN_JVM).launcher("-q", "tag", "1", "+after-the-signals"));
        assertEquals(1, InterruptIT.count(Path.of(db), "SELECT count(*) FROM ticket_tags WHERE tag = 'after-the-signals'"));
    }

    /** Ctrl-C on a real terminal (tmux) while a served command waits: the same cancel, exit 130, the line shown. */
    @Test
    void ctrlCOnATerminalCancelsAServedCommand() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(tix().env("TIX_JAVA_OPTS", NO_PLAIN_JVM).environment());
        env.put("TERM", "xterm-256color");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             Tmux t = new Tmux(env, 120, 20, "bash", "--norc", "--noprofile", "-c",
                     "'" + Proc.ROOT.resolve("tix") + "' tag 1 +ctrl-c; echo \"exit=$?\"; sleep 60")) {
            st.execute("BEGIN IMMEDIATE");
            Thread.sleep(2000);
            t.press("C-c");
            Thread.sleep(300);
            st.execute("ROLLBACK");
            String screen = t.await("the exit code", s -> s.contains("exit="));
            assertTrue(screen.contains(INTERRUPTED.strip()) && screen.contains("exit=130"), screen);
        }
        assertEquals(0, InterruptIT.count(Path.of(db), "SELECT count(*) FROM ticket_tags WHERE tag = 'ctrl-c'"));
    }

    /**
     * Another user cannot use the server: the socket's directory keeps them out, and with it opened up (0711, the
     * socket 0666) the server still refuses a peer of another uid. Needs root to run a process as another user; the
     * user is made with useradd when missing.
     */
    @Test
    void anotherUserCannotUseTheServer() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "running a process as another user needs root (this test runs in CI, which runs as root)");
        if (new ProcessBuilder("id", "-u", "tixother").start().waitFor() != 0) {
            Process add = new ProcessBuilder("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                    "tixother").redirectErrorStream(true).start();
            assertEquals(0, add.waitFor(), new String(add.getInputStream().readAllBytes()));
        }
        Path client = Proc.JAR.resolveSibling("tix-client");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(client), "the native client was built (cc)");
        Path bin = Files.createTempDirectory("tix-other");
        try {
            Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path copy = Files.copy(client, bin.resolve("tix-client"));
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path sock = socket().orElseThrow();
            List<String> asOther = List.of("setpriv", "--reuid=tixother", "--regid=tixother", "--clear-groups",
                    copy.toString(), sock.toString(), Proc.JAR.toString(), "3", "tag", "1", "+intruder");
            // the directory is 0700: the other user cannot reach the socket (254: not served, and no fallback given)
            assertEquals(254, new ProcessBuilder(asOther).directory(new java.io.File("/")).start().waitFor());
            // opened up: the server checks the peer's uid and closes the connection without running anything
            List<Path> opened = List.of(dir, run, run.resolve("tix"));
            try {
                for (Path d : opened) Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx--x--x"));
                Files.setPosixFilePermissions(sock, PosixFilePermissions.fromString("rw-rw-rw-"));
                Process p = new ProcessBuilder(asOther).directory(new java.io.File("/")).redirectErrorStream(true).start();
                String said = new String(p.getInputStream().readAllBytes());
                assertEquals(254, p.waitFor(), said);
                assertEquals("", said);
            } finally {
                for (Path d : opened) Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
                Files.setPosixFilePermissions(sock, PosixFilePermissions.fromString("rw-------"));
            }
            assertEquals(0, InterruptIT.count(Path.of(db), "SELECT count(*) FROM ticket_tags WHERE tag = 'intruder'"));
            ok(tix().env("TIX_JAVA_OPTS", NO_PLAIN_JVM).launcher("show", "1", "--json", "id")); // still serving its user
        } finally {
            try (Stream<Path> s = Files.walk(bin)) {
                for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
            }
        }
    }

    /**
     * On a terminal the pager and $EDITOR run on the user's side: a served `list` taller than the window is paged by
     * the client (the pager gets the rows and the user's terminal); `note` without a body is not served, and the
     * editor opens on the user's terminal.
     */
    @Test
    void pagerAndEditorRunOnTheUsersTerminal() throws Exception {
        for (int i = 0; i < 20; i++) {
            ok(tix().env("TIX_JAVA_OPTS", NO_PLAIN_JVM).launcher("-q", "create", "--title", "Paged " + i, "--requester",
                    "p" + i + "@example.com", "--body", "b"));
        }
        Path scripts = dir.resolve("scripts");
        Files.createDirectories(scripts);
        Path pager = scripts.resolve("pager");
        Files.writeString(pager, "#!/bin/sh\ntty 0<&1 > '" + scripts.resolve("pager.tty") + "'\ncat > '" + scripts.resolve("paged")
                + "'\necho paged\n");
        Path editor = scripts.resolve("editor");
        Files.writeString(editor, "#!/bin/sh\ntty > '" + scripts.resolve("editor.tty") + "'\nprintf 'Written in the editor\\n' > \"$1\"\n");
        for (Path f : List.of(pager, editor)) Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwx------"));
        Map<String, String> env = new java.util.HashMap<>(tix().environment());
        env.put("TERM", "xterm-256color");
        env.put("PAGER", pager.toString());
        env.put("EDITOR", editor.toString());
        String tixPath = Proc.ROOT.resolve("tix").toString();
        Map<String, String> served = new java.util.HashMap<>(env);
        served.put("TIX_JAVA_OPTS", NO_PLAIN_JVM); // the list must be served: a plain JVM would fail
        try (Tmux t = new Tmux(served, 100, 12, "bash", "--norc", "--noprofile", "-c",
                "'" + tixPath + "' list; echo \"exit=$?\"; sleep 60")) {
            String screen = t.await("the list, paged", s -> s.contains("exit="));
            assertTrue(screen.contains("paged") && screen.contains("exit=0"), screen);
        }
        assertTrue(Files.readString(scripts.resolve("paged")).contains("Paged 19"), "the pager got the rows");
        assertTrue(Files.readString(scripts.resolve("pager.tty")).startsWith("/dev/pts/"), "the pager is on the terminal");
        try (Tmux t = new Tmux(env, 100, 12, "bash", "--norc", "--noprofile", "-c",
                "'" + tixPath + "' -q note 1; echo \"exit=$?\"; sleep 60")) {
            String screen = t.await("the editor's note", s -> s.contains("exit="), java.time.Duration.ofSeconds(60));
            assertTrue(screen.contains("exit=0"), screen);
        }
        assertTrue(Files.readString(scripts.resolve("editor.tty")).startsWith("/dev/pts/"), "the editor is on the terminal");
        assertEquals(1, InterruptIT.count(Path.of(db), "SELECT count(*) FROM messages WHERE body LIKE 'Written in the editor%'"));
    }
}
