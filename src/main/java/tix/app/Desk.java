package tix.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The desk's working knowledge: macros, known issues, controlled tag families and routing rules. */
public interface Desk {
    /** A canned response and how often `reply --macro` used it. */
    record Macro(String name, String body, Instant createdAt, Instant updatedAt, long uses, Instant lastUsedAt) {
    }

    Optional<Macro> macro(String name);

    List<Macro> macros();

    /** Inserts or replaces the body (the use count stays). */
    void saveMacro(String name, String body, Instant now);

    void removeMacro(String name);

    void countMacroUse(String name, Instant now);

    /** A public answer written at least {@code min} times word for word: a macro or a doc may be missing. */
    record RepeatedAnswer(String body, long times, List<Long> tickets) {
    }

    List<RepeatedAnswer> repeatedAnswers(int min);

    /** A known issue; {@code tickets} counts the tickets linked to it. The tag is "<number>-<slug>". */
    record KnownIssue(long number, String slug, String title, String status, Instant createdAt, Instant resolvedAt,
                      String resolution, long tickets) {
        public String tag() {
            return number + "-" + slug;
        }
    }

    Optional<KnownIssue> knownIssue(long number);

    List<KnownIssue> knownIssues();

    /** The number after the highest one used (1 for the first). */
    long nextKnownNumber();

    void addKnownIssue(long number, String slug, String title, Instant now);

    void resolveKnownIssue(long number, String resolution, Instant now);

    /** Ids of the tickets linked to the issue, ascending. */
    List<Long> knownIssueTickets(long number);

    // ---------------------------------------------------------------- tag families (`tix tagset`)

    /** Every family with its tags, by name. */
    tix.domain.TagFamilies tagFamilies();

    /** Creates the family, or sets whether it is single. */
    void saveTagFamily(String family, boolean single);

    void addFamilyTag(String family, String tag);

    /** False when the family did not hold the tag. */
    boolean removeFamilyTag(String family, String tag);

    void removeTagFamily(String family);

    /** How many tickets (any status) carry each tag that has a family prefix. */
    java.util.Map<String, Long> familyTagCounts();

    /** The routing rules by position (SPEC §1 workflow 1): tried in this order, the first match wins. */
    List<tix.domain.Route> routes();

    Optional<tix.domain.Route> route(long id);

    /** Stores the rule as given (its id is ignored) and returns the new id; positions are the caller's concern. */
    long insertRoute(tix.domain.Route route, Instant now);

    void deleteRoute(long id);

    void setRoutePosition(long id, int position);
}
