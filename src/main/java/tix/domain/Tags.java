package tix.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tags are single words (letters, digits, '-', '_', '.', ':'), kept lower case, e.g. {@code 1234-login-loop}. */
public final class Tags {
    private Tags() {
        throw new AssertionError();
    }

    public static String check(String tag) {
        String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.length() > 100 || !t.codePoints().allMatch(c -> Character.isLetterOrDigit(c)
                || c == '-' || c == '_' || c == '.' || c == ':' || c == '/')) {
            throw DomainException.usage("bad tag '" + tag + "'", "one word of letters, digits, - _ . : /");
        }
        return t;
    }

    public static List<String> normalise(List<String> tags) {
        List<String> out = new ArrayList<>();
        if (tags != null) {
            for (String t : tags) {
                String c = check(t);
                if (!out.contains(c)) out.add(c);
            }
        }
        out.sort(null);
        return out;
    }
}
