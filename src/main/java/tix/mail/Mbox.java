package tix.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An mbox file (RFC 4155) split into its messages: a message starts at a line beginning "From " at the start of the
 * file or after an empty line. Each message keeps its "From " envelope line (the reader skips it) and its bytes as
 * stored, so what tix keeps is what the mailbox held.
 */
public final class Mbox {
    private Mbox() {
        throw new AssertionError();
    }

    /** An mbox starts with a "From " envelope line; a message file starts with a header field. */
    public static boolean looksLikeMbox(byte[] data) {
        return data.length > 5 && new String(data, 0, 5, StandardCharsets.ISO_8859_1).equals("From ");
    }

    public static List<byte[]> split(byte[] data) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        boolean blank = true;
        int lineStart = 0;
        for (int i = 0; i <= data.length; i++) {
            if (i == data.length || data[i] == '\n') {
                int len = i - lineStart;
                boolean isFrom = len >= 5 && data[lineStart] == 'F' && data[lineStart + 1] == 'r' && data[lineStart + 2] == 'o'
                        && data[lineStart + 3] == 'm' && data[lineStart + 4] == ' ';
                if (isFrom && blank && lineStart > start) {
                    out.add(java.util.Arrays.copyOfRange(data, start, lineStart));
                    start = lineStart;
                }
                blank = len == 0 || len == 1 && data[lineStart] == '\r';
                lineStart = i + 1;
            }
        }
        if (start < data.length) out.add(java.util.Arrays.copyOfRange(data, start, data.length));
        return out;
    }
}
