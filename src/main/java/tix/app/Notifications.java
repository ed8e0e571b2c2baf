package tix.app;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import tix.domain.Agent;
import tix.domain.Contact;
import tix.domain.Priority;
import tix.domain.Ticket;

/**
 * Mail to agents (outbox kind {@code notification}): a new ticket to everyone who wants all of them, an assignment
 * to the agent or the team members it was given to. Never to the agent who did it, never with message text: the
 * title and the facts only, so nothing internal leaves.
 */
final class Notifications {
    private Notifications() {
        throw new AssertionError();
    }

    /** A ticket was created (by an agent, a mail, a follow-up or an accepted suspended mail). */
    static void newTicket(Tx tx, Ticket t, String actor, Instant now) {
        for (Agent a : tx.agents().agents()) {
            if (a.wants("new") && !a.login().equals(actor)) {
                send(tx, t, a, "[#" + t.id() + "] New ticket: " + t.title(), "New ticket #" + t.id() + " in queue "
                        + t.queue() + ": " + t.title(), now);
            }
        }
    }

    /** After a change: the new assignee and the members of a new team hear of it. */
    static void assignment(Tx tx, Ticket before, Ticket after, String actor, Instant now) {
        Set<String> told = new LinkedHashSet<>();
        told.add(actor);
        String to = after.assignee();
        if (to != null && !Objects.equals(before.assignee(), to) && told.add(to)) {
            tx.agents().agent(to).filter(a -> a.wants("assigned")).ifPresent(a -> send(tx, after, a,
                    "[#" + after.id() + "] Assigned to you: " + after.title(),
                    "Ticket #" + after.id() + " was assigned to you by " + actor + ": " + after.title(), now));
        }
        if (after.assignee() != null) told.add(after.assignee()); // the assignee knows the ticket already
        String team = after.team();
        if (team != null && !Objects.equals(before.team(), team)) {
            for (String login : tx.teams().teamMembers(team)) {
                if (!told.add(login)) continue;
                tx.agents().agent(login).filter(a -> a.wants("assigned")).ifPresent(a -> send(tx, after, a,
                        "[#" + after.id() + "] Assigned to team " + team + ": " + after.title(),
                        "Ticket #" + after.id() + " was assigned to team " + team + " by " + actor + ": "
                                + after.title(), now));
            }
        }
    }

    private static void send(Tx tx, Ticket t, Agent to, String subject, String headline, Instant now) {
        Contact requester = tx.contacts().contact(t.requesterId()).orElse(null);
        String from = requester == null ? "?" : requester.name() == null || requester.name().isBlank()
                ? requester.email() : requester.name() + " <" + requester.email() + ">";
        String body = headline + "\n\n"
                + "Requester: " + from + "\n"
                + "Channel:   " + t.channel().wire() + "\n"
                + "Priority:  " + t.priority() + " (" + Priority.band(t.priority()) + ")\n"
                + "Tier:      " + t.tier() + "\n"
                + "Status:    " + t.status().wire() + "\n\n"
                + "tix show " + t.id() + "\n";
        new MailComposer(tx).queueNotification(t, to.email(), subject.replaceAll("[\\r\\n]+", " "), body, now);
    }
}
