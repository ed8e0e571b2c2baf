package tix.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tix.domain.Channel;
import tix.domain.Period;
import tix.domain.SlaColour;
import tix.domain.Status;

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
public record TicketFilter(List<Status> statuses, String queue, String tier, String assignee, boolean unassigned,
                           String team, List<String> tags, Integer priorityMin, String requester, boolean unanswered,
                           SlaColour sla, List<String> sort, Integer limit, List<Long> ids, Map<String, String> fields,
                           Channel channel, Period created, Period updated, Period closed) {
    public TicketFilter {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        tags = tags == null ? List.of() : List.copyOf(tags);
        sort = sort == null ? List.of() : List.copyOf(sort);
        ids = ids == null ? null : List.copyOf(ids);
    }

    /** A selection built by name: {@code TicketFilter.where().queue("billing").statuses(all).build()}; the rest is "any". */
    public static Builder where() {
        return new Builder();
    }

    /** Names each part of a {@link TicketFilter}; what is not set selects every ticket. */
    public static final class Builder {
        private List<Status> statuses;
        private String queue;
        private String tier;
        private String assignee;
        private boolean unassigned;
        private String team;
        private List<String> tags;
        private Integer priorityMin;
        private String requester;
        private boolean unanswered;
        private SlaColour sla;
        private List<String> sort;
        private Integer limit;
        private List<Long> ids;
        private Map<String, String> fields;
        private Channel channel;
        private Period created;
        private Period updated;
        private Period closed;

        private Builder() {
        }

        /** Empty: every status but closed (and suspended). */
        public Builder statuses(List<Status> v) {
            statuses = v;
            return this;
        }

        /** Every status, closed and suspended ones too. */
        public Builder everyStatus() {
            statuses = List.of(Status.values());
            return this;
        }

        public Builder queue(String v) {
            queue = v;
            return this;
        }

        public Builder tier(String v) {
            tier = v;
            return this;
        }

        public Builder assignee(String v) {
            assignee = v;
            return this;
        }

        public Builder unassigned(boolean v) {
            unassigned = v;
            return this;
        }

        public Builder team(String v) {
            team = v;
            return this;
        }

        public Builder tags(List<String> v) {
            tags = v;
            return this;
        }

        public Builder priorityMin(Integer v) {
            priorityMin = v;
            return this;
        }

        /** The requester's address. */
        public Builder requester(String v) {
            requester = v;
            return this;
        }

        public Builder unanswered(boolean v) {
            unanswered = v;
            return this;
        }

        public Builder sla(SlaColour v) {
            sla = v;
            return this;
        }

        public Builder sort(List<String> v) {
            sort = v;
            return this;
        }

        public Builder limit(Integer v) {
            limit = v;
            return this;
        }

        /** Only these tickets (null: any). */
        public Builder ids(List<Long> v) {
            ids = v;
            return this;
        }

        /** Custom field name -> value as typed. */
        public Builder fields(Map<String, String> v) {
            fields = v;
            return this;
        }

        public Builder channel(Channel v) {
            channel = v;
            return this;
        }

        public Builder created(Period v) {
            created = v;
            return this;
        }

        public Builder updated(Period v) {
            updated = v;
            return this;
        }

        public Builder closed(Period v) {
            closed = v;
            return this;
        }

        public TicketFilter build() {
            return new TicketFilter(statuses, queue, tier, assignee, unassigned, team, tags, priorityMin, requester,
                    unanswered, sla, sort, limit, ids, fields, channel, created, updated, closed);
        }
    }

    /** The same selection with these custom field values (name -> value). */
    public TicketFilter withFields(Map<String, String> values) {
        return new TicketFilter(statuses, queue, tier, assignee, unassigned, team, tags, priorityMin, requester,
                unanswered, sla, sort, limit, ids, values, channel, created, updated, closed);
    }

    public static TicketFilter all() {
        return where().build();
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
    public TicketFilter withStatusesAndSort(List<Status> newStatuses, List<String> newSort) {
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
