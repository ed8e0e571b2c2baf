package tix.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tix.app.TicketArchive;
import tix.csv.TicketArchiveReader;
import tix.domain.DomainException;
import tix.render.ExportOut;

/**
 * Any bytes as the archive `tix import` reads (CSV or JSON, told apart by the first character), straight into the
 * reader, in process. Its promise: every ticket is read whole, or the first bad value is refused as invalid data (exit
 * 7) naming where it is; no other exception. And what it read is what `export` writes back: the records written as CSV
 * and as JSON read again to the same records (a lossless round trip, so import after export loses nothing).
 *
 * <p>Long run: {@code nice -n 19 mvn -B -o -Pfuzz test -Dtest=ArchiveReaderFuzzTest -Djazzer.max_duration=10m}.
 */
class ArchiveReaderFuzzTest {
    private static final int MAX_RECORDS = 50;

    @FuzzTest(maxDuration = "5m")
    void read(byte[] data) {
        List<TicketArchive.Record> first;
        try {
            first = readAll(data);
        } catch (DomainException e) {
            assertEquals(DomainException.Reason.INVALID_DATA, e.reason(), () -> "not invalid data: " + e);
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a refusal without words");
            return;
        }
        if (first.isEmpty()) return;
        for (boolean json : new boolean[] {false, true}) {
            StringWriter out = new StringWriter();
            ExportOut.Sink sink = ExportOut.open(out, json);
            for (TicketArchive.Record r : first) sink.write(r);
            sink.finish();
            List<TicketArchive.Record> again = readAll(out.toString().getBytes(StandardCharsets.UTF_8));
            assertEquals(withoutRows(first), withoutRows(again), () -> "the " + (json ? "JSON" : "CSV")
                    + " export does not read back to what was imported:\n" + out);
        }
    }

    private static List<TicketArchive.Record> readAll(byte[] data) {
        List<TicketArchive.Record> out = new ArrayList<>();
        try (TicketArchive.Cursor c = TicketArchiveReader.source(Path.of("-"), new ByteArrayInputStream(data)).open()) {
            while (out.size() < MAX_RECORDS && c.hasNext()) out.add(c.next());
        }
        return out;
    }

    /** The records with the row they were read at set to 0: CSV and JSON count rows differently. */
    private static List<TicketArchive.Record> withoutRows(List<TicketArchive.Record> records) {
        List<TicketArchive.Record> out = new ArrayList<>();
        for (TicketArchive.Record r : records) {
            out.add(new TicketArchive.Record(0, r.ticket(), r.requester(), r.messages(), r.events(), r.toAddress(), r.sides()));
        }
        return out;
    }
}
