package tix.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tix.domain.Period;

/** What happened on the desk in a period, read from messages and events (`tix report`). */
public interface Activity {
    /** A public answer with who it went to. */
    record Reply(long ticketId, String body, String requesterName, String requesterEmail) {
    }

    /** Public answers written in the period, oldest first, one at a time (a desk may hold millions). */
    void replies(Period period, Consumer<Reply> each);

    /** A tier change (an escalation up or down) recorded in the period. */
    record TierChange(long ticketId, String title, Instant at, String actor, String from, String to, int fromPosition,
                      int toPosition) {
    }

    List<TierChange> tierChanges(Period period);

    /** A change of a ticket's tags: the lists before and after (comma separated, as events keep them). */
    record TagChange(long ticketId, Instant at, String actor, String before, String after) {
    }

    List<TagChange> tagChanges(Period period);

    /** How many tickets created in the period carry each tag now. */
    Map<String, Long> tagsOfCreated(Period period);

    /** A known issue that was opened, resolved or had tickets linked in the period. */
    record KnownChange(long number, String tag, String title, String status, boolean opened, boolean resolved,
                       long linked, long tickets) {
    }

    List<KnownChange> knownIssues(Period period);

    /** An active ticket in a tier at or above {@code minPosition}. */
    record HighTicket(long id, String title, String tier, String slaColour, String assignee) {
    }

    List<HighTicket> activeFromTier(int minPosition);

    /** The tier's position (0 = first), or -1 when there is no such tier. */
    int tierPosition(String tier);
}
