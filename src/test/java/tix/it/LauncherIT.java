package tix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.it.Proc.ok;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./tix} launcher as a user runs it: it finds a JDK, starts the jar with its class-data archive, and
 * passes stdin, stdout, stderr and the exit code through untouched.
 */
class LauncherIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void demoRunsADayAtTheDeskAndShowsTheQueue() {
        var r = ok(new Proc(dir).launcher("demo"));
        assertTrue(r.out().startsWith("Demo desk: "), r.toString());
        assertTrue(r.out().contains("$ tix escalate 1 --question"), r.toString());
        assertTrue(r.out().contains("$ tix list"), r.toString());
        assertTrue(r.out().contains("Export contacts to CSV"), r.toString());
    }

    @Test
    void exitCodesStdinAndStreamsPassThrough() throws Exception {
        Proc tix = new Proc(dir).env("TIX_DB", dir.resolve("desk.db").toString()).env("TIX_AGENT", "lead");
        ok(tix.launcher("init"));
        var created = ok(tix.launcherWithInput("I cannot log in\nsince this morning.\n", "create", "--title", "Login",
                "--requester", "ana@example.com", "--body", "-", "--json", "id,status"));
        assertEquals(JSON.readTree("{\"id\":1,\"status\":\"new\"}"), JSON.readTree(created.out()), created.toString());

        var shown = ok(tix.launcher("show", "1"));
        assertTrue(shown.out().contains("I cannot log in\n"), shown.toString());

        var missing = tix.launcher("show", "7");
        assertEquals(3, missing.code(), missing.toString());
        assertEquals("", missing.out());
        assertTrue(missing.err().startsWith("tix: ") && missing.err().contains("#7"), missing.toString());
        assertEquals(1, missing.err().lines().count(), missing.toString());

        var usage = tix.launcher("priority", "1", "500");
        assertEquals(2, usage.code(), usage.toString());
        assertTrue(usage.err().startsWith("tix: ") && usage.out().isEmpty(), usage.toString());
    }

    /** C1 alone for a short command and import; full tiered compilation for a long one (export, db copy), clean streams. */
    @Test
    void longCommandsRunWithFullTieredCompilation() {
        Proc tix = new Proc(dir).env("TIX_DB", dir.resolve("desk.db").toString()).env("TIX_AGENT", "lead")
                .env("TIX_SERVER", "0");
        ok(tix.launcher("init"));
        Proc flags = tix.env("TIX_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        var export = ok(flags.launcher("--as", "lead", "export"));
        assertTrue(export.out().contains("\nid,title,status,"), export.toString());
        assertFalse(export.out().contains("TieredStopAtLevel"), export.toString());
        // a 16 MB young generation: the JVM's default let a 1,000-message ingest's heap grow to 229 MB of RSS
        assertTrue(export.out().contains("-XX:MaxNewSize=16777216"), export.toString());
        assertEquals("", export.err());
        var list = ok(flags.launcher("--as", "lead", "list"));
        assertTrue(list.out().contains("-XX:TieredStopAtLevel=1"), list.toString());
        assertFalse(list.out().contains("MaxNewSize"), list.toString());
        var copy = ok(flags.launcher("--db", dir.resolve("desk.db").toString(), "db", "copy", "--help"));
        assertFalse(copy.out().contains("TieredStopAtLevel"), copy.toString());
        // import keeps C1 alone: full tiered compilation took a 100k import's peak RSS over 160 MB
        var importing = ok(flags.launcher("--db", dir.resolve("desk.db").toString(), "import", "--help"));
        assertTrue(importing.out().contains("-XX:TieredStopAtLevel=1"), importing.toString());
    }

    @Test
    void everyInstalledJdkRunsCleanWithAndWithoutItsArchive() throws Exception {
        for (Path home : Jdks.all()) {
            Proc tix = new Proc(dir.resolve("jdk" + Jdks.major(home))).env("JAVA_HOME", home.toString());
            String db = tix.home().resolve("t.db").toString();
            ok(tix.launcher("--db", db, "--as", "lead", "init"));
            // the second run uses the archive the first one trained (when the jar's directory is writable)
            var withArchive = ok(tix.launcher("--db", db, "list", "--json"));
            assertEquals(JSON.createArrayNode(), JSON.readTree(withArchive.out()), home + "\n" + withArchive);
            var without = ok(tix.env("TIX_NO_CDS", "1").launcher("--db", db, "list", "--json"));
            assertEquals(JSON.createArrayNode(), JSON.readTree(without.out()), home + "\n" + without);
        }
    }

    @Test
    void aJavaHomeOlderThan17IsRefusedInOneLine() throws Exception {
        Path fake = dir.resolve("jdk11");
        Files.createDirectories(fake.resolve("bin"));
        Files.writeString(fake.resolve("release"), "JAVA_VERSION=\"11.0.2\"\n");
        Path java = fake.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho 'this java must not run' >&2\nexit 99\n");
        java.toFile().setExecutable(true);
        var r = new Proc(dir).env("JAVA_HOME", fake.toString()).launcher("list");
        assertEquals(1, r.code(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("tix: Java 17 or newer is needed") && r.err().lines().count() == 1, r.toString());
    }

    @Test
    void aMissingJarIsReportedNotBuiltWhenBuildingIsOff() {
        var r = new Proc(dir).env("TIX_JAR", dir.resolve("nope.jar").toString()).launcher("list");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("nope.jar is missing"), r.toString());
    }
}
