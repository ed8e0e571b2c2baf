package tix.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tix.domain.DomainException;
import tix.domain.Right;
import tix.domain.Rules;
import tix.domain.TagFamilies;

/** `tix tagset`: the controlled tag families (area, type, special ...). Changes are admin only. */
public final class TagsetService {
    private final Session session;

    public TagsetService(Session session) {
        this.session = session;
    }

    /** One tag of a family and how many tickets carry it (a family without tags is one row with a null tag). */
    public record Row(String family, boolean single, String tag, long tickets) {
    }

    /**
     * Creates the family or adds tags to it; {@code single} (null: unchanged, false for a new family) says whether
     * a ticket carries at most one of its tags.
     */
    public List<Row> add(String family, List<String> tags, Boolean single) {
        String f = TagFamilies.checkFamily(family);
        List<String> members = new ArrayList<>();
        for (String t : tags == null ? List.<String>of() : tags) {
            String m = TagFamilies.checkMember(t);
            if (!members.contains(m)) members.add(m);
        }
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            TagFamilies.Family existing = tx.tagSets().tagFamilies().family(f);
            if (existing == null && members.isEmpty() && single == null) {
                throw DomainException.usage("a new family needs tags", "tix tagset add " + f + " TAG...");
            }
            boolean isSingle = single != null ? single : existing != null && existing.single();
            if (existing == null || existing.single() != isSingle) tx.tagSets().saveTagFamily(f, isSingle);
            for (String m : members) tx.tagSets().addFamilyTag(f, m);
            return rows(tx, f);
        });
    }

    /** Takes tags out of a family, or (no tags given) removes the family. Tickets keep the tags they carry. */
    public List<Row> remove(String family, List<String> tags) {
        String f = TagFamilies.checkFamily(family);
        List<String> members = new ArrayList<>();
        for (String t : tags == null ? List.<String>of() : tags) members.add(TagFamilies.checkMember(t));
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            if (tx.tagSets().tagFamilies().family(f) == null) throw notFound(f);
            if (members.isEmpty()) {
                tx.tagSets().removeTagFamily(f);
                return List.of();
            }
            for (String m : members) {
                if (!tx.tagSets().removeFamilyTag(f, m)) {
                    throw DomainException.notFound("'" + m + "' is not a tag of family '" + f + "'",
                            "see 'tix tagset list " + f + "'");
                }
            }
            return rows(tx, f);
        });
    }

    /** Every family's tags ({@code family} null), or one family's. */
    public List<Row> list(String family) {
        String f = family == null ? null : TagFamilies.checkFamily(family);
        return session.store().read(tx -> {
            if (f != null && tx.tagSets().tagFamilies().family(f) == null) throw notFound(f);
            return rows(tx, f);
        });
    }

    private static List<Row> rows(Tx tx, String only) {
        Map<String, Long> counts = tx.tagSets().familyTagCounts();
        List<Row> out = new ArrayList<>();
        for (TagFamilies.Family fam : tx.tagSets().tagFamilies().all()) {
            if (only != null && !only.equals(fam.name())) continue;
            if (fam.tags().isEmpty()) out.add(new Row(fam.name(), fam.single(), null, 0));
            for (String t : fam.tags()) out.add(new Row(fam.name(), fam.single(), t, counts.getOrDefault(fam.tag(t), 0L)));
        }
        return out;
    }

    private static DomainException notFound(String family) {
        return DomainException.notFound("tag family '" + family + "' not found", "see 'tix tagset list'");
    }
}
