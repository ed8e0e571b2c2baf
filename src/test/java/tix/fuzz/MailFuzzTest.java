package tix.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;

/** Any bytes as a mail on `tix mail ingest`'s stdin: kept (0, often as a suspended ticket) or refused as unreadable (7). */
class MailFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void ingest(byte[] raw) {
        FuzzDesk.check(Set.of(0, 7), raw, "mail", "ingest");
    }
}
