package tix.app;

import java.util.Map;

/** Controlled tag families (`tix tagset`). A port the store implements. */
public interface TagSets {
    /** Every family with its tags, by name. */
    tix.domain.TagFamilies tagFamilies();

    /** Creates the family, or sets whether it is single. */
    void saveTagFamily(String family, boolean single);

    void addFamilyTag(String family, String tag);

    /** False when the family did not hold the tag. */
    boolean removeFamilyTag(String family, String tag);

    void removeTagFamily(String family);

    /** How many tickets (any status) carry each tag that has a family prefix, by tag key (type:insufficient-documentation). */
    java.util.Map<String, Long> familyTagCounts();
}
