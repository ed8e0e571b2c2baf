package tix.app;

import java.util.List;

/**
 * Who watches a ticket: agents (their login) and teams ({@code team:NAME}), in the order they began. A port the store
 * implements.
 */
public interface Watchers {
    /** The watchers of a ticket: logins and {@code team:NAME}, oldest first. */
    List<String> watchers(long ticketId);

    /** Adds an agent ({@code team} null) or a team ({@code agent} null); false when already watching. */
    boolean addWatcher(long ticketId, String agent, String team);

    /** Removes an agent or a team; false when it was not watching. */
    boolean removeWatcher(long ticketId, String agent, String team);

    /** Every agent who watches some ticket, sorted (completion of {@code unfollow --agent}). */
    List<String> watchingAgents();
}
