package tix.mail;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 encoded words as mail clients read them, not only as the RFC writes them: spaces inside a word
 * ({@code =?utf-8?Q?two words?=}), base64 without its padding, words glued to text, adjacent words of one
 * multi-byte character split in two, lower-case {@code b}/{@code q}, an RFC 2231 language ({@code utf-8*en}), and
 * every charset alias {@link Charsets} knows. A word that still cannot be decoded stays as written.
 */
final class EncodedWords {
    /** charset ? encoding ? text ?= where the text may hold spaces but no "?=". */
    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]{1,60})\\?([bBqQ])\\?(.*?)\\?=", Pattern.DOTALL);

    private EncodedWords() {
        throw new AssertionError();
    }

    static String decode(String value) {
        if (value == null || !value.contains("=?")) return value;
        Matcher m = WORD.matcher(value);
        StringBuilder out = new StringBuilder();
        int last = 0;
        // consecutive words in one charset are joined as bytes first: senders split a character across two words
        String runCharset = null;
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        while (m.find()) {
            String between = value.substring(last, m.start());
            boolean adjacent = runCharset != null && between.isBlank();
            byte[] bytes = bytes(m.group(2), m.group(3));
            if (bytes == null) {
                flush(out, run, runCharset);
                runCharset = null;
                out.append(between).append(m.group());
                last = m.end();
                continue;
            }
            if (adjacent && runCharset.equalsIgnoreCase(m.group(1))) {
                run.writeBytes(bytes);
            } else {
                flush(out, run, runCharset);
                if (!adjacent) out.append(between);
                runCharset = m.group(1);
                run.writeBytes(bytes);
            }
            last = m.end();
        }
        flush(out, run, runCharset);
        out.append(value.substring(last));
        return out.toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream run, String charset) {
        if (charset == null || run.size() == 0) return;
        out.append(Charsets.decode(run.toByteArray(), charset));
        run.reset();
    }

    private static byte[] bytes(String encoding, String text) {
        try {
            if (encoding.equalsIgnoreCase("B")) {
                String b = text.replaceAll("[^A-Za-z0-9+/=_-]", "").replace('-', '+').replace('_', '/');
                int eq = b.indexOf('=');
                if (eq >= 0) b = b.substring(0, eq);
                if (b.length() % 4 == 1) b = b.substring(0, b.length() - 1);
                return Base64.getDecoder().decode(b + "==".substring(0, (4 - b.length() % 4) % 4));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '_') {
                    out.write(' ');
                } else if (c == '=' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                    out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                } else if (c < 0x80) {
                    out.write(c);
                } else {
                    out.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return out.toByteArray();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }
}
