package tix.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of tag families as a desk writes it down (the seed lists of SPEC §1, or a desk's own file): a line
 * {@code [family]} or {@code [family single]} starts a family, every other line is one tag of it as the desk names
 * it ({@code Apps / Integrations}); blank lines and lines starting with '#' are skipped.
 */
public final class TagPreset {
    private TagPreset() {
        throw new AssertionError();
    }

    /** The families of {@code text}; {@code where} names it in errors (a file name or preset). */
    public static List<TagFamilies.Family> parse(String text, String where) {
        List<TagFamilies.Family> out = new ArrayList<>();
        String family = null;
        boolean single = false;
        List<String> tags = new ArrayList<>();
        int n = 0;
        for (String raw : text.split("\\R", -1)) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) throw bad(where, n, "a family line is [name] or [name single]");
                if (family != null) out.add(new TagFamilies.Family(family, single, tags));
                String[] words = line.substring(1, line.length() - 1).strip().split("\\s+");
                if (words.length > 2 || (words.length == 2 && !words[1].equals("single"))) {
                    throw bad(where, n, "a family line is [name] or [name single]");
                }
                try {
                    family = TagFamilies.checkFamily(words[0]);
                } catch (DomainException e) {
                    throw bad(where, n, e.getMessage());
                }
                single = words.length == 2;
                tags = new ArrayList<>();
                continue;
            }
            if (family == null) throw bad(where, n, "a tag before the first [family] line");
            try {
                tags.add(TagFamilies.checkMember(line));
            } catch (DomainException e) {
                throw bad(where, n, e.getMessage());
            }
        }
        if (family != null) out.add(new TagFamilies.Family(family, single, tags));
        if (out.isEmpty()) throw DomainException.invalidData(where + ": no [family] in it", "see 'tix tagset add --help'");
        return out;
    }

    private static DomainException bad(String where, int line, String what) {
        return DomainException.invalidData(where + " line " + line + ": " + what, "[family] or [family single], then one tag a line");
    }
}
