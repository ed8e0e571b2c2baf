package tix.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Counts over the whole desk (`tix stats`) and the names completion offers (tags). */
public interface Reports {
    /** The same counts over the tickets of {@code filter} only (`stats --created 7d`). */
    Reports scoped(TicketFilter filter);

    /** Tags in use, most used first. */
    List<String> tags();

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
