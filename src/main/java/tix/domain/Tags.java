package tix.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tags as the desk writes them. A tag has a display name ({@code Insufficient Documentation}, {@code Apps /
 * Integrations}, {@code type:Bug}, {@code 1234-login-loop}) and a key that every spelling of it shares: lower case,
 * with each run of spaces, '-', '_' and '/' read as one '-' ({@code insufficient-documentation},
 * {@code apps-integrations}). Matching always goes by the key, so {@code Process-Tweak}, {@code process tweak} and
 * {@code PROCESS_TWEAK} are one tag. A family tag is {@code family:Name}; its key is {@code family:name-key}.
 */
public final class Tags {
    private Tags() {
        throw new AssertionError();
    }

    /**
     * The display name of what was typed: spaces trimmed and runs of white space made one space. Refused (usage):
     * empty, longer than 100, control characters, ';' and ',' (they separate tags in CSV and lists), or nothing but
     * separators.
     */
    public static String check(String tag) {
        String t = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
        if (t.isEmpty() || t.length() > 100 || key(t).isEmpty() || key(t).startsWith(":") || key(t).endsWith(":")
                || !t.codePoints().allMatch(c -> !Character.isISOControl(c) && c != ';' && c != ',')) {
            throw DomainException.usage("bad tag '" + tag + "'",
                    "letters, digits, spaces, - _ . : / (no ; or ,), at most 100 characters");
        }
        if (t.indexOf(':') > 0) {
            // family:Name keeps no spaces around the colon
            int colon = t.indexOf(':');
            t = t.substring(0, colon).strip() + ":" + t.substring(colon + 1).strip();
        }
        return t;
    }

    /** The key of a tag: lower case, each run of white space, '-', '_' and '/' one '-', none at the ends (of each side of a ':'). */
    public static String key(String tag) {
        if (tag == null) return "";
        int colon = tag.indexOf(':');
        if (colon > 0) return part(tag.substring(0, colon)) + ":" + part(tag.substring(colon + 1));
        return part(tag);
    }

    private static String part(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean sep = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || c == '-' || c == '_' || c == '/') {
                sep = sb.length() > 0;
                continue;
            }
            if (sep) sb.append('-');
            sep = false;
            sb.appendCodePoint(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Display names, each checked, one per key (the first spelling wins), sorted by key. */
    public static List<String> normalise(List<String> tags) {
        Map<String, String> byKey = new LinkedHashMap<>();
        if (tags != null) {
            for (String t : tags) {
                String c = check(t);
                byKey.putIfAbsent(key(c), c);
            }
        }
        return sortedByKey(byKey);
    }

    /** The values of a key → display map, sorted by key. */
    public static List<String> sortedByKey(Map<String, String> byKey) {
        List<String> keys = new ArrayList<>(byKey.keySet());
        keys.sort(null);
        List<String> out = new ArrayList<>(keys.size());
        for (String k : keys) out.add(byKey.get(k));
        return out;
    }

    /** A single lower-case word (letters, digits, '-', '_', '.', ':', '/'): the tags of docs and known-issue slugs. */
    public static String word(String tag) {
        String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.length() > 100 || !t.codePoints().allMatch(c -> Character.isLetterOrDigit(c)
                || c == '-' || c == '_' || c == '.' || c == ':' || c == '/')) {
            throw DomainException.usage("bad tag '" + tag + "'", "one word of letters, digits, - _ . : /");
        }
        return t;
    }

    /** {@link #word} of each, without repeats, sorted. */
    public static List<String> words(List<String> tags) {
        List<String> out = new ArrayList<>();
        if (tags != null) {
            for (String t : tags) {
                String c = word(t);
                if (!out.contains(c)) out.add(c);
            }
        }
        out.sort(null);
        return out;
    }

    /** The edit distance of two keys (insertions, deletions, substitutions and swaps of neighbours), capped at 3. */
    public static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3) return 3;
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return Math.min(3, d[a.length()][b.length()]);
    }
}
