package tix.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tix.domain.DomainException;
import tix.domain.Right;
import tix.domain.Rules;
import tix.domain.TagFamilies;
import tix.domain.TagPreset;
import tix.domain.Tags;

/** `tix tagset`: the controlled tag families (area, type, special ...). Changes are admin only. */
public final class TagsetService {
    /** The seed lists of SPEC §1 shipped with tix (resources tix/tagsets/NAME.txt). */
    public static final List<String> PRESETS = List.of("chat-vendor", "tiered");

    private final Session session;

    public TagsetService(Session session) {
        this.session = session;
    }

    /** One tag of a family and how many tickets carry it (a family without tags is one row with a null tag). */
    public record Row(String family, boolean single, String tag, long tickets) {
    }

    /** What `tagset add` adds to a family: its tags, and whether a ticket holds one of them at most. */
    public record NewTags(List<String> tags, Boolean single) {
    }

    /**
     * Creates the family or adds tags to it; {@code single} (null: unchanged, false for a new family) says whether
     * a ticket carries at most one of its tags. Each tag is one argument as the desk names it ("Insufficient
     * Documentation"); a tag the family already holds in another spelling is not added twice.
     */
    public List<Row> add(String family, NewTags r) {
        List<String> tags = r.tags();
        Boolean single = r.single();
        String f = TagFamilies.checkFamily(family);
        List<String> members = new ArrayList<>();
        for (String t : tags == null ? List.<String>of() : tags) members.add(TagFamilies.checkMember(t));
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            addInTx(tx, f, members, single);
            return rows(tx, List.of(f));
        });
    }

    /** Adds every family of a seed list (a shipped preset's name, or the text of a file) in one transaction. */
    public List<Row> addAll(List<TagFamilies.Family> families) {
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            List<String> names = new ArrayList<>();
            for (TagFamilies.Family fam : families) {
                addInTx(tx, fam.name(), fam.tags(), fam.single() ? Boolean.TRUE : null);
                if (!names.contains(fam.name())) names.add(fam.name());
            }
            return rows(tx, names);
        });
    }

    /** The families of a shipped preset. */
    public static List<TagFamilies.Family> preset(String name) {
        if (!PRESETS.contains(name)) {
            throw DomainException.notFound("tag preset '" + name + "' not found", "one of " + String.join(", ", PRESETS));
        }
        try (InputStream in = TagsetService.class.getResourceAsStream("/tix/tagsets/" + name + ".txt")) {
            if (in == null) throw new IllegalStateException("preset " + name + " is missing from the jar");
            return TagPreset.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "preset " + name);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read preset " + name, e);
        }
    }

    /** The text of a shipped preset, for `tagset preset NAME`. */
    public static String presetText(String name) {
        preset(name);
        try (InputStream in = TagsetService.class.getResourceAsStream("/tix/tagsets/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read preset " + name, e);
        }
    }

    private static void addInTx(Tx tx, String f, List<String> members, Boolean single) {
        TagFamilies.Family existing = tx.tagSets().tagFamilies().family(f);
        if (existing == null && members.isEmpty() && single == null) {
            throw DomainException.usage("a new family needs tags", "tix tagset add " + f + " TAG...");
        }
        boolean isSingle = single != null ? single : existing != null && existing.single();
        if (existing == null || existing.single() != isSingle) tx.tagSets().saveTagFamily(f, isSingle);
        List<String> keys = new ArrayList<>();
        if (existing != null) for (String t : existing.tags()) keys.add(Tags.key(t));
        for (String m : members) {
            if (keys.contains(Tags.key(m))) continue;
            keys.add(Tags.key(m));
            tx.tagSets().addFamilyTag(f, m);
        }
    }

    /** Takes tags out of a family, or (no tags given) removes the family. Tickets keep the tags they carry. */
    public List<Row> remove(String family, List<String> tags) {
        String f = TagFamilies.checkFamily(family);
        List<String> members = new ArrayList<>();
        for (String t : tags == null ? List.<String>of() : tags) members.add(TagFamilies.checkMember(t));
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            TagFamilies.Family fam = tx.tagSets().tagFamilies().family(f);
            if (fam == null) throw notFound(f);
            if (members.isEmpty()) {
                tx.tagSets().removeTagFamily(f);
                return List.of();
            }
            for (String m : members) {
                String stored = fam.member(Tags.key(m));
                if (stored == null || !tx.tagSets().removeFamilyTag(f, stored)) {
                    throw DomainException.notFound("'" + m + "' is not a tag of family '" + f + "'",
                            "see 'tix tagset list " + f + "'");
                }
            }
            return rows(tx, List.of(f));
        });
    }

    /** Every family's tags ({@code family} null), or one family's. */
    public List<Row> list(String family) {
        String f = family == null ? null : TagFamilies.checkFamily(family);
        return session.store().read(tx -> {
            if (f != null && tx.tagSets().tagFamilies().family(f) == null) throw notFound(f);
            return rows(tx, f == null ? null : List.of(f));
        });
    }

    private static List<Row> rows(Tx tx, List<String> only) {
        Map<String, Long> counts = tx.tagSets().familyTagCounts();
        List<Row> out = new ArrayList<>();
        for (TagFamilies.Family fam : tx.tagSets().tagFamilies().all()) {
            if (only != null && !only.contains(fam.name())) continue;
            if (fam.tags().isEmpty()) out.add(new Row(fam.name(), fam.single(), null, 0));
            for (String t : fam.tags()) {
                out.add(new Row(fam.name(), fam.single(), t, counts.getOrDefault(Tags.key(fam.tag(t)), 0L)));
            }
        }
        return out;
    }

    private static DomainException notFound(String family) {
        return DomainException.notFound("tag family '" + family + "' not found", "see 'tix tagset list'");
    }
}
