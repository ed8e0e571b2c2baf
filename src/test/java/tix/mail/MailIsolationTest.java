package tix.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jakarta Mail and BouncyCastle load only for mail work: a real JVM per command, its class loading logged. */
class MailIsolationTest {
    @TempDir
    Path dir;

    private String classesLoaded(String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-verbose:class", "-cp", System.getProperty("java.class.path"), "tix.Main"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--db", dir.resolve("t.db").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("USER", "admin");
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out.lines().filter(l -> !l.startsWith("[")).reduce("", (a, b) -> a + b + "\n"));
        return out;
    }

    @Test
    void ticketCommandsNeverLoadJakartaMailButMailIngestDoes() throws Exception {
        classesLoaded("", "init");
        String create = classesLoaded("", "create", "--title", "t", "--requester", "a@example.com", "--body", "b");
        String list = classesLoaded("", "list");
        String show = classesLoaded("", "show", "1");
        for (String out : List.of(create, list, show)) {
            assertFalse(out.contains("jakarta.mail"), "jakarta.mail loaded");
            assertFalse(out.contains("org.eclipse.angus"), "angus loaded");
            assertFalse(out.contains("org.bouncycastle"), "bouncycastle loaded");
            assertFalse(out.contains(" tix.mail."), "tix.mail loaded");
        }
        String ingest = classesLoaded("From: a@example.com\nSubject: hi\n\nhello\n", "mail", "ingest");
        assertTrue(ingest.contains("jakarta.mail.internet.MimeMessage"), "the test sees class loading");
    }
}
