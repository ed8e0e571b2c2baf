package tix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.it.Proc.ok;

import java.io.IOException;
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
    void stopServer() throws IOException {
        try (Stream<Path> s = Files.list(run.resolve("tix"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".pid")).toList()) {
                ProcessHandle.of(Long.parseLong(Files.readString(p).strip())).ifPresent(ProcessHandle::destroy);
            }
        }
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

    @Test
    void tixServerZeroNeverStartsOne() throws Exception {
        Path other = dir.resolve("run-off");
        Files.createDirectories(other);
        var r = ok(tix().env("XDG_RUNTIME_DIR", other.toString()).env("TIX_SERVER", "0").launcher("show", "1"));
        assertTrue(r.out().startsWith("#1 Printer on fire"), r.toString());
        Thread.sleep(500);
        assertFalse(Files.exists(other.resolve("tix")), "no server directory with TIX_SERVER=0");
    }
}
