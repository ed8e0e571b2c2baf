package tix.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tix.domain.DomainException;

/**
 * Reads an RFC 4180 file (CRLF or LF line ends, a header row) strictly: a missing file is a usage error (exit 2),
 * bytes that are not UTF-8 or broken quoting are invalid data (exit 7), never a half-read file.
 */
public final class CsvFile {
    /** One data row: its record number in the file, the header being row 1 (for messages), and its cells by name. */
    public record Row(long row, java.util.Map<String, String> cells) {
        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v;
        }
    }

    private final String source;
    private final List<String> header;
    private final List<Row> rows;

    private CsvFile(String source, List<String> header, List<Row> rows) {
        this.source = source;
        this.header = header;
        this.rows = rows;
    }

    public String source() {
        return source;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Reads {@code file} ('-' = {@code stdin}). */
    public static CsvFile read(Path file, java.io.InputStream stdin) {
        byte[] bytes;
        String source = file.toString();
        try {
            bytes = source.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw DomainException.usage("no such file: " + file, "check the path");
        } catch (IOException e) {
            throw DomainException.usage("cannot read " + file, String.valueOf(e.getMessage()));
        }
        return parse(source, decode(bytes, source));
    }

    public static String decode(byte[] bytes, String source) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw DomainException.invalidData(source + " is not valid UTF-8", "convert it, e.g. iconv -t UTF-8");
        }
    }

    static CsvFile parse(String source, String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(false).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) throw DomainException.invalidData(source + " is empty", "a header row is required");
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (r.size() != header.size()) {
                    throw DomainException.invalidData(source + " row " + rowOf(r) + ": " + r.size() + " cells, "
                            + header.size() + " expected", "one cell per header column; quote cells holding commas");
                }
                java.util.Map<String, String> cells = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) cells.put(header.get(i), r.get(i));
                rows.add(new Row(rowOf(r), cells));
            }
            return new CsvFile(source, header, rows);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException | IOException e) {
            throw DomainException.invalidData(source + " is not valid CSV: " + oneLine(e.getMessage()), "RFC 4180 with a header row");
        }
    }

    /** The record's number in the file, the header row being 1 (cells may span lines, so not a line number). */
    private static long rowOf(CSVRecord r) {
        return r.getRecordNumber() + 1;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** Refuses a file whose header lacks a required column or has one this reader does not know. */
    public void requireColumns(List<String> required, List<String> known) {
        for (String c : required) {
            if (!header.contains(c)) {
                throw DomainException.invalidData(source + ": no column '" + c + "' in the header", "columns: " + String.join(",", known));
            }
        }
        for (String c : header) {
            if (!known.contains(c)) {
                throw DomainException.invalidData(source + ": unknown column '" + c + "'", "columns: " + String.join(",", known));
            }
        }
    }
}
