package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/**
 * What completion offers from the desk, and how the cache the shell scripts read is kept current: the tickets most
 * recently worked on (with titles), every open id apart, tags in use by their newest ticket, and a write that renews
 * only the kinds its command can change.
 */
class CompletionCacheTest {
    @TempDir
    Path dir;

    private static TixRunner desk(TixRunner tix) {
        tix.as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
        for (String t : List.of("one", "two", "three", "four")) {
            tix.ok("-q", "create", "--title", "Ticket " + t, "--requester", "carla@example.com", "--tag", "t-" + t);
        }
        return tix;
    }

    @Test
    void offersTheTicketsLastWorkedOnFirstAndEveryOpenIdApart() {
        TixRunner tix = desk(new TixRunner(dir));
        tix.ok("resolve", "2");
        tix.ok("close", "2");
        tix.ok("priority", "1", "high");
        tix.ok("tag", "3", "+vip");
        assertEquals("3\tTicket three\n1\tTicket one\n4\tTicket four\n",
                tix.ok("_complete", "ticket", "--describe").out(), "the last worked on first; a closed ticket is not offered");
        assertEquals("4\n3\n1\n", tix.ok("_complete", "ids").out(), "every open id, newest first");
    }

    @Test
    void offersTagsInUseByTheirNewestTicket() {
        TixRunner tix = desk(new TixRunner(dir));
        assertEquals("t-four\nt-three\nt-two\nt-one\n", tix.ok("_complete", "tag").out());
        tix.ok("tag", "4", "-t-four");
        tix.ok("tag", "1", "+t-three");
        assertEquals("t-three\nt-two\nt-one\n", tix.ok("_complete", "tag").out(),
                "a tag no ticket carries any more is not offered; one tag a line");
    }

    @Test
    void aWriteRenewsOnlyWhatItsCommandCanChange() throws Exception {
        TixRunner tix = desk(new TixRunner(dir, false));
        tix.ok("agent", "add", "ana");
        Path cache = dir.resolve(".cache/tix/complete").resolve(tix.db().toAbsolutePath().toString().replace('/', '%'));
        assertTrue(Files.readAllLines(cache.resolve("agent")).contains("ana"), "the first commands wrote every kind");
        FileTime old = FileTime.fromMillis(1_000_000L);
        for (String kind : List.of("agent", "ticket", "ids", "tag", "tier")) Files.setLastModifiedTime(cache.resolve(kind), old);

        tix.ok("-q", "create", "--title", "Ticket five", "--requester", "dan@example.com", "--tag", "t-five");
        assertEquals("5\tTicket five", Files.readAllLines(cache.resolve("ticket")).get(0), "the new ticket is offered first");
        assertEquals("5", Files.readAllLines(cache.resolve("ids")).get(0));
        assertEquals("t-five", Files.readAllLines(cache.resolve("tag")).get(0));
        assertEquals(old, Files.getLastModifiedTime(cache.resolve("agent")), "create cannot change the agents");
        assertEquals(old, Files.getLastModifiedTime(cache.resolve("tier")), "nor the tiers");

        tix.ok("agent", "add", "bob");
        assertTrue(Files.readAllLines(cache.resolve("agent")).contains("bob"), "an admin command renews every kind");
    }
}
