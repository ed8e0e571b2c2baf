package tix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.it.Proc.ok;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed native entry: {@code install.sh} with a C compiler makes {@code PREFIX/bin/tix} the compiled client
 * itself, which serves a warm command with no shell and no JVM of its own, and hands everything else to the launcher
 * {@code PREFIX/share/tix/tix}, which starts the server on first use and runs the command in a plain JVM.
 *
 * <p>A served command is told apart from one that went through the launcher with PATH=/nonexistent: the launcher
 * ({@code #!/usr/bin/env bash}) then cannot start, so only the entry on its own can answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NativeEntryIT {
    /** Makes a plain JVM of tix fail to start: a command that succeeds with it set did not start a JVM. */
    private static final String NO_PLAIN_JVM = "-XX:+TixNoSuchFlag";
    private static final String NO_SHELL = "/nonexistent";

    @TempDir
    static Path dir;

    Path prefix;
    Path run;
    String db;

    Path tixBin() {
        return prefix.resolve("bin/tix");
    }

    Proc env() {
        return new Proc(dir.resolve("home")).env("XDG_RUNTIME_DIR", run.toString()).env("TIX_DB", db)
                .env("TIX_AGENT", "lead").env("TIX_SERVER_IDLE", "300");
    }

    /** {@code PREFIX/bin/tix args} with this environment. */
    static Proc.Result tix(Proc env, String... args) {
        return tixWithInput(env, "", args);
    }

    static Proc.Result tixWithInput(Proc env, String stdin, String... args) {
        return env.run(command(args), stdin);
    }

    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(dir.resolve("prefix/bin/tix").toString());
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    static Proc.Result install(Proc env, Path prefix) {
        return env.run(List.of("bash", Proc.ROOT.resolve("install.sh").toString(), "--prefix", prefix.toString()), "");
    }

    static boolean haveCc() throws Exception {
        return new ProcessBuilder("sh", "-c", "command -v cc").start().waitFor() == 0;
    }

    @BeforeAll
    void installAndFirstUse() throws Exception {
        Assumptions.assumeTrue(haveCc(), "the native entry needs a C compiler (cc; .ci/run installs gcc)");
        prefix = dir.resolve("prefix");
        run = dir.resolve("run");
        Files.createDirectories(run);
        Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));
        db = dir.resolve("desk.db").toString();
        var installed = install(env().env("TIX_JAR", Proc.JAR.toString()), prefix);
        assertEquals(0, installed.code(), installed.toString());
        assertTrue(installed.out().contains(tixBin() + " is the native entry"), installed.toString());
        // the first uses find no server: the entry hands them to the launcher, which runs them in a JVM and starts one
        ok(tix(env(), "init"));
        ok(tix(env(), "-q", "create", "--title", "Printer on fire", "--requester", "ana@example.com", "--body",
                "Smoke everywhere", "--tag", "hardware"));
        for (int i = 0; i < 600 && socket().isEmpty(); i++) Thread.sleep(100);
        assertTrue(socket().isPresent(), "the launcher started the server on first use");
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

    long serverPid() throws IOException {
        Path sock = socket().orElseThrow();
        return Long.parseLong(Files.readString(sock.resolveSibling(sock.getFileName() + ".pid")).strip());
    }

    /** Whether install.sh wrote native_entry=1 into the installed launcher's installed_root line. */
    static boolean nativeEntryLine(Path prefix) throws IOException {
        return Files.readAllLines(prefix.resolve("share/tix/tix")).stream()
                .anyMatch(l -> l.startsWith("installed_root=/") && l.endsWith(" native_entry=1"));
    }

    @Test
    @Order(1)
    void theInstalledTixIsACompiledProgramAndTheLauncherKnowsIt() throws IOException {
        assertFalse(Files.isSymbolicLink(tixBin()), "PREFIX/bin/tix is no longer the link to the launcher");
        byte[] head = Arrays.copyOf(Files.readAllBytes(tixBin()), 4);
        assertEquals("\u007fELF", new String(head, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(nativeEntryLine(prefix), "the installed launcher says native_entry=1");
    }

    @Test
    @Order(2)
    void servedCommandsNeedNoShellAndAnswerAsAPlainJvmDoes() {
        List<List<String>> commands = List.of(List.of("show", "1"), List.of("show", "1", "--json"),
                List.of("list", "--json", "id,title,status"), List.of("search", "printer"), List.of("show", "7"),
                List.of("priority", "1", "500"), List.of("list", "--status", "nonsense"), List.of("history", "1"));
        for (List<String> c : commands) {
            String[] args = c.toArray(new String[0]);
            var served = tix(env().env("PATH", NO_SHELL).env("TIX_JAVA_OPTS", NO_PLAIN_JVM), args);
            var plain = tix(env().env("TIX_SERVER", "0"), args);
            assertEquals(plain.toString(), served.toString(), "tix " + c);
        }
        var missing = tix(env().env("PATH", NO_SHELL), "show", "7");
        assertEquals(3, missing.code(), missing.toString());
        assertEquals(1, missing.err().lines().count(), missing.toString());
        // stdin goes to a served command that reads it
        var created = ok(tixWithInput(env().env("PATH", NO_SHELL), "Paper jam\non floor 3\n", "create", "--title",
                "Jam", "--requester", "bo@example.com", "--body", "-", "--json", "id"));
        String id = created.out().replaceAll("[^0-9]", "");
        var shown = ok(tix(env().env("PATH", NO_SHELL), "show", id));
        assertTrue(shown.out().contains("Paper jam\n") && shown.out().contains("on floor 3"), shown.toString());
    }

    @Test
    @Order(3)
    void turnedOffOrNotServedItGoesToTheLauncher() throws Exception {
        var plain = ok(tix(env().env("TIX_SERVER", "0"), "show", "1"));
        // TIX_SERVER=0: a JVM of its own (which this option makes fail), never the server
        var off = tix(env().env("TIX_SERVER", "0").env("TIX_JAVA_OPTS", NO_PLAIN_JVM), "show", "1");
        assertNotEquals(0, off.code(), off.toString());
        assertTrue(off.err().contains("TixNoSuchFlag"), off.toString());
        // `server = off` in the config file: the running server declines, the launcher runs a JVM
        Path config = dir.resolve("config-off");
        Files.createDirectories(config.resolve("tix"));
        Files.writeString(config.resolve("tix/config"), "# the warm path off\nserver = off\n");
        Proc offInConfig = env().env("XDG_CONFIG_HOME", config.toString());
        var declined = tix(offInConfig.env("TIX_JAVA_OPTS", NO_PLAIN_JVM), "show", "1");
        assertTrue(declined.err().contains("TixNoSuchFlag"), declined.toString());
        assertEquals(plain.toString(), ok(tix(env().env("XDG_CONFIG_HOME", config.toString()), "show", "1")).toString());
        // a command the server does not serve (an admin one): the launcher's JVM, the same answer
        assertEquals(tix(env().env("TIX_SERVER", "0"), "agent", "list").toString(),
                ok(tix(env(), "agent", "list")).toString());
        // a jar or a client the entry was not made for: the launcher decides (which needs a shell)
        var otherJar = tix(env().env("PATH", NO_SHELL).env("TIX_JAR", Proc.JAR.toString()), "show", "1");
        assertEquals(127, otherJar.code(), "went to the launcher: " + otherJar);
        var javaClient = tix(env().env("PATH", NO_SHELL).env("TIX_NATIVE_CLIENT", "0"), "show", "1");
        assertEquals(127, javaClient.code(), "went to the launcher: " + javaClient);
        // a JAVA_HOME the entry was not made for: the launcher once, which writes the entry for it; then served
        String javaHome = Files.readAllLines(prefix.resolve("share/tix/target/entry")).stream()
                .filter(l -> l.startsWith("java_home=")).findFirst().orElseThrow().substring("java_home=".length());
        Proc withHome = env().env("JAVA_HOME", javaHome);
        assertEquals(127, tix(withHome.env("PATH", NO_SHELL), "show", "1").code(), "first through the launcher");
        assertEquals(plain.toString(), ok(tix(env().env("JAVA_HOME", javaHome), "show", "1")).toString());
        assertEquals(plain.toString(), ok(tix(env().env("JAVA_HOME", javaHome).env("PATH", NO_SHELL), "show", "1")).toString());
        // and back
        assertEquals(plain.toString(), ok(tix(env(), "show", "1")).toString());
        assertEquals(plain.toString(), ok(tix(env().env("PATH", NO_SHELL), "show", "1")).toString());
    }

    /** export is long: declined by the server, run by the launcher in a JVM with its long-command flags. */
    @Test
    @Order(4)
    void aLongCommandRunsInAJvmOfItsOwn() {
        var export = ok(tix(env().env("TIX_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "export"));
        assertTrue(export.out().contains("\nid,title,status,"), export.toString());
        assertTrue(export.out().contains("-XX:MaxNewSize=16777216"), export.toString());
        assertFalse(export.out().contains("TieredStopAtLevel"), export.toString());
    }

    /** SIGINT and SIGTERM to the entry's pid while the served command waits for the lock: cancelled, rolled back. */
    @Test
    @Order(5)
    void signalsCancelAServedCommandWhichRollsBack() throws Exception {
        for (String sig : List.of("INT", "TERM")) {
            String tag = "cancelled-" + sig.toLowerCase();
            Path out = dir.resolve("out-" + sig);
            Path err = dir.resolve("err-" + sig);
            Process p;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                List<String> cmd = new ArrayList<>(List.of("/usr/bin/perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die",
                        "--"));
                cmd.addAll(command("tag", "1", "+" + tag));
                p = env().env("PATH", NO_SHELL).builder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
                Thread.sleep(2000);
                assertTrue(p.isAlive(), "the command waits for the lock");
                new ProcessBuilder("kill", "-" + sig, String.valueOf(p.pid())).start().waitFor();
                Thread.sleep(300);
                st.execute("ROLLBACK");
            }
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the entry exits");
            String what = "SIG" + sig + ": exit " + p.exitValue() + ", stderr " + Files.readString(err);
            assertEquals(sig.equals("TERM") ? 143 : 130, p.exitValue(), what);
            assertEquals(ServerIT.INTERRUPTED, Files.readString(err), what);
            assertEquals("", Files.readString(out), what);
            Thread.sleep(500);
            assertEquals(0, InterruptIT.count(Path.of(db), "SELECT count(*) FROM ticket_tags WHERE tag = '" + tag + "'"), what);
        }
        ok(tix(env().env("PATH", NO_SHELL), "-q", "tag", "1", "+after-the-signals"));
        assertEquals(1, InterruptIT.count(Path.of(db), "SELECT count(*) FROM ticket_tags WHERE tag = 'after-the-signals'"));
    }

    /** No server (another runtime directory): the launcher runs the command and starts one; the next is served. */
    @Test
    @Order(6)
    void withNoServerTheLauncherRunsItAndStartsOne() throws Exception {
        Path other = dir.resolve("run-other");
        Files.createDirectories(other);
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rwx------"));
        Proc fresh = env().env("XDG_RUNTIME_DIR", other.toString());
        var first = ok(tix(fresh, "show", "1", "--json", "id"));
        assertEquals("{\"id\":1}", first.out().replaceAll("\\s", ""), first.toString());
        Path sock = null;
        for (int i = 0; i < 600 && sock == null; i++) {
            try (Stream<Path> s = Files.isDirectory(other.resolve("tix")) ? Files.list(other.resolve("tix")) : Stream.empty()) {
                sock = s.filter(p -> p.toString().endsWith(".sock") && !Files.isRegularFile(p)).findFirst().orElse(null);
            }
            if (sock == null) Thread.sleep(100);
        }
        assertTrue(sock != null, "the launcher started a server in the new runtime directory");
        var served = ok(tix(env().env("XDG_RUNTIME_DIR", other.toString()).env("PATH", NO_SHELL), "show", "1", "--json", "id"));
        assertEquals(first.toString(), served.toString());
    }

    /** install.sh over a running server: the old server serves nothing more and leaves; a new one takes over. */
    @Test
    @Order(7)
    void aReinstalledJarIsNotServedByTheOldServer() throws Exception {
        long old = serverPid();
        var plain = ok(tix(env().env("TIX_SERVER", "0"), "show", "1", "--json", "id,title"));
        Thread.sleep(1100); // a new modification time, whatever the file system's granularity
        var again = install(env().env("TIX_JAR", Proc.JAR.toString()), prefix);
        assertEquals(0, again.code(), again.toString());
        var after = ok(tix(env(), "show", "1", "--json", "id,title"));
        assertEquals(plain.toString(), after.toString());
        var handle = ProcessHandle.of(old);
        if (handle.isPresent()) handle.get().onExit().get(30, TimeUnit.SECONDS);
        assertFalse(ProcessHandle.of(old).map(ProcessHandle::isAlive).orElse(false), "the old server left");
        long fresh = -1;
        for (int i = 0; i < 600; i++) {
            if (socket().isPresent()) {
                fresh = serverPid();
                if (fresh != old && ProcessHandle.of(fresh).map(ProcessHandle::isAlive).orElse(false)) break;
            }
            if (socket().isEmpty()) ok(tix(env(), "show", "1", "--json", "id")); // a use starts the new server
            Thread.sleep(100);
        }
        assertNotEquals(old, fresh, "a new server");
        assertEquals(plain.toString(), ok(tix(env().env("PATH", NO_SHELL), "show", "1", "--json", "id,title")).toString());
    }

    @Test
    @Order(8)
    void withoutACompilerPrefixBinTixIsTheLinkAndUninstallRemovesIt() throws Exception {
        for (String cc : List.of("false", "/nonexistent/cc")) {
            Path p = dir.resolve("prefix-" + cc.replaceAll("[^a-z]", ""));
            var r = install(env().env("TIX_JAR", Proc.JAR.toString()).env("CC", cc), p);
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("is a link to the launcher"), r.toString());
            assertTrue(Files.isSymbolicLink(p.resolve("bin/tix")), "CC=" + cc + ": the link, as before");
            assertEquals(p.resolve("share/tix/tix"), Files.readSymbolicLink(p.resolve("bin/tix")));
            assertFalse(nativeEntryLine(p), "the installed launcher does not say native_entry=1");
            try (Stream<Path> s = Files.list(p.resolve("bin"))) {
                assertEquals(List.of(p.resolve("bin/tix")), s.toList(), "no compiler's leftovers");
            }
            var version = ok(env().env("TIX_SERVER", "0").env("TIX_NO_CDS", "1").run(List.of(p.resolve("bin/tix").toString(), "--version"), ""));
            assertTrue(version.out().startsWith("tix "), version.toString());
            var gone = env().run(List.of("bash", Proc.ROOT.resolve("install.sh").toString(), "--prefix", p.toString(),
                    "--uninstall"), "");
            assertEquals(0, gone.code(), gone.toString());
            assertFalse(Files.exists(p.resolve("bin/tix"), LinkOption.NOFOLLOW_LINKS));
            assertFalse(Files.exists(p.resolve("share/tix")));
        }
    }

    @Test
    @Order(9)
    void uninstallRemovesTheNativeEntry() throws Exception {
        Path p = dir.resolve("prefix-removed");
        var r = install(env().env("TIX_JAR", Proc.JAR.toString()), p);
        assertEquals(0, r.code(), r.toString());
        assertFalse(Files.isSymbolicLink(p.resolve("bin/tix")));
        var gone = env().run(List.of("bash", Proc.ROOT.resolve("install.sh").toString(), "--prefix", p.toString(),
                "--uninstall"), "");
        assertEquals(0, gone.code(), gone.toString());
        assertFalse(Files.exists(p.resolve("bin/tix"), LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(p.resolve("share/tix")));
    }
}
