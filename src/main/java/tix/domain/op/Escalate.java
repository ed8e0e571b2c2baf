package tix.domain.op;

import java.time.Instant;
import java.util.List;
import tix.domain.Actor;
import tix.domain.Cause;
import tix.domain.DomainException;
import tix.domain.MessageKind;
import tix.domain.Rules;
import tix.domain.Status;
import tix.domain.Ticket;
import tix.domain.Transitions;

/**
 * `escalate` (SPEC §1.2): up one tier or to a named higher one, with one internal note holding the numbered
 * `ESCALATED QUESTION n` headers. Each tier's note numbers its own questions from 1 (the tiered desk's procedure reads
 * "ESCALATED QUESTION 1, 2" in every note), so nothing about earlier notes is needed. Clears the assignee unless kept; opens a new ticket; an optional comment is a public answer to the
 * customer.
 *
 * @param to the tier asked for, or null: the next one up
 */
public record Escalate(String to, List<String> questions, boolean keepAssignee, String comment) {
    public Escalate {
        questions = questions == null ? List.of() : questions.stream().filter(q -> !q.isBlank()).toList();
        if (questions.isEmpty()) {
            throw DomainException.usage("escalation needs at least one --question", "--question TEXT (repeatable)");
        }
    }

    /**
     * @param tiers the desk's tiers, lowest first
     */
    public Outcome apply(Ticket t, Actor actor, List<String> tiers, Instant now) {
        Rules.requireEscalatable(actor, t, "escalate");
        if (!t.status().isActive() && t.status() != Status.RESOLVED) throw Refusals.closed(t, "escalate");
        int from = tiers.indexOf(t.tier());
        String target;
        if (to == null) {
            if (from + 1 >= tiers.size()) {
                throw DomainException.conflict("#" + t.id() + " is already in the top tier " + t.tier(), "nothing above it");
            }
            target = tiers.get(from + 1);
        } else {
            target = Tiers.require(tiers, to);
            if (tiers.indexOf(target) <= from) {
                throw DomainException.conflict("cannot escalate #" + t.id() + " from " + t.tier() + " to " + target,
                        "escalation goes up; use 'tix deescalate'");
            }
        }
        int n = 0;
        StringBuilder note = new StringBuilder();
        note.append("Escalated from ").append(t.tier()).append(" to ").append(target).append('\n');
        for (String q : questions) {
            note.append('\n').append("ESCALATED QUESTION ").append(++n).append('\n').append(q.strip()).append('\n');
        }
        Ticket.Builder b = t.toBuilder().tier(target).tierEnteredAt(now);
        if (!keepAssignee) b.assignee(null);
        Ticket after = b.build();
        if (t.status() == Status.NEW) after = Transitions.move(after, Status.OPEN, Cause.ESCALATE, now);
        Outcome o = Outcome.of(after)
                .first(Step.Say.of(MessageKind.NOTE, actor.login(), note.toString().strip()));
        if (!Refusals.blank(comment)) o = Reply.answer(o, actor, comment, now);
        return o;
    }
}
