package tix.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The import's own RFC 4180 reader reads what Commons CSV's RFC4180 format (empty lines ignored) reads: the same
 * records, cell for cell, and refuses what it refuses, on random text made of the characters that matter.
 */
class Rfc4180ReaderTest {
    private static final String ALPHABET = "ab,,\"\"\r\n\n \t;{}[]:\u00e9\u4e2d";

    @Test
    void sameRecordsAsCommonsCsv() {
        Random random = new Random(7);
        int refusedBoth = 0;
        for (int run = 0; run < 50_000; run++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String text = sb.toString();
            List<List<String>> expected = commons(text);
            List<List<String>> actual = ours(text);
            assertEquals(expected, actual, () -> "input " + text.replace("\r", "\\r").replace("\n", "\\n"));
            if (expected == null) refusedBoth++;
        }
        // the inputs did exercise the refusals too
        org.junit.jupiter.api.Assertions.assertTrue(refusedBoth > 1000, "refused " + refusedBoth);
    }

    @Test
    void longCellsAcrossTheBuffer() {
        String body = "x\"\"y,\r\n".repeat(30_000);
        String text = "a,b\r\n\"" + body + "\",\"" + "z".repeat(70_000) + "\"\r\n1,2\n";
        assertEquals(commons(text), ours(text));
    }

    private static List<List<String>> commons(String text) {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get())) {
            for (CSVRecord r : p) out.add(r.toList());
            return out;
        } catch (Exception e) {
            return null;
        }
    }

    private static List<List<String>> ours(String text) {
        List<List<String>> out = new ArrayList<>();
        Rfc4180Reader r = new Rfc4180Reader(new StringReader(text));
        try {
            for (List<String> cells = r.next(); cells != null; cells = r.next()) out.add(cells);
            return out;
        } catch (Exception e) {
            return null;
        }
    }
}
