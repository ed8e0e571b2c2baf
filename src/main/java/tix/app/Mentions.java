package tix.app;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tix.domain.Event;
import tix.domain.EventAction;

/**
 * Watching a ticket: adding and removing watchers with their event ({@code edited}, field {@code watchers}: old is
 * who stopped, new who began; a team as {@code team:NAME}), and the {@code @login} / {@code @team} mentions of a note.
 */
final class Mentions {
    /** {@code @word} not inside a word or an address ({@code bob@example.org} mentions nobody). */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@.])@([A-Za-z0-9][A-Za-z0-9._-]*)");

    private Mentions() {
        throw new AssertionError();
    }

    /** Adds an agent or a team (the other null) as a watcher; false when already watching. */
    static boolean add(Tx tx, long ticketId, String agent, String team, String actor, Instant now) {
        if (!tx.watchers().addWatcher(ticketId, agent, team)) return false;
        tx.events().append(Event.of(ticketId, now, actor, EventAction.EDITED, "watchers", null, name(agent, team)));
        return true;
    }

    /** Removes an agent or a team; false when it was not watching. */
    static boolean remove(Tx tx, long ticketId, String agent, String team, String actor, Instant now) {
        if (!tx.watchers().removeWatcher(ticketId, agent, team)) return false;
        tx.events().append(Event.of(ticketId, now, actor, EventAction.EDITED, "watchers", name(agent, team), null));
        return true;
    }

    static String name(String agent, String team) {
        return agent != null ? agent : "team:" + team;
    }

    /**
     * Makes the agents and teams a note mentions watchers of the ticket; returns the agents to tell (a team's
     * members). Words after @ that name no agent or team are plain text.
     */
    static Set<String> watch(Tx tx, long ticketId, String body, String actor, Instant now) {
        Set<String> told = new LinkedHashSet<>();
        if (body == null || body.indexOf('@') < 0) return told;
        Matcher m = MENTION.matcher(body);
        while (m.find()) {
            String word = m.group(1).replaceAll("[.-]+$", "");
            if (tx.agents().agent(word).isPresent()) {
                add(tx, ticketId, word, null, actor, now);
                told.add(word);
            } else if (tx.teams().teamExists(word)) {
                add(tx, ticketId, null, word, actor, now);
                told.addAll(tx.teams().teamMembers(word));
            }
        }
        return told;
    }
}
