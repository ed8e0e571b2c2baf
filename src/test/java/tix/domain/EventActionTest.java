package tix.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event actions of SPEC §5 as a closed set, and the field diff that writes them. */
class EventActionTest {
    @Test
    void theActionsAreExactlyTheSpecsWords() {
        List<String> words = new ArrayList<>();
        for (EventAction a : EventAction.values()) words.add(a.wire());
        assertEquals(List.of("created", "status", "assigned", "tier", "priority", "tags", "message", "sla", "split",
                "merged", "reminder", "due", "edited"), words);
        assertEquals(EventAction.MERGED, EventAction.of("merged"));
        assertNull(EventAction.of("deleted"));
    }

    @Test
    void aDiffWritesOneEventPerChangedFieldWithItsAction() {
        Instant t0 = Instant.parse("2026-03-02T10:00:00Z");
        Ticket before = Ticket.draft("t", Status.OPEN, 50, Channel.WEB, "support", "triage", 1, t0).toBuilder().id(5).build();
        Ticket after = before.toBuilder().priority(80).assignee("ana").tags(List.of("a", "b")).build();
        List<Event> events = Changes.diff(before, after, "lead", t0);
        assertEquals(List.of(EventAction.ASSIGNED, EventAction.PRIORITY, EventAction.TAGS),
                events.stream().map(Event::kind).toList());
        assertEquals("a,b", events.get(2).newValue());
        assertEquals(List.of(), Changes.diff(before, before, "lead", t0));
    }
}
