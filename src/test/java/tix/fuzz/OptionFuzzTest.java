package tix.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Set;

/**
 * Any text as the value of the options and arguments that convert what they are given: dates and instants, durations
 * in days, priorities, statuses, ticket ids, sort keys, tags, addresses, --now. The first byte picks the place, the
 * rest is the value. A value is taken (0) or refused as a usage error (2), not found (3) or a conflict (4).
 */
class OptionFuzzTest {
    static final List<List<String>> PLACES = List.of(
            List.of("due", "1", "@"),
            List.of("status", "2", "hold", "--until", "@"),
            List.of("status", "2", "hold", "--days", "@"),
            List.of("status", "2", "@"),
            List.of("priority", "1", "@"),
            List.of("show", "@"),
            List.of("list", "--status", "@"),
            List.of("list", "--sort", "@"),
            List.of("list", "--priority-min", "@"),
            List.of("list", "--sla", "@"),
            List.of("list", "--limit", "@"),
            List.of("list", "--now", "@"),
            List.of("tag", "1", "@"),
            List.of("create", "--title", "@", "--requester", "a@example.com", "-q"),
            List.of("create", "--title", "t", "--requester", "@", "-q"),
            List.of("create", "--title", "t", "--requester", "a@example.com", "--due", "@", "-q"),
            List.of("create", "--title", "t", "--requester", "a@example.com", "--channel", "@", "-q"),
            List.of("escalate", "1", "--to", "@", "--question", "why?"),
            List.of("assign", "1", "--to", "@"),
            List.of("show", "1", "--json", "@"),
            List.of("history", "@"),
            List.of("sla", "explain", "@"),
            List.of("stats", "--now", "@"));

    /**
     * ConverterFuzzTest's finding: picocli printed "[picocli WARN] Unbalanced quotes ..." lines on stderr before tix's
     * error for a quote in a comma-split list; stderr holds one `tix:` line only.
     */
    @Test
    void unbalancedQuoteInASplitList() {
        FuzzDesk.check(Set.of(2), "queue", "set", "support", "--cc", "a@example.com,\"x");
    }

    /**
     * ConverterFuzzTest's finding: picocli read "@PATH" as an argument file, so `show @/` was a stack trace (exit 1)
     * and an "@name" word became the contents of a file of that name. A word starting with @ is that word.
     */
    @Test
    void anAtWordIsNoArgumentFile() throws java.io.IOException {
        FuzzDesk.check(Set.of(2), "show", "@/");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("tix-at-", ".txt");
        java.nio.file.Files.writeString(file, "1\n");
        var r = FuzzDesk.check(Set.of(2), "show", "@" + file);
        org.junit.jupiter.api.Assertions.assertTrue(r.err().contains("'@" + file + "'"), r.toString());
    }

    @FuzzTest(maxDuration = "5m")
    void optionValue(byte[] data) {
        if (data.length == 0) return;
        List<String> place = PLACES.get(Byte.toUnsignedInt(data[0]) % PLACES.size());
        String value = FuzzDesk.word(data, 1, data.length);
        String[] args = place.stream().map(w -> w.equals("@") ? value : w).toArray(String[]::new);
        FuzzDesk.check(Set.of(0, 2, 3, 4), args);
    }
}
