package tix.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Known issues (`tix known`) and the tickets linked to them. A port the store implements. */
public interface KnownIssues {
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

    /** An update note on a known issue. */
    record Note(Instant at, String actor, String body) {
    }

    void addKnownNote(long number, String actor, String body, Instant now);

    /** The issue's notes, oldest first. */
    List<Note> knownNotes(long number);

    /** Ids of the tickets linked to the issue, ascending. */
    List<Long> knownIssueTickets(long number);
}
