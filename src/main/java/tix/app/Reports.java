package tix.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Counts over the whole desk (`tix stats`) and the names completion offers (tags). */
public interface Reports {
    /** The same counts over the tickets of {@code filter} only (`stats --created 7d`). */
    Reports scoped(TicketFilter filter);

    /**
     * Tags in use, those on the newest tickets first, at most {@code limit}: each tag's newest ticket is one step down
     * its index, so the cost follows the number of tags, never the number of tickets carrying them.
     */
    List<String> tags(int limit);

    /** A ticket as completion offers it: its id and title. */
    record Offered(long id, String title) {}

    /**
     * Tickets `list` shows by default (not closed or suspended) for completion, at most {@code limit}: first the ones
     * the last {@code touches} events were about (the most recently worked on first), then the newest others among
     * the last {@code window} tickets created. Reads a bounded number of rows whatever the desk's size.
     */
    List<Offered> recentTickets(int limit, int touches, int window);

    /** The ids of the tickets `list` shows by default (not closed or suspended), newest first, at most {@code limit}. */
    List<Long> openIds(int limit);

    /** Tickets created in [from, to). */
    long created(Instant from, Instant to);

    /** Tickets still being worked on (not resolved, closed or suspended) that nobody is assigned to. */
    long unassigned();

    /** Active tickets per tier, then per stored SLA colour (green, yellow, red, none). */
    Map<String, Map<String, Long>> slaByTier();

    /** Tickets that existed at {@code at} and were not resolved, closed or suspended then (from the events). */
    long backlogAt(Instant at);

    /** The acting agent's active tickets and how many of them are red: {open, red}. */
    long[] mine(String login);
}
