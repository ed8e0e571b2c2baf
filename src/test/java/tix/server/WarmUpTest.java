package tix.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's background warm-up: its commands all run, on a scratch desk it removes, never while a client's runs. */
class WarmUpTest {
    @TempDir
    Path tmp;

    private long entries() throws java.io.IOException {
        try (var s = Files.list(tmp)) {
            return s.count();
        }
    }

    @Test
    void everyCommandRunsOnAScratchDeskThatIsRemovedAtTheEnd() throws Exception {
        WarmUp w = new WarmUp(new ReentrantLock(), tmp, 2);
        w.run();
        assertEquals(2 + 2 * WarmUp.DAY.size(), w.succeeded, "init, the first ticket, then two rounds, all exit 0");
        assertEquals(0, entries(), "the scratch directory is gone");
    }

    @Test
    void itWaitsWhileAClientsCommandHoldsTheLockAndStopsWhenAsked() throws Exception {
        ReentrantLock commands = new ReentrantLock();
        commands.lock();
        WarmUp w = new WarmUp(commands, tmp, 1000);
        Thread t = new Thread(w);
        try {
            t.start();
            for (int i = 0; i < 200 && entries() == 0; i++) Thread.sleep(10);
            Thread.sleep(300);
            try (var s = Files.list(tmp)) {
                Path scratch = s.findFirst().orElseThrow();
                assertFalse(Files.exists(scratch.resolve("warm.db")), "no command, not even init, while the lock is held");
            }
            assertEquals(0, w.succeeded);
        } finally {
            commands.unlock();
        }
        for (int i = 0; i < 600 && w.succeeded < 3; i++) Thread.sleep(10);
        assertTrue(w.succeeded >= 3, "runs once the lock is free");
        w.stop();
        t.join(10_000);
        assertFalse(t.isAlive(), "stopped");
        assertEquals(0, entries(), "the scratch directory is gone");
    }
}
