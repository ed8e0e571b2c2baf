package tix.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Controlled tag families (SPEC §1.1: area, type, special). A family's tags are written {@code family:tag} on a
 * ticket, e.g. {@code type:bug}. An agent may type the bare {@code bug} when exactly one family holds it; a tag of a
 * family that is not in its list is refused, so a typo never becomes a new category. A single family (type) keeps
 * one tag per ticket: adding another replaces it. Tags outside every family ({@code 1234-login-loop}) stay free.
 */
public final class TagFamilies {
    /** A family, its tags (sorted) and whether a ticket carries at most one of them. */
    public record Family(String name, boolean single, List<String> tags) {
        public Family {
            tags = List.copyOf(tags);
        }

        public String tag(String value) {
            return name + ":" + value;
        }
    }

    public static final TagFamilies NONE = new TagFamilies(List.of());

    private final Map<String, Family> families = new LinkedHashMap<>();

    public TagFamilies(List<Family> families) {
        for (Family f : families) this.families.put(f.name(), f);
    }

    public List<Family> all() {
        return new ArrayList<>(families.values());
    }

    /** The family called {@code name}, or null. */
    public Family family(String name) {
        return families.get(name);
    }

    /** A family name: lower-case letters, digits, '-' and '_' (no ':', which separates it from the tag). */
    public static String checkFamily(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!n.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,31}")) {
            throw DomainException.usage("bad tag family '" + name + "'", "letters, digits, - _ (at most 32), e.g. area");
        }
        return n;
    }

    /** A tag of a family, as given to `tagset add`: a tag without ':' (the family supplies the prefix). */
    public static String checkMember(String tag) {
        String t = Tags.check(tag);
        if (t.indexOf(':') >= 0) {
            throw DomainException.usage("bad tag '" + tag + "' for a family", "give the tag without 'family:'");
        }
        return t;
    }

    /**
     * The tag a ticket gets for what an agent typed: {@code type:bug} is checked against family type, a bare
     * {@code bug} becomes {@code type:bug} when exactly one family holds it, anything else is a free tag.
     */
    public String resolve(String typed) {
        String t = Tags.check(typed);
        int colon = t.indexOf(':');
        if (colon > 0) {
            Family f = families.get(t.substring(0, colon));
            if (f != null && !f.tags().contains(t.substring(colon + 1))) {
                throw DomainException.usage("'" + t.substring(colon + 1) + "' is not a tag of family '" + f.name() + "'",
                        f.tags().isEmpty() ? "the family has no tags yet: tix tagset add " + f.name() + " TAG"
                                : "one of: " + String.join(", ", f.tags()));
            }
            return t;
        }
        List<Family> owners = owners(t);
        if (owners.size() == 1) return owners.get(0).tag(t);
        if (owners.size() > 1) {
            List<String> choices = new ArrayList<>();
            for (Family f : owners) choices.add(f.tag(t));
            throw DomainException.usage("tag '" + t + "' is in several families", "say " + String.join(" or ", choices));
        }
        return t;
    }

    /** {@link #resolve} of each. */
    public List<String> resolveAll(List<String> typed) {
        List<String> out = new ArrayList<>();
        for (String t : typed) out.add(resolve(t));
        return out;
    }

    /** The tag to take off for what an agent typed: like {@link #resolve} but a retired family tag is no error. */
    public String resolveForRemoval(String typed) {
        String t = Tags.check(typed);
        if (t.indexOf(':') > 0) return t;
        List<Family> owners = owners(t);
        return owners.size() == 1 ? owners.get(0).tag(t) : t;
    }

    /**
     * The ticket's tags after removing {@code remove} and adding {@code add} (both already resolved), sorted; an
     * added tag of a single family replaces the ticket's other tag of that family.
     */
    public List<String> apply(List<String> current, List<String> add, List<String> remove) {
        Map<String, String> singleAdded = new LinkedHashMap<>();
        for (String a : add) {
            Family f = familyOf(a);
            if (f == null || !f.single()) continue;
            String before = singleAdded.put(f.name(), a);
            if (before != null && !before.equals(a)) {
                throw DomainException.usage("family '" + f.name() + "' takes one tag per ticket",
                        "give only one of " + before + ", " + a);
            }
        }
        Set<String> tags = new LinkedHashSet<>(current);
        tags.removeAll(remove);
        for (String family : singleAdded.keySet()) tags.removeIf(t -> family.equals(familyName(t)));
        tags.addAll(add);
        List<String> sorted = new ArrayList<>(tags);
        sorted.sort(null);
        return sorted;
    }

    private List<Family> owners(String bare) {
        List<Family> out = new ArrayList<>();
        for (Family f : families.values()) {
            if (f.tags().contains(bare)) out.add(f);
        }
        return out;
    }

    private Family familyOf(String tag) {
        String name = familyName(tag);
        return name == null ? null : families.get(name);
    }

    private static String familyName(String tag) {
        int colon = tag.indexOf(':');
        return colon > 0 ? tag.substring(0, colon) : null;
    }
}
