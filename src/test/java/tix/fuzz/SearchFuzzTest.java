package tix.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;

/** SPEC §7: any search text is accepted, exit 0 and ranked results, never a syntax error (FTS5 has plenty). */
class SearchFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void search(byte[] data) {
        String text = FuzzDesk.word(data, 0, data.length);
        FuzzDesk.check(Set.of(0), "search", text);
    }
}
