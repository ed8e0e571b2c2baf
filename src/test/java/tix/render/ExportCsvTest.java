package tix.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/**
 * The export's hand-written CSV and JSON cells hold to the libraries that used to write them: the same bytes as
 * Commons CSV's RFC 4180 printer and Jackson's generator, on texts full of what needs quoting or escaping.
 */
class ExportCsvTest {
    private static final String ALPHABET = "aZ09 ,;\"'#!\\/\r\n\t\b\f\u0000\u0001\u001f\u007f\u00e9\u2028\u4e2d\ud83d\ude00-[]{}:";

    @Test
    void cellsAndJsonAreWhatCommonsCsvAndJacksonWrite() throws Exception {
        Random random = new Random(42);
        ObjectMapper jackson = new ObjectMapper();
        for (int run = 0; run < 20_000; run++) {
            List<String> cells = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) cells.add(text(random));
            String json = text(random);
            StringBuilder expected = new StringBuilder();
            List<Object> all = new ArrayList<>(cells);
            all.add("[" + jackson.writeValueAsString(json) + "]");
            CSVFormat.RFC4180.printRecord(expected, all.toArray());
            assertEquals(expected.toString(), ExportOut.csvRecord(cells, json), () -> "cells " + cells + ", json " + json);
        }
    }

    @Test
    void edgeCells() throws Exception {
        for (String first : List.of("", " ", "#", "$", "a ", "a\t", "\"", "a,b", "x")) {
            for (String second : List.of("", " x", "#x", "\"x", "x\r")) {
                StringWriter expected = new StringWriter();
                CSVFormat.RFC4180.printRecord(expected, first, second, "[\"v\"]");
                assertEquals(expected.toString(), ExportOut.csvRecord(List.of(first, second), "v"));
            }
        }
    }

    private static String text(Random random) {
        int len = random.nextInt(6) == 0 ? 0 : random.nextInt(12);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            if (random.nextInt(5) == 0) sb.append((char) random.nextInt(0x3000));
            else sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
