package tix.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;

/** Any bytes as a CSV or JSON archive on `tix import -`: imported whole, or refused (2, 3, 4, 7) with nothing written. */
class ImportFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void importArchive(byte[] data) {
        FuzzDesk.check(Set.of(0, 2, 3, 4, 7), data, "import", "-", "-q");
    }
}
