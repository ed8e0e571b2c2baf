package tix.app;

import java.util.List;

/**
 * The selection of `list`, `export` and `bulk`. Empty lists and nulls mean "any".
 * {@code statuses} empty means every status but closed (and suspended).
 * {@code sort}: field names (priority, created, updated, id, status, due, sla, title), '-' prefix for descending.
 */
public record TicketFilter(List<String> statuses, String queue, String tier, String assignee, boolean unassigned,
                           String team, List<String> tags, Integer priorityMin, String requester, boolean unanswered,
                           String sla, List<String> sort, Integer limit, List<Long> ids) {
    public TicketFilter {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        tags = tags == null ? List.of() : List.copyOf(tags);
        sort = sort == null ? List.of() : List.copyOf(sort);
        ids = ids == null ? null : List.copyOf(ids);
    }

    public static TicketFilter all() {
        return new TicketFilter(List.of(), null, null, null, false, null, List.of(), null, null, false, null,
                List.of(), null, null);
    }
}
