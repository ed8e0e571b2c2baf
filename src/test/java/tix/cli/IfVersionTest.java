package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--if-version N` on every mutating command: a stale version is refused with 4 and nothing changes; the current one works. */
class IfVersionTest {
    @TempDir
    Path dir;

    @Test
    void everyMutationRefusesAStaleVersionAndAcceptsTheCurrentOne() {
        Desk desk = new Desk(dir);
        desk.agent("ana", "agent");
        long id = desk.create("Versioned");
        String ref = String.valueOf(id);
        List<String[]> mutations = List.of(
                new String[] {"take", ref}, new String[] {"release", ref}, new String[] {"assign", ref, "--to", "ana"},
                new String[] {"tag", ref, "+a"}, new String[] {"priority", ref, "60"}, new String[] {"due", ref, "2026-12-01"},
                new String[] {"edit", ref, "--channel", "phone"}, new String[] {"note", ref, "--body", "n"},
                new String[] {"reply", ref, "--body", "r"}, new String[] {"receive", ref, "--body", "c"},
                new String[] {"escalate", ref, "--question", "q"}, new String[] {"deescalate", ref, "--to", "triage"},
                new String[] {"status", ref, "pending"}, new String[] {"resolve", ref}, new String[] {"close", ref},
                new String[] {"reopen", ref}, new String[] {"split", ref, "--message", "1"},
                new String[] {"merge", ref, "--into", "%OTHER%"}, new String[] {"delete", ref, "--permanent"});
        for (String[] m : mutations) {
            String[] args = new String[m.length + 2];
            for (int i = 0; i < m.length; i++) {
                args[i] = m[i].equals("%OTHER%") ? String.valueOf(desk.create("Merge target")) : m[i];
            }
            long v = desk.version(id);
            args[m.length] = "--if-version";
            args[m.length + 1] = String.valueOf(v - 1);
            desk.refused(4, args);
            args[m.length + 1] = String.valueOf(v);
            int events = m[0].equals("delete") ? 0 : desk.tix.ok("history", ref, "--json").json().size();
            desk.tix.ok(args);
            if (!m[0].equals("delete")) {
                assertTrue(desk.tix.ok("history", ref, "--json").json().size() > events,
                        "every change writes its events: " + String.join(" ", m));
            }
        }
        desk.refused(3, "show", ref);
    }

    @Test
    void theVersionGrowsByOneWithEveryChange() {
        Desk desk = new Desk(dir);
        long id = desk.create("Counting");
        assertEquals(1, desk.version(id));
        desk.tix.ok("tag", String.valueOf(id), "+x");
        desk.tix.ok("note", String.valueOf(id), "--body", "n");
        assertEquals(3, desk.version(id));
        desk.tix.ok("tag", String.valueOf(id), "+x");
        desk.tix.ok("due", String.valueOf(id), "none");
        desk.tix.ok("priority", String.valueOf(id), "medium");
        assertEquals(3, desk.version(id), "a command that changes nothing is no change");
    }
}
