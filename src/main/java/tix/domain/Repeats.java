package tix.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When two public answers are "the same answer" (SPEC §1.2: writing the same answer three times means a macro or a
 * doc is missing): equal once case, whitespace, punctuation and digits are folded and the requester's name and
 * address are taken out.
 */
public final class Repeats {
    private Repeats() {
        throw new AssertionError();
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(name|email|id|title|agent)}");

    /** The folded form of an answer to {@code requesterName} at {@code requesterEmail} (either may be null). */
    public static String normalise(String text, String requesterName, String requesterEmail) {
        String t = fold(text);
        if (requesterEmail != null && !requesterEmail.isBlank()) t = remove(t, fold(requesterEmail));
        if (requesterName != null && !requesterName.isBlank()) {
            t = remove(t, fold(requesterName));
            for (String part : fold(requesterName).split(" ")) {
                if (part.length() >= 2) t = remove(t, part);
            }
        }
        return t.replaceAll(" +", " ").strip();
    }

    /**
     * Whether an answer (already {@link #normalise normalised}) was written with this macro: the macro's own text,
     * between its placeholders, appears in it in order. Such an answer already has its canned response.
     */
    public static boolean usesMacro(String normalisedAnswer, String macroBody) {
        List<String> fragments = new ArrayList<>();
        for (String part : PLACEHOLDER.split(macroBody)) {
            String f = fold(part);
            if (!f.isEmpty()) fragments.add(f);
        }
        if (fragments.isEmpty()) return false;
        int at = 0;
        for (String f : fragments) {
            int found = normalisedAnswer.indexOf(f, at);
            if (found < 0) return false;
            at = found + f.length();
        }
        return true;
    }

    /** Lower case, accents kept, digits and punctuation out, one space between words. */
    static String fold(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(t.length());
        boolean space = true;
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                b.appendCodePoint(c);
                space = false;
            } else if (!space && !Character.isDigit(c)) {
                b.append(' ');
                space = true;
            }
        }
        return b.toString().strip();
    }

    /** Takes out {@code word} where it stands as whole words. */
    private static String remove(String text, String word) {
        if (word.isEmpty()) return text;
        String padded = " " + text + " ";
        String gone = padded.replace(" " + word + " ", " ");
        while (!gone.equals(padded)) {
            padded = gone;
            gone = padded.replace(" " + word + " ", " ");
        }
        return gone.strip();
    }
}
