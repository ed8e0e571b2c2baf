package tix.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tix.domain.Agent;
import tix.domain.Contact;
import tix.domain.MessageKind;
import tix.domain.Priority;
import tix.domain.SlaColour;
import tix.domain.Ticket;
import tix.domain.op.Step;

/**
 * Notifications to agents (issue 13): who hears of what when a ticket changes. Each goes to the agents who chose
 * its event ({@link Agent#EVENTS}), at most one per agent per change (the most specific), never to the agent who
 * acted, and only to agents: internal note text never leaves for anyone else. A notification is recorded (table
 * {@code notifications}) when it can be delivered: mail through the outbox (kind {@code notification}) when the agent
 * has an address, and the desk's hook command ({@code notify.hook}) is given every one.
 *
 * <ul>
 *   <li>{@code new}: a new ticket; with a team (a routing rule's), only that team's members.</li>
 *   <li>{@code assigned}: the new assignee; the members of a new team; the agent the ticket was taken from.</li>
 *   <li>{@code escalation}: the members of the team of the tier it entered, the assignee and watchers; into
 *       {@code oncall} its team is told whatever they chose.</li>
 *   <li>{@code mention}: agents and teams named with @ in a note, or given a note with {@code tix notify}.</li>
 *   <li>{@code reply}: a customer message, to the assignee and the watchers.</li>
 *   <li>{@code sla}: turning yellow (the assignee, else the tier's team) or red (that and the watchers).</li>
 *   <li>{@code status}: a watched ticket's status change, to the watchers (and the assignee).</li>
 * </ul>
 */
final class Notifications {
    /** The setting naming the desk's hook command. */
    static final String HOOK = "notify.hook";
    /** The tier whose team is always paged. */
    static final String ONCALL = "oncall";

    private final Tx tx;
    private final Ticket ticket;
    private final String actor;
    private final Instant now;
    /** Login to what they are told, in the order decided; the first reason for an agent wins. */
    private final Map<String, Notice> plan = new LinkedHashMap<>();
    private final Map<String, Agent> agents = new java.util.HashMap<>();

    private record Notice(String event, boolean forced, String subject, String headline, String text) {
    }

    private Notifications(Tx tx, Ticket ticket, String actor, Instant now) {
        this.tx = tx;
        this.ticket = ticket;
        this.actor = actor;
        this.now = now;
    }

    /** A ticket was created (by an agent, a mail, a follow-up or an accepted suspended mail). */
    static void newTicket(Tx tx, Ticket t, String actor, Instant now) {
        Notifications n = new Notifications(tx, t, actor, now);
        Set<String> team = t.team() == null ? null : Set.copyOf(tx.teams().teamMembers(t.team()));
        for (Agent a : tx.agents().agents()) {
            if (team != null && !team.contains(a.login())) continue;
            n.tell(a.login(), "new", false, "New ticket", "New ticket #" + t.id() + " in queue " + t.queue(), null);
        }
        n.deliver();
    }

    /** After a change of a ticket: {@code said} are the messages the change wrote. */
    static void change(Tx tx, Ticket before, Ticket after, List<Step.Say> said, String actor, Instant now) {
        Notifications n = new Notifications(tx, after, actor, now);
        n.assignment(before, after);
        n.escalation(before, after);
        for (Step.Say s : said) {
            if (s.kind() == MessageKind.NOTE) n.mentions(s.body());
        }
        for (Step.Say s : said) {
            if (s.kind() == MessageKind.CUSTOMER) n.customerReply(before, s);
        }
        n.sla(before, after);
        if (before.status() != after.status()) {
            String what = "Status " + before.status().wire() + " -> " + after.status().wire();
            n.tellAssigneeAndWatchers(before, "status", what, what + " by " + actor, null, false);
        }
        n.takenOff(before, after);
        n.deliver();
    }

    /** A note for a team ({@code tix notify}): its members are told, whatever they chose. */
    static void teamNote(Tx tx, Ticket t, String team, String note, String actor, Instant now) {
        Notifications n = new Notifications(tx, t, actor, now);
        for (String login : tx.teams().teamMembers(team)) {
            n.tell(login, "mention", true, "Note for team " + team,
                    "Ticket #" + t.id() + ": " + actor + " wrote a note for team " + team, note);
        }
        n.deliver();
    }

    /** Agents copied on a ticket (--cc-agent) are told; {@code note}: the note's text, when they were copied on one. */
    static void copied(Tx tx, Ticket t, Set<String> logins, String note, String actor, Instant now) {
        Notifications n = new Notifications(tx, t, actor, now);
        for (String login : logins) {
            n.tell(login, "mention", false, "Copied", "Ticket #" + t.id() + ": " + actor + " copied you", note);
        }
        n.deliver();
    }

    // ---------------------------------------------------------------- who hears of what

    private void assignment(Ticket before, Ticket after) {
        String to = after.assignee();
        if (to != null && !Objects.equals(before.assignee(), to)) {
            tell(to, "assigned", false, "Assigned to you", "Ticket #" + after.id() + " was assigned to you by " + actor, null);
        }
        String team = after.team();
        if (team != null && !Objects.equals(before.team(), team)) {
            if (after.assignee() != null) plan.putIfAbsent(after.assignee(), null); // the assignee knows the ticket already
            for (String login : tx.teams().teamMembers(team)) {
                tell(login, "assigned", false, "Assigned to team " + team,
                        "Ticket #" + after.id() + " was assigned to team " + team + " by " + actor, null);
            }
        }
    }

    /** Whoever had the ticket hears that it went to someone else (when nothing above told them more). */
    private void takenOff(Ticket before, Ticket after) {
        String was = before.assignee();
        if (was == null || Objects.equals(was, after.assignee())) return;
        String now = after.assignee() != null ? after.assignee() : after.team() != null ? "team " + after.team() : "the pool";
        tell(was, "assigned", false, "Reassigned to " + now, "Ticket #" + after.id() + " went from you to " + now
                + " (" + actor + ")", null);
    }

    private void escalation(Ticket before, Ticket after) {
        if (Objects.equals(before.tier(), after.tier())) return;
        List<String> tiers = tx.tiers().tiers();
        if (tiers.indexOf(after.tier()) <= tiers.indexOf(before.tier())) return; // de-escalation
        boolean oncall = ONCALL.equals(after.tier());
        String subject = oncall ? "ON-CALL: escalated to " + after.tier() : "Escalated to " + after.tier();
        String headline = "Ticket #" + after.id() + " was escalated from " + before.tier() + " to " + after.tier()
                + " by " + actor;
        String team = tx.tiers().tierTeam(after.tier());
        if (team != null) {
            for (String login : tx.teams().teamMembers(team)) tell(login, "escalation", oncall, subject, headline, null);
        }
        tellAssigneeAndWatchers(before, "escalation", subject, headline, null, false);
    }

    /** Agents and teams named with @ in a note become watchers and are told. Unknown @words are plain text. */
    private void mentions(String body) {
        for (String login : Mentions.watch(tx, ticket.id(), body, actor, now)) {
            tell(login, "mention", false, "Mentioned", "Ticket #" + ticket.id() + ": " + actor + " mentioned you in a note",
                    body);
        }
    }

    private void customerReply(Ticket before, Step.Say s) {
        tellAssigneeAndWatchers(before, "reply", "Customer reply",
                "Ticket #" + ticket.id() + ": a new message from " + s.author(), s.body(), false);
    }

    private void sla(Ticket before, Ticket after) {
        String colour = after.slaColour();
        if (Objects.equals(before.slaColour(), colour)) return;
        boolean red = SlaColour.RED.wire().equals(colour);
        if (!red && !SlaColour.YELLOW.wire().equals(colour)) return;
        String subject = "SLA " + colour;
        String headline = "Ticket #" + after.id() + " turned " + colour + " in tier " + after.tier();
        if (after.assignee() != null) {
            tell(after.assignee(), "sla", false, subject, headline, null);
        } else {
            String team = tx.tiers().tierTeam(after.tier());
            if (team != null) for (String login : tx.teams().teamMembers(team)) tell(login, "sla", false, subject, headline, null);
        }
        if (red) for (String login : watcherLogins()) tell(login, "sla", false, subject, headline, null);
    }

    private void tellAssigneeAndWatchers(Ticket before, String event, String subject, String headline, String text,
                                         boolean forced) {
        String assignee = ticket.assignee() != null ? ticket.assignee() : before.assignee();
        if (assignee != null) tell(assignee, event, forced, subject, headline, text);
        for (String login : watcherLogins()) tell(login, event, forced, subject, headline, text);
    }

    /** The agents watching the ticket, themselves or through a team. */
    private Set<String> watcherLogins() {
        Set<String> out = new LinkedHashSet<>();
        for (String w : tx.watchers().watchers(ticket.id())) {
            if (w.startsWith("team:")) out.addAll(tx.teams().teamMembers(w.substring(5)));
            else out.add(w);
        }
        return out;
    }

    /** Plans one notification, unless the agent acted, is told already, or did not choose the event. */
    private void tell(String login, String event, boolean forced, String subject, String headline, String text) {
        if (login.equals(actor) || plan.containsKey(login)) return;
        Agent a = agents.computeIfAbsent(login, l -> tx.agents().agent(l).orElse(null));
        if (a == null || !(forced || a.wants(event)) || !sees(a)) return;
        plan.put(login, new Notice(event, forced, subject, headline, text));
    }

    /**
     * The agent may see the ticket's queue: a members-only queue's tickets (even their titles) reach only its members
     * and holders of {@code queue.all}, as `show` does.
     */
    private boolean sees(Agent a) {
        RoleStore roles = tx.roles();
        if (!roles.membersOnlyQueues().contains(ticket.queue())) return true;
        return Session.rightsOf(roles, a.role()).contains(tix.domain.Right.QUEUE_ALL)
                || roles.queuesOf(a.login()).contains(ticket.queue());
    }

    // ---------------------------------------------------------------- delivery

    private void deliver() {
        if (plan.values().stream().allMatch(Objects::isNull)) return;
        String hook = tx.settings().get(HOOK).filter(h -> !h.isBlank()).orElse(null);
        List<Map.Entry<String, Notice>> due = new ArrayList<>();
        for (Map.Entry<String, Notice> e : plan.entrySet()) if (e.getValue() != null) due.add(e);
        for (Map.Entry<String, Notice> e : due) {
            Agent a = agents.get(e.getKey());
            Notice n = e.getValue();
            if (a.email() == null && hook == null) continue; // nowhere to deliver it
            String subject = ("[#" + ticket.id() + "] " + n.subject() + ": " + ticket.title()).replaceAll("[\\r\\n]+", " ");
            String body = body(n);
            Long outboxId = null;
            if (a.email() != null) {
                outboxId = new MailComposer(tx).queueNotification(ticket, a.email(), subject, body, now).id();
            }
            tx.notices().insert(new Notices.Notice(0, ticket.id(), a.login(), n.event(), subject, body, outboxId, now,
                    hook == null ? null : "queued", null));
        }
    }

    private String body(Notice n) {
        Contact requester = tx.contacts().contact(ticket.requesterId()).orElse(null);
        String from = requester == null ? "?" : requester.name() == null || requester.name().isBlank()
                ? requester.email() : requester.name() + " <" + requester.email() + ">";
        StringBuilder b = new StringBuilder();
        b.append(n.headline()).append(": ").append(ticket.title()).append("\n\n")
                .append("Requester: ").append(from).append('\n')
                .append("Channel:   ").append(ticket.channel().wire()).append('\n')
                .append("Priority:  ").append(ticket.priority()).append(" (").append(Priority.band(ticket.priority())).append(")\n")
                .append("Tier:      ").append(ticket.tier()).append('\n')
                .append("Status:    ").append(ticket.status().wire()).append('\n');
        if (ticket.assignee() != null) b.append("Assignee:  ").append(ticket.assignee()).append('\n');
        if (n.text() != null && !n.text().isBlank()) {
            b.append('\n');
            for (String line : n.text().strip().split("\n", -1)) b.append("> ").append(line).append('\n');
        }
        b.append('\n').append("tix show ").append(ticket.id()).append('\n');
        return b.toString();
    }
}
