package tix.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The selection of `list`, `export` and `bulk`. Empty lists and nulls mean "any".
 * {@code statuses} empty means every status but closed (and suspended).
 * {@code fields}: custom field name -> value, each must match (values as typed; {@link TicketQueries#withFields}
 * checks and canonicalises them).
 * {@code sort}: field names (priority, created, updated, id, status, due, sla, title), '-' prefix for descending.
 */
public record TicketFilter(List<String> statuses, String queue, String tier, String assignee, boolean unassigned,
                           String team, List<String> tags, Integer priorityMin, String requester, boolean unanswered,
                           String sla, List<String> sort, Integer limit, List<Long> ids, Map<String, String> fields) {
    public TicketFilter {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        tags = tags == null ? List.of() : List.copyOf(tags);
        sort = sort == null ? List.of() : List.copyOf(sort);
        ids = ids == null ? null : List.copyOf(ids);
    }

    /** A filter on no custom field. */
    public TicketFilter(List<String> statuses, String queue, String tier, String assignee, boolean unassigned,
                        String team, List<String> tags, Integer priorityMin, String requester, boolean unanswered,
                        String sla, List<String> sort, Integer limit, List<Long> ids) {
        this(statuses, queue, tier, assignee, unassigned, team, tags, priorityMin, requester, unanswered, sla, sort,
                limit, ids, Map.of());
    }

    /** The same selection with these custom field values (name -> value). */
    public TicketFilter withFields(Map<String, String> values) {
        return new TicketFilter(statuses, queue, tier, assignee, unassigned, team, tags, priorityMin, requester,
                unanswered, sla, sort, limit, ids, values);
    }

    public static TicketFilter all() {
        return new TicketFilter(List.of(), null, null, null, false, null, List.of(), null, null, false, null,
                List.of(), null, null);
    }
}
