package tix.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what real mail gets wrong before the strict parser sees it (the stored raw source stays as received):
 * <ul>
 * <li>blank lines, an mbox {@code From } line and a few junk lines ({@code ---- Original email message ----})
 * before the first header;</li>
 * <li>bare CR line ends (classic Mac OS) become CRLF;</li>
 * <li>{@code To : x} (space before the colon, RFC 822's obsolete syntax) becomes {@code To: x};</li>
 * <li>a missing blank line after the header: the first line that is neither a header field nor a continuation
 * starts the body; a stray line between header fields is read as a continuation;</li>
 * <li>raw 8-bit header values (see {@link Charsets#header}) are rewritten as UTF-8, which the parser reads
 * ({@code mail.mime.allowutf8}), in the message header and in every part's Content-* header.</li>
 * </ul>
 * Returns null when no header line is found near the start: the input is no message at all.
 */
final class Lenient {
    private static final Pattern FIELD = Pattern.compile("^([\\x21-\\x39\\x3b-\\x7e]{1,76})[ \\t]*:(.*)$", Pattern.DOTALL);
    private static final Pattern KNOWN = Pattern.compile("(?i)(from|to|cc|bcc|subject|date|message-id|reply-to|sender"
            + "|received|return-path|delivered-to|mime-version|content-[a-z-]+|x-[a-z0-9-]+|in-reply-to|references"
            + "|list-[a-z-]+|precedence|auto-submitted|thread-[a-z]+|importance|priority|user-agent|organization"
            + "|arc-[a-z-]+|dkim-signature|authentication-results|resent-[a-z-]+|keywords|comments|errors-to)");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9_.:+-]{2,40})");
    private static final Pattern PART_FIELD = Pattern.compile("(?i)^content-[a-z-]+\\s*:.*", Pattern.DOTALL);
    private static final Pattern PARAM = Pattern.compile("(?i)^(boundary|charset|name|filename|type|report-type|format"
            + "|delsp|protocol|micalg|start)\\*?[0-9]*\\*?\\s*=.*");
    private static final Pattern ENCODED_WORD_CHARSET = Pattern.compile("=\\?([A-Za-z0-9_.:+-]{2,40})(\\*[A-Za-z-]+)?\\?[bBqQ]\\?");
    private static final int MAX_JUNK_LINES = 8;

    /** The repaired bytes and what was repaired (for the record, never shown as an error). */
    record Result(byte[] bytes, List<String> repairs, String bodyCharset) {
    }

    private Lenient() {
        throw new AssertionError();
    }

    static Result repair(byte[] raw) {
        List<String> repairs = new ArrayList<>();
        byte[] b = raw;
        if (hasBareCr(b)) {
            b = crToCrlf(b);
            repairs.add("bare CR line ends");
        }
        List<int[]> lines = lines(b);
        String latin = new String(b, StandardCharsets.ISO_8859_1);
        Matcher cs = CHARSET.matcher(latin);
        String bodyCharset = cs.find() ? cs.group(1) : null;
        if (bodyCharset == null) {
            // no charset parameter: the charset the sender's mailer used in its encoded words is the best hint
            Matcher word = ENCODED_WORD_CHARSET.matcher(latin);
            if (word.find()) bodyCharset = word.group(1);
        }

        int first = -1;
        for (int i = 0; i < lines.size() && i <= MAX_JUNK_LINES; i++) {
            String l = text(latin, lines.get(i));
            Matcher f = FIELD.matcher(l);
            if (i == 0 && l.startsWith("From ") && !f.matches()) continue;
            if (f.matches() && (KNOWN.matcher(f.group(1).strip()).matches() || i + 1 < lines.size()
                    && FIELD.matcher(text(latin, lines.get(i + 1))).matches())) {
                first = i;
                break;
            }
        }
        if (first < 0) return null;
        if (first > 0 && !(first == 1 && text(latin, lines.get(0)).startsWith("From ")
                && !FIELD.matcher(text(latin, lines.get(0))).matches())) {
            boolean blank = true;
            for (int i = 0; i < first; i++) blank &= text(latin, lines.get(i)).isBlank();
            if (!blank) repairs.add("junk before the header");
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 64);
        int i = first;
        boolean inHeader = true;
        for (; i < lines.size() && inHeader; i++) {
            int[] line = lines.get(i);
            String l = text(latin, line);
            String eol = eol(latin, line);
            if (l.isEmpty()) {
                out.writeBytes((l + eol).getBytes(StandardCharsets.ISO_8859_1));
                inHeader = false;
                break;
            }
            Matcher f = FIELD.matcher(l);
            if (l.charAt(0) == ' ' || l.charAt(0) == '\t') {
                writeHeaderLine(out, b, line, eol, bodyCharset);
            } else if (f.matches()) {
                if (!f.group(1).equals(f.group(1).strip()) || l.charAt(f.group(1).length()) != ':') {
                    repairs.add("space before a header colon");
                    byte[] fixed = (f.group(1).strip() + ":").getBytes(StandardCharsets.ISO_8859_1);
                    int valueStart = line[0] + l.indexOf(':') + 1;
                    ByteArrayOutputStream one = new ByteArrayOutputStream();
                    one.writeBytes(fixed);
                    one.write(b, valueStart, line[1] - valueStart);
                    writeValue(out, one.toByteArray(), eol, bodyCharset);
                } else {
                    writeHeaderLine(out, b, line, eol, bodyCharset);
                }
            } else {
                if (knownFieldFollows(latin, lines, i + 1)) {
                    repairs.add("stray line in the header");
                    out.write(' ');
                    writeHeaderLine(out, b, line, eol, bodyCharset);
                } else {
                    repairs.add("no blank line after the header");
                    out.writeBytes(eol.isEmpty() ? "\r\n".getBytes(StandardCharsets.ISO_8859_1)
                            : eol.getBytes(StandardCharsets.ISO_8859_1));
                    inHeader = false;
                    break;
                }
            }
        }
        if (inHeader) {
            // the header runs to the end: close it so the parser sees an (empty) body
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } else {
            if (i < lines.size() && text(latin, lines.get(i)).isEmpty()) i++;
            // the rest: part headers with raw 8-bit values are made UTF-8 too; everything else is copied as is
            boolean partHeader = false;
            for (; i < lines.size(); i++) {
                int[] line = lines.get(i);
                String l = text(latin, line);
                boolean field = PART_FIELD.matcher(l).matches();
                boolean cont = partHeader && !l.isEmpty() && (l.charAt(0) == ' ' || l.charAt(0) == '\t');
                boolean param = partHeader && !field && !cont && PARAM.matcher(l).matches();
                partHeader = field || cont || param;
                if (param) {
                    // "boundary=..." left unfolded under a part's Content-Type: a continuation, as clients read it
                    repairs.add("unfolded parameter in a part header");
                    out.write('\t');
                }
                if (partHeader && has8bit(b, line)) writeHeaderLine(out, b, line, eol(latin, line), bodyCharset);
                else out.write(b, line[0], line[2] - line[0]);
            }
        }
        return new Result(out.toByteArray(), repairs, bodyCharset);
    }

    /**
     * A stray line is part of the header when a well-known header field still follows before the first empty line
     * (an MTA that lost the indentation of a folded Received: or DKIM-Signature: field); otherwise the body starts.
     */
    private static boolean knownFieldFollows(String latin, List<int[]> lines, int from) {
        for (int j = from; j < lines.size() && j < from + 50; j++) {
            String l = text(latin, lines.get(j));
            if (l.isEmpty()) return false;
            Matcher f = FIELD.matcher(l);
            if (f.matches() && KNOWN.matcher(f.group(1).strip()).matches()) return true;
        }
        return false;
    }

    private static void writeHeaderLine(ByteArrayOutputStream out, byte[] b, int[] line, String eol, String charset) {
        byte[] content = java.util.Arrays.copyOfRange(b, line[0], line[1]);
        writeValue(out, content, eol, charset);
    }

    private static void writeValue(ByteArrayOutputStream out, byte[] content, String eol, String charset) {
        boolean eight = false;
        for (byte x : content) eight |= x < 0;
        if (eight) content = Charsets.header(content, charset).getBytes(StandardCharsets.UTF_8);
        out.writeBytes(content);
        out.writeBytes(eol.isEmpty() ? "\r\n".getBytes(StandardCharsets.ISO_8859_1) : eol.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean has8bit(byte[] b, int[] line) {
        for (int i = line[0]; i < line[1]; i++) if (b[i] < 0) return true;
        return false;
    }

    /** Lines as [start, end of content, end including the line end]. */
    private static List<int[]> lines(byte[] b) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                int end = i > start && b[i - 1] == '\r' ? i - 1 : i;
                out.add(new int[] {start, end, i + 1});
                start = i + 1;
            }
        }
        if (start < b.length) out.add(new int[] {start, b.length, b.length});
        return out;
    }

    private static String text(String latin, int[] line) {
        return latin.substring(line[0], line[1]);
    }

    private static String eol(String latin, int[] line) {
        return latin.substring(line[1], line[2]);
    }

    private static boolean hasBareCr(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n')) return true;
        }
        return false;
    }

    private static byte[] crToCrlf(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + b.length / 40);
        for (int i = 0; i < b.length; i++) {
            out.write(b[i]);
            if (b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n')) out.write('\n');
        }
        return out.toByteArray();
    }
}
