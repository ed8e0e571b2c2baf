package tix.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Controlled tag families (SPEC §1.1: area, type, special) and the names of the desk's free tags. A family's tags
 * are written {@code family:Name} on a ticket, e.g. {@code type:Insufficient Documentation}. An agent may type the
 * bare name in any case and with any separators ({@code insufficient-documentation}) when exactly one family holds
 * it; a name a family does not list is refused, and so is a new free tag one typo away from a family's tag, so a
 * typo never becomes a new category. A single family (type) keeps one tag per ticket: adding another replaces it.
 * Other tags stay free and keep the display name of their first use.
 */
public final class TagFamilies {
    /** A family, its tags (display names, sorted by key) and whether a ticket carries at most one of them. */
    public record Family(String name, boolean single, List<String> tags) {
        public Family {
            tags = List.copyOf(tags);
        }

        /** The ticket tag of one of the family's names. */
        public String tag(String value) {
            return name + ":" + value;
        }

        /** The family's display name of the tag with this key (the part after 'family:'), or null. */
        public String member(String bareKey) {
            for (String t : tags) {
                if (Tags.key(t).equals(bareKey)) return t;
            }
            return null;
        }
    }

    public static final TagFamilies NONE = new TagFamilies(List.of());

    private final Map<String, Family> families = new LinkedHashMap<>();
    private final Map<String, String> free;

    public TagFamilies(List<Family> families) {
        this(families, Map.of());
    }

    /** {@code free}: the display name of each free tag in use, by key. */
    public TagFamilies(List<Family> families, Map<String, String> free) {
        for (Family f : families) this.families.put(f.name(), f);
        this.free = Map.copyOf(free);
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

    /** A tag of a family, as given to `tagset add`: a display name without ':' (the family supplies the prefix). */
    public static String checkMember(String tag) {
        String t = Tags.check(tag);
        if (t.indexOf(':') >= 0) {
            throw DomainException.usage("bad tag '" + tag + "' for a family", "give the tag without 'family:'");
        }
        return t;
    }

    /**
     * The tag a ticket gets for what an agent typed: {@code type:bug} is checked against family type, a bare
     * {@code bug} becomes {@code type:Bug} when exactly one family holds it, a new free tag close to a family's tag
     * is refused with the suggestion, anything else is a free tag (named as at its first use).
     */
    public String resolve(String typed) {
        String t = Tags.check(typed);
        int colon = t.indexOf(':');
        if (colon > 0) {
            Family f = families.get(Tags.key(t.substring(0, colon)));
            if (f != null) {
                String bare = Tags.key(t.substring(colon + 1));
                String member = f.member(bare);
                if (member != null) return f.tag(member);
                String near = nearest(f, bare);
                throw DomainException.usage("'" + t.substring(colon + 1) + "' is not a tag of family '" + f.name() + "'",
                        f.tags().isEmpty() ? "the family has no tags yet: tix tagset add " + f.name() + " TAG"
                                : near != null ? "did you mean '" + f.tag(near) + "'?"
                                : "one of: " + String.join(", ", f.tags()));
            }
            return free.getOrDefault(Tags.key(t), t);
        }
        String key = Tags.key(t);
        List<String> owners = owners(key);
        if (owners.size() == 1) return owners.get(0);
        if (owners.size() > 1) {
            throw DomainException.usage("tag '" + t + "' is in several families", "say " + String.join(" or ", owners));
        }
        String known = free.get(key);
        if (known != null) return known;
        String near = nearFamilyTag(key);
        if (near != null) {
            throw DomainException.usage("tag '" + t + "' is not in any family but close to '" + near + "'",
                    "did you mean '" + near + "'? or add it: tix tagset add FAMILY \"" + t + "\"");
        }
        return t;
    }

    /** {@link #resolve} of each. */
    public List<String> resolveAll(List<String> typed) {
        List<String> out = new ArrayList<>();
        for (String t : typed) out.add(resolve(t));
        return out;
    }

    /**
     * The key of the tag meant by what was typed, for taking a tag off or selecting tickets: like {@link #resolve}
     * (a bare family tag means its family's) but nothing is refused.
     */
    public String keyOf(String typed) {
        String t = Tags.check(typed);
        String key = Tags.key(t);
        if (t.indexOf(':') > 0) return key;
        List<String> owners = owners(key);
        return owners.size() == 1 ? Tags.key(owners.get(0)) : key;
    }

    /** Kept for callers that remove by name: {@link #keyOf}. */
    public String resolveForRemoval(String typed) {
        return keyOf(typed);
    }

    /**
     * The ticket's tags after removing the keys {@code remove} and adding {@code add} (resolved display names), one
     * per key, sorted by key; an added tag of a single family replaces the ticket's other tag of that family.
     */
    public List<String> apply(List<String> current, List<String> add, List<String> remove) {
        Map<String, String> singleAdded = new LinkedHashMap<>();
        for (String a : add) {
            Family f = familyOf(a);
            if (f == null || !f.single()) continue;
            String before = singleAdded.put(f.name(), a);
            if (before != null && !Tags.key(before).equals(Tags.key(a))) {
                throw DomainException.usage("family '" + f.name() + "' takes one tag per ticket",
                        "give only one of " + before + ", " + a);
            }
        }
        List<String> removeKeys = new ArrayList<>();
        for (String r : remove) removeKeys.add(Tags.key(r));
        Map<String, String> tags = new LinkedHashMap<>();
        for (String c : current) {
            String k = Tags.key(c);
            if (removeKeys.contains(k)) continue;
            String fam = familyName(k);
            if (fam != null && singleAdded.containsKey(fam)) continue;
            tags.putIfAbsent(k, c);
        }
        for (String a : add) tags.putIfAbsent(Tags.key(a), a);
        return Tags.sortedByKey(tags);
    }

    /** Every tag an agent may be offered: each family's tags as {@code family:Name}, then the free tags in use. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (Family f : families.values()) {
            for (String t : f.tags()) out.add(f.tag(t));
        }
        List<String> keys = new ArrayList<>(free.keySet());
        keys.sort(null);
        for (String k : keys) out.add(free.get(k));
        return out;
    }

    /** The family tags ({@code family:Name}) whose name has this key. */
    private List<String> owners(String bareKey) {
        List<String> out = new ArrayList<>();
        for (Family f : families.values()) {
            String m = f.member(bareKey);
            if (m != null) out.add(f.tag(m));
        }
        return out;
    }

    /** A family tag one typo (two for long names) away from {@code bareKey}, or null. */
    private String nearFamilyTag(String bareKey) {
        for (Family f : families.values()) {
            String m = nearest(f, bareKey);
            if (m != null) return f.tag(m);
        }
        return null;
    }

    private static String nearest(Family f, String bareKey) {
        int allowed = bareKey.length() >= 8 ? 2 : bareKey.length() >= 3 ? 1 : 0;
        String best = null;
        int bestDistance = allowed + 1;
        for (String t : f.tags()) {
            int d = Tags.distance(bareKey, Tags.key(t));
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best;
    }

    private Family familyOf(String tag) {
        String name = familyName(Tags.key(tag));
        return name == null ? null : families.get(name);
    }

    private static String familyName(String key) {
        int colon = key.indexOf(':');
        return colon > 0 ? key.substring(0, colon) : null;
    }
}
