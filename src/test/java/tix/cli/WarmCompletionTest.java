package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.Stores;

/**
 * The completion cache as the warm server keeps it ({@link Tix.Warm#renewCompletion}): a write's renewal is owed
 * until the server renews it after answering; a command already waiting goes first and the renewal, with both
 * commands' kinds, follows, but only for a bounded time; closing the server renews what is owed; and a read after a
 * write adds nothing to renew while a write by another process since then has every kind renewed.
 */
class WarmCompletionTest {
    @TempDir
    Path dir;

    Path db;
    Path cache;
    Tix.Warm warm;

    private int run(String... args) {
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("--db", db.toString(), "--as", "lead", "--now", "2026-11-23T09:00:00Z"));
        Env env = new Env(Map.of("HOME", dir.toString(), "USER", "lead"), new ByteArrayInputStream(new byte[0]), false,
                false);
        StringWriter err = new StringWriter();
        int code = Tix.run(a.toArray(new String[0]), env, warm, new PrintWriter(new StringWriter()), new PrintWriter(err),
                c -> { });
        assertEquals("", err.toString());
        return code;
    }

    private void create(String title) {
        assertEquals(0, run("-q", "create", "--title", title, "--requester", "carla@example.com", "--tag", "t-" + title));
    }

    private List<String> kind(String kind) throws Exception {
        return Files.readAllLines(cache.resolve(kind));
    }

    private boolean stale() throws Exception {
        return CompletionCache.stale(db, cache.resolve("stamp"));
    }

    @BeforeEach
    void desk() throws java.io.IOException {
        db = dir.resolve("desk.db");
        cache = dir.resolve(".cache/tix/complete").resolve(db.toAbsolutePath().toString().replace('/', '%'));
        warm = new Tix.Warm(new Stores());
        assertEquals(0, run("init"));
        create("one");
        assertTrue(warm.renewCompletion(() -> false));
        // the stamp was sealed a moment ago: a write in the same tick of the file system's clock would not look newer
        // to the completion scripts, so it is dated back for the tests that ask whether a write left the cache stale
        Files.setLastModifiedTime(cache.resolve("stamp"), FileTime.fromMillis(System.currentTimeMillis() - 5000));
    }

    @Test
    void aWriteIsOwedUntilRenewedAndACommandThatWaitsGoesFirst() throws Exception {
        assertEquals("1\tone", kind("ticket").get(0), "renewed after the first commands");
        create("two");
        assertTrue(stale(), "owed: the client has its answer before the cache is renewed");
        assertEquals("1\tone", kind("ticket").get(0));
        assertFalse(warm.renewCompletion(() -> true), "a command waiting for the server goes first");
        assertTrue(stale());
        create("three");
        assertTrue(warm.renewCompletion(() -> false));
        assertEquals(List.of("3\tthree", "2\ttwo", "1\tone"), kind("ticket"), "both writes' tickets, the last first");
        assertEquals(List.of("3", "2", "1"), kind("ids"));
        assertEquals(List.of("t-three", "t-two", "t-one"), kind("tag"));
        assertFalse(stale(), "the stamp is sealed once every kind owed is written");
    }

    @Test
    void aWriteThatChangesNothingOwesNothing() throws Exception {
        assertEquals(0, run("tag", "1", "+t-one"));
        assertTrue(warm.renewCompletion(() -> true), "nothing owed: the tag was there already");
        assertEquals(0, run("tag", "1", "+t-new"));
        assertFalse(warm.renewCompletion(() -> true), "a tag added is owed");
        assertTrue(warm.renewCompletion(() -> false));
        assertTrue(kind("tag").contains("t-new"));
    }

    @Test
    void aRenewalGivesWayForABoundedTimeOnly() throws Exception {
        create("two");
        Thread.sleep(CompletionCache.Owed.MAX_DEFER_MS + 50);
        assertTrue(warm.renewCompletion(() -> true), "owed long enough: renewed before the waiting command");
        assertEquals("2\ttwo", kind("ticket").get(0));
        assertFalse(stale());
    }

    @Test
    void aServerThatClosesRenewsWhatItOwes() throws Exception {
        create("two");
        warm.close();
        assertEquals("2\ttwo", kind("ticket").get(0));
        assertFalse(stale());
    }

    @Test
    void aReadAddsNothingToRenewButAWriteByAnotherProcessRenewsEveryKind() throws Exception {
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(cache.resolve("agent"), old);
        create("two");
        assertEquals(0, run("show", "2"));
        assertTrue(warm.renewCompletion(() -> false));
        assertEquals(old, Files.getLastModifiedTime(cache.resolve("agent")), "create and show cannot change the agents");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            // dated back again after the renewal above (as in desk())
            Files.setLastModifiedTime(cache.resolve("stamp"), FileTime.fromMillis(System.currentTimeMillis() - 5000));
            st.execute("INSERT INTO agents(login, name, role, created_at) VALUES ('zed', 'Zed', 'agent', 0)");
        }
        assertTrue(stale());
        assertEquals(0, run("show", "1"));
        assertTrue(warm.renewCompletion(() -> false));
        assertTrue(kind("agent").contains("zed\tZed"), "another process wrote: every kind is renewed");
        assertFalse(stale());
    }
}
