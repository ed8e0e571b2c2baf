package tix.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tix.domain.Period;

/**
 * The selection of `list`, `export`, `bulk`, `stats` and `search`. Empty lists and nulls mean "any".
 * {@code statuses} empty means every status but closed (and suspended), unless {@code closed} asks for tickets
 * closed in a period.
 * {@code fields}: custom field name -> value, each must match (values as typed; {@link TicketQueries#withFields}
 * checks and canonicalises them).
 * {@code sort}: field names (priority, created, updated, id, status, due, sla, title, channel), '-' prefix for
 * descending. {@code created}, {@code updated}, {@code closed}: periods (SINCE inclusive, UNTIL exclusive);
 * {@code closed} selects closed tickets by when they were closed.
 */
public record TicketFilter(List<String> statuses, String queue, String tier, String assignee, boolean unassigned,
                           String team, List<String> tags, Integer priorityMin, String requester, boolean unanswered,
                           String sla, List<String> sort, Integer limit, List<Long> ids, Map<String, String> fields,
                           String channel, Period created, Period updated, Period closed) {
    public TicketFilter {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        tags = tags == null ? List.of() : List.copyOf(tags);
        sort = sort == null ? List.of() : List.copyOf(sort);
        ids = ids == null ? null : List.copyOf(ids);
    }

    /** A filter on no custom field, channel or period. */
    public TicketFilter(List<String> statuses, String queue, String tier, String assignee, boolean unassigned,
                        String team, List<String> tags, Integer priorityMin, String requester, boolean unanswered,
                        String sla, List<String> sort, Integer limit, List<Long> ids) {
        this(statuses, queue, tier, assignee, unassigned, team, tags, priorityMin, requester, unanswered, sla, sort,
                limit, ids, Map.of(), null, null, null, null);
    }

    /** A filter on no channel or period. */
    public TicketFilter(List<String> statuses, String queue, String tier, String assignee, boolean unassigned,
                        String team, List<String> tags, Integer priorityMin, String requester, boolean unanswered,
                        String sla, List<String> sort, Integer limit, List<Long> ids, Map<String, String> fields) {
        this(statuses, queue, tier, assignee, unassigned, team, tags, priorityMin, requester, unanswered, sla, sort,
                limit, ids, fields, null, null, null, null);
    }

    /** The same selection with these custom field values (name -> value). */
    public TicketFilter withFields(Map<String, String> values) {
        return new TicketFilter(statuses, queue, tier, assignee, unassigned, team, tags, priorityMin, requester,
                unanswered, sla, sort, limit, ids, values, channel, created, updated, closed);
    }

    public static TicketFilter all() {
        return new TicketFilter(List.of(), null, null, null, false, null, List.of(), null, null, false, null,
                List.of(), null, null);
    }

    /** Whether anything but sort, limit and ids narrows the selection. */
    public boolean selects() {
        return !statuses.isEmpty() || queue != null || tier != null || assignee != null || unassigned || team != null
                || !tags.isEmpty() || priorityMin != null || requester != null || unanswered || sla != null
                || !fields.isEmpty() || channel != null || created != null || updated != null || closed != null;
    }

    /** The same selection with these tags (the keys the tag families resolved them to). */
    public TicketFilter withTags(List<String> newTags) {
        return new TicketFilter(statuses, queue, tier, assignee, unassigned, team, newTags, priorityMin, requester,
                unanswered, sla, sort, limit, ids, fields, channel, created, updated, closed);
    }

    /** The same selection with these statuses and sort. */
    public TicketFilter withStatusesAndSort(List<String> newStatuses, List<String> newSort) {
        return new TicketFilter(newStatuses, queue, tier, assignee, unassigned, team, tags, priorityMin, requester,
                unanswered, sla, newSort, limit, ids, fields, channel, created, updated, closed);
    }

    /** The same selection with another limit (null: every match). */
    public TicketFilter withLimit(Integer newLimit) {
        return new TicketFilter(statuses, queue, tier, assignee, unassigned, team, tags, priorityMin, requester,
                unanswered, sla, sort, newLimit, ids, fields, channel, created, updated, closed);
    }

    /** The same selection limited to these ids (search: the tickets its text found). */
    public TicketFilter withIds(List<Long> newIds) {
        return new TicketFilter(statuses, queue, tier, assignee, unassigned, team, tags, priorityMin, requester,
                unanswered, sla, sort, limit, newIds, fields, channel, created, updated, closed);
    }
}
