package tix.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The events a change writes: one per field that differs between two states of a ticket. Deriving them from the
 * states (instead of each operation listing its own) means no change can forget its event.
 */
public final class Changes {
    private Changes() {
        throw new AssertionError();
    }

    private record Field(EventAction action, String name, Function<Ticket, Object> get) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field(EventAction.STATUS, "status", Ticket::status),
            new Field(EventAction.STATUS, "status_until", Ticket::statusUntil),
            new Field(EventAction.ASSIGNED, "assignee", Ticket::assignee),
            new Field(EventAction.ASSIGNED, "team", Ticket::team),
            new Field(EventAction.ASSIGNED, "sticky", Ticket::sticky),
            new Field(EventAction.TIER, "tier", Ticket::tier),
            new Field(EventAction.PRIORITY, "priority", Ticket::priority),
            new Field(EventAction.TAGS, "tags", t -> t.tags().isEmpty() ? null : String.join(",", t.tags())),
            new Field(EventAction.DUE, "due_at", Ticket::dueAt),
            new Field(EventAction.EDITED, "title", Ticket::title),
            new Field(EventAction.EDITED, "queue", Ticket::queue),
            new Field(EventAction.EDITED, "channel", Ticket::channel),
            new Field(EventAction.EDITED, "known_issue", Ticket::knownIssue),
            new Field(EventAction.SPLIT, "split_from", Ticket::splitFrom),
            new Field(EventAction.MERGED, "merged_into", Ticket::mergedInto),
            new Field(EventAction.EDITED, "follow_up_of", Ticket::followUpOf),
            new Field(EventAction.SLA, "sla", Ticket::slaColour));

    /** The event field of a custom field's change: {@code fields.NAME}, as its path in `show --json`. */
    public static final String FIELD_PREFIX = "fields.";

    public static List<Event> diff(Ticket before, Ticket after, String actor, Instant at) {
        List<Event> out = new ArrayList<>();
        for (Field f : FIELDS) {
            Object o = f.get.apply(before);
            Object n = f.get.apply(after);
            if (!Objects.equals(o, n)) {
                out.add(Event.of(after.id(), at, actor, f.action, f.name, text(o), text(n)));
            }
        }
        // custom fields: one `edited` event per field set, changed or cleared, named fields.NAME
        if (!before.fields().equals(after.fields())) {
            java.util.TreeSet<String> names = new java.util.TreeSet<>(before.fields().keySet());
            names.addAll(after.fields().keySet());
            for (String name : names) {
                String o = before.fields().get(name);
                String n = after.fields().get(name);
                if (!Objects.equals(o, n)) out.add(Event.of(after.id(), at, actor, EventAction.EDITED, FIELD_PREFIX + name, o, n));
            }
        }
        // each pause, resume, stop and restart of the SLA clock is an event (SPEC §4)
        String clockBefore = SlaClock.clockState(before);
        String clockAfter = SlaClock.clockState(after);
        if (!clockBefore.equals(clockAfter)) out.add(Event.of(after.id(), at, actor, EventAction.SLA, "clock", clockBefore, clockAfter));
        return out;
    }

    private static String text(Object v) {
        return v == null ? null : v.toString();
    }
}
