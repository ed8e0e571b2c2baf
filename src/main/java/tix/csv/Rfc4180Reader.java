package tix.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records read as Commons CSV's {@code RFC4180} format with empty lines ignored reads them: cells split at
 * commas, records at CRLF, LF or CR; a cell that starts with a quote runs to the closing quote, {@code ""} inside it
 * being one quote, and only white space may follow it before the comma or the line end; no trimming, no comments, no
 * escape character. Written for `import`: a file of a million tickets is some four billion characters, and the
 * library's reader looked at each through several calls (Rfc4180ReaderTest holds the two to the same records).
 */
final class Rfc4180Reader {
    /** Bad quoting, with the record it was found in. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private long records;
    private final StringBuilder cell = new StringBuilder(256);

    Rfc4180Reader(Reader in) {
        this.in = in;
    }

    /** Records read so far (the header included): the number of the record {@link #next} last returned. */
    long records() {
        return records;
    }

    private boolean fill() throws IOException {
        if (pos < lim) return true;
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        pos = 0;
        lim = Math.max(n, 0);
        return n > 0;
    }

    private int read() throws IOException {
        return pos < lim || fill() ? buf[pos++] : -1;
    }

    /** The next record's cells, or null at the end of the input. */
    List<String> next() throws IOException, Malformed {
        int c = read();
        while (c == '\r' || c == '\n') c = read(); // empty lines
        if (c == -1) return null;
        List<String> cells = new ArrayList<>(40);
        long line = records + 1;
        while (true) {
            cell.setLength(0);
            if (c == '"') {
                // quoted: copy runs up to each quote; "" is a quote, a single one ends the cell
                while (true) {
                    if (!fill()) throw new Malformed("EOF reached before encapsulated token finished (record " + line + ")");
                    int start = pos;
                    char[] b = buf;
                    int end = lim;
                    int i = start;
                    while (i < end && b[i] != '"') i++;
                    cell.append(b, start, i - start);
                    pos = i;
                    if (i == end) continue;
                    pos++; // the quote
                    if (!fill()) {
                        c = -1;
                        break;
                    }
                    if (buf[pos] == '"') {
                        cell.append('"');
                        pos++;
                        continue;
                    }
                    c = read();
                    break;
                }
                while (c != ',' && c != '\r' && c != '\n' && c != -1) {
                    if (!Character.isWhitespace((char) c)) {
                        throw new Malformed("invalid char between encapsulated token and delimiter (record " + line + ")");
                    }
                    c = read();
                }
            } else {
                // plain: up to the comma or the line end
                while (true) {
                    if (c == ',' || c == '\r' || c == '\n' || c == -1) break;
                    cell.append((char) c);
                    int start = pos;
                    char[] b = buf;
                    int end = lim;
                    int i = start;
                    while (i < end) {
                        char ch = b[i];
                        if (ch == ',' || ch == '\r' || ch == '\n') break;
                        i++;
                    }
                    cell.append(b, start, i - start);
                    pos = i;
                    c = read();
                }
            }
            cells.add(cell.toString());
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r' && (pos < lim || fill()) && buf[pos] == '\n') pos++;
            records++;
            return cells;
        }
    }
}
