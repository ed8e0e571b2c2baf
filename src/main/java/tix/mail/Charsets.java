package tix.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Charset labels as mail clients read them: MIME names, aliases and the vendor supersets that senders really use
 * under a standard label (CP932 for Shift_JIS, GB18030 for GB2312 and GBK, windows-125x for ISO-8859-x, CP949 for
 * EUC-KR, the Microsoft ISO-2022-JP with its circled digits and "№"). Text labelled us-ascii or Latin-1 that is
 * valid UTF-8 is read as UTF-8, as Thunderbird and Gmail do.
 */
final class Charsets {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Label (lower case, as written in mail) to the Java charset that reads it best. */
    private static final Map<String, String> SUPERSET = Map.ofEntries(
            Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("ansi_x3.4-1968", "windows-1252"), Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("iso8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("latin-1", "windows-1252"), Map.entry("l1", "windows-1252"),
            Map.entry("iso-8859-9", "windows-1254"), Map.entry("latin5", "windows-1254"),
            Map.entry("iso-8859-11", "x-windows-874"), Map.entry("tis-620", "x-windows-874"),
            Map.entry("iso-8859-8-i", "windows-1255"), Map.entry("iso-8859-8-e", "windows-1255"),
            Map.entry("iso-8859-8", "windows-1255"), Map.entry("iso-8859-6-i", "ISO-8859-6"),
            Map.entry("iso-8859-6-e", "ISO-8859-6"), Map.entry("shift_jis", "windows-31j"),
            Map.entry("shift-jis", "windows-31j"), Map.entry("sjis", "windows-31j"), Map.entry("x-sjis", "windows-31j"),
            Map.entry("ms_kanji", "windows-31j"), Map.entry("csshiftjis", "windows-31j"), Map.entry("cp932", "windows-31j"),
            Map.entry("iso-2022-jp", "x-windows-iso2022jp"), Map.entry("csiso2022jp", "x-windows-iso2022jp"),
            Map.entry("euc-jp", "x-eucJP-Open"), Map.entry("x-euc-jp", "x-eucJP-Open"),
            Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"),
            Map.entry("cp936", "GB18030"), Map.entry("euc-cn", "GB18030"), Map.entry("csgb2312", "GB18030"),
            Map.entry("chinese", "GB18030"), Map.entry("big5", "Big5-HKSCS"), Map.entry("x-big5", "Big5-HKSCS"),
            Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("ks_c_5601", "x-windows-949"), Map.entry("korean", "x-windows-949"),
            Map.entry("iso-2022-kr", "ISO-2022-KR"), Map.entry("cp1252", "windows-1252"),
            Map.entry("utf8", "UTF-8"), Map.entry("unicode-1-1-utf-8", "UTF-8"), Map.entry("x-unicode20utf8", "UTF-8"),
            Map.entry("koi8", "KOI8-R"), Map.entry("cyrillic", "ISO-8859-5"), Map.entry("x-mac-roman", "x-MacRoman"),
            Map.entry("macintosh", "x-MacRoman"), Map.entry("mac", "x-MacRoman"));

    /** Labels whose text is checked for UTF-8 first (mislabelled UTF-8 is common; the reverse never decodes). */
    private static final List<String> LATIN = List.of("windows-1252", "windows-1254");

    private Charsets() {
        throw new AssertionError();
    }

    /** The Java charset for a label from a header or an encoded word, or null when nobody knows it. */
    static Charset forLabel(String label) {
        if (label == null) return null;
        String l = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        int star = l.indexOf('*'); // RFC 2231 language suffix: utf-8*en
        if (star >= 0) l = l.substring(0, star);
        if (l.isEmpty()) return null;
        String name = SUPERSET.get(l);
        if (name == null && l.matches("(cp|win|windows)-?125\\d")) name = "windows-" + l.replaceAll("\\D", "");
        if (name == null && l.matches("iso[-_ ]?8859[-_ ]?\\d{1,2}")) name = "ISO-8859-" + l.replaceAll("^iso[-_ ]?8859[-_ ]?", "");
        if (name == null && l.startsWith("x-") && !l.equals("x-user-defined")) name = l.substring(2);
        try {
            return Charset.forName(name != null ? name : l);
        } catch (RuntimeException e) {
            try {
                return Charset.forName(jakarta.mail.internet.MimeUtility.javaCharset(l));
            } catch (RuntimeException again) {
                return null;
            }
        }
    }

    /**
     * Text in the labelled charset, as a mail client shows it: UTF-8 under a 7-bit or Latin label (us-ascii,
     * iso-2022-*, Latin-1) is read as UTF-8; text that does not decode in its label but is valid UTF-8 is UTF-8;
     * "UTF-8" with stray Latin-1 bytes keeps its UTF-8 and reads the stray bytes as windows-1252. No label or an
     * unknown one: UTF-8 when valid, else windows-1252.
     */
    static String decode(byte[] bytes, String label) {
        Charset cs = forLabel(label);
        String name = cs == null ? "" : cs.name().toLowerCase(Locale.ROOT);
        if ((cs == null || LATIN.contains(name) || cs == StandardCharsets.US_ASCII || name.contains("2022")) && has8bit(bytes)) {
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) return utf8;
            if (cs == null) return new String(bytes, WINDOWS_1252);
        }
        if (cs == null) return new String(bytes, StandardCharsets.US_ASCII);
        if (cs == StandardCharsets.UTF_8) return mixedUtf8(bytes);
        String s = strict(bytes, cs);
        if (s != null) return s;
        String utf8 = mixedUtf8(bytes);
        String repaired = unmojibake(utf8, cs);
        if (repaired != null) return repaired;
        return strictUtf8(bytes) != null ? utf8 : new String(bytes, cs);
    }

    /**
     * Text that a gateway read as Latin-1 and wrote back as UTF-8 (every character below U+0100, many above
     * U+007F): its Latin-1 bytes in the declared charset, when they read as that charset with at most one
     * replacement in a hundred characters; else null.
     */
    static String unmojibake(String text, Charset declared) {
        if (declared == null || declared == StandardCharsets.UTF_8 || LATIN.contains(declared.name().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int high = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xff) return null;
            if (c >= 0x80) high++;
        }
        if (high < 4) return null;
        String again = new String(text.getBytes(StandardCharsets.ISO_8859_1), declared);
        long bad = again.chars().filter(c -> c == 0xfffd).count();
        return bad * 100 <= again.length() ? again : null;
    }

    /** UTF-8 where the bytes are UTF-8, windows-1252 for each byte that is not (Latin-1 pasted into UTF-8 mail). */
    static String mixedUtf8(byte[] bytes) {
        java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 16);
        while (true) {
            java.nio.charset.CoderResult r = d.decode(in, out, true);
            if (r.isUnderflow()) break;
            if (r.isOverflow()) {
                java.nio.CharBuffer bigger = java.nio.CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            for (int i = 0; i < r.length(); i++) {
                if (!out.hasRemaining()) {
                    java.nio.CharBuffer bigger = java.nio.CharBuffer.allocate(out.capacity() * 2);
                    out.flip();
                    bigger.put(out);
                    out = bigger;
                }
                out.put(new String(new byte[] {in.get()}, WINDOWS_1252).charAt(0));
            }
        }
        d.flush(out);
        out.flip();
        return out.toString();
    }

    /** The bytes as UTF-8 when they are valid UTF-8, else null. */
    static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The bytes in {@code cs} when every byte maps to a character, else null. */
    static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException | UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * Raw 8-bit header bytes (RFC 6532 allows UTF-8; older mailers wrote their local charset): UTF-8 when valid,
     * then the charset of the message's text, then the first of the common legacy charsets that decodes without
     * error and reads as text (no C1 controls), else windows-1252, which maps every byte.
     */
    static String header(byte[] bytes, String bodyLabel) {
        String utf8 = strictUtf8(bytes);
        Charset body = forLabel(bodyLabel);
        if (utf8 != null) {
            String repaired = unmojibake(utf8, body);
            return repaired != null ? repaired : utf8;
        }
        if (body != null && body != StandardCharsets.UTF_8) {
            String s = strict(bytes, body);
            if (s != null && plausible(s)) return s;
        }
        if (latinLooking(bytes)) return new String(bytes, WINDOWS_1252);
        for (String name : List.of("windows-31j", "GB18030", "x-windows-949", "KOI8-R", "windows-1251")) {
            // multi-byte charsets first: a Latin-1 reading of Japanese is never rejected, the reverse often is
            Charset cs = Charset.forName(name);
            String s = strict(bytes, cs);
            if (s != null && plausible(s) && fitsScript(s, name)) return s;
        }
        return new String(bytes, WINDOWS_1252);
    }

    static boolean has8bit(byte[] bytes) {
        for (byte b : bytes) if (b < 0) return true;
        return false;
    }

    /**
     * Western text in a single-byte charset: its 8-bit bytes are letters (0xC0-0xFF) standing alone or in pairs
     * between ASCII ("Forma\xe7\xe3o"); CJK double-byte text comes in longer runs.
     */
    static boolean latinLooking(byte[] bytes) {
        int run = 0;
        for (byte b : bytes) {
            int v = b & 0xff;
            if (v >= 0x80) {
                if (v < 0xc0 && v != 0xa0 && v != 0xa9 && v != 0xae && v != 0xb0 && v != 0xb4 && v != 0xba && v != 0xaa) {
                    return false;
                }
                if (++run > 2) return false;
            } else {
                run = 0;
            }
        }
        return true;
    }

    private static boolean plausible(String s) {
        return s.chars().noneMatch(c -> c >= 0x80 && c < 0xa0 || c == 0xfffd);
    }

    /** A legacy guess counts only when its non-ASCII characters all belong to the script that charset is for. */
    private static boolean fitsScript(String s, String charset) {
        return s.codePoints().filter(c -> c >= 0x80).allMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (charset) {
                case "windows-31j":
                    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                            || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.COMMON;
                case "GB18030":
                    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.COMMON;
                case "x-windows-949":
                    return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.COMMON;
                default:
                    return script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.COMMON;
            }
        });
    }
}
