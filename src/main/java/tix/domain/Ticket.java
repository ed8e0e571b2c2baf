package tix.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
/**
 * A ticket as stored: the current state. History lives in events, never replayed to read state.
 * Instances are immutable; operations return a changed copy made with {@link #toBuilder()}.
 */public record Ticket(
        long id,
        String title,
        Status status,
        int priority,
        Channel channel,
        String queue,
        String tier,
        String team,
        String assignee,
        boolean sticky,
        long requesterId,
        Instant dueAt,
        Instant statusUntil,
        Instant createdAt,
        Instant updatedAt,
        long version,
        Instant statusChangedAt,
        Instant tierEnteredAt,
        Instant lastReplyAt,
        Instant lastCustomerAt,
        Long splitFrom,
        Long mergedInto,
        Long followUpOf,
        Long knownIssue,
        String slaColour,
        List<String> tags,
        Map<String, String> fields) {
    public Ticket {
        Objects.requireNonNull(status, "status");
        tags = tags == null ? List.of() : List.copyOf(tags);
        // custom fields (`tix field`): name -> canonical value, in name order
        fields = fields == null || fields.isEmpty() ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(fields));
    }

    /** A ticket without custom field values. */
    public Ticket(long id, String title, Status status, int priority, Channel channel, String queue, String tier,
                  String team, String assignee, boolean sticky, long requesterId, Instant dueAt, Instant statusUntil,
                  Instant createdAt, Instant updatedAt, long version, Instant statusChangedAt, Instant tierEnteredAt,
                  Instant lastReplyAt, Instant lastCustomerAt, Long splitFrom, Long mergedInto, Long followUpOf,
                  Long knownIssue, String slaColour, List<String> tags) {
        this(id, title, status, priority, channel, queue, tier, team, assignee, sticky, requesterId, dueAt, statusUntil,
                createdAt, updatedAt, version, statusChangedAt, tierEnteredAt, lastReplyAt, lastCustomerAt, splitFrom,
                mergedInto, followUpOf, knownIssue, slaColour, tags, Map.of());
    }
    /** Waiting for a public answer: a customer spoke last (or nobody answered yet) and the ticket is active. */
    public boolean unanswered() {
        if (!status.isActive() || status.isWaitingOnCustomer()) return false;
        return lastReplyAt == null || (lastCustomerAt != null && lastCustomerAt.isAfter(lastReplyAt));
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A mutable copy used by domain operations to build the next state. */
    public static final class Builder {
        private long id;
        private String title;
        private Status status;
        private int priority;
        private Channel channel;
        private String queue;
        private String tier;
        private String team;
        private String assignee;
        private boolean sticky;
        private long requesterId;
        private Instant dueAt;
        private Instant statusUntil;
        private Instant createdAt;
        private Instant updatedAt;
        private long version;
        private Instant statusChangedAt;
        private Instant tierEnteredAt;
        private Instant lastReplyAt;
        private Instant lastCustomerAt;
        private Long splitFrom;
        private Long mergedInto;
        private Long followUpOf;
        private Long knownIssue;
        private String slaColour;
        private List<String> tags;
        private Map<String, String> fields;

        private Builder(Ticket t) {
            this.id = t.id;
            this.title = t.title;
            this.status = t.status;
            this.priority = t.priority;
            this.channel = t.channel;
            this.queue = t.queue;
            this.tier = t.tier;
            this.team = t.team;
            this.assignee = t.assignee;
            this.sticky = t.sticky;
            this.requesterId = t.requesterId;
            this.dueAt = t.dueAt;
            this.statusUntil = t.statusUntil;
            this.createdAt = t.createdAt;
            this.updatedAt = t.updatedAt;
            this.version = t.version;
            this.statusChangedAt = t.statusChangedAt;
            this.tierEnteredAt = t.tierEnteredAt;
            this.lastReplyAt = t.lastReplyAt;
            this.lastCustomerAt = t.lastCustomerAt;
            this.splitFrom = t.splitFrom;
            this.mergedInto = t.mergedInto;
            this.followUpOf = t.followUpOf;
            this.knownIssue = t.knownIssue;
            this.slaColour = t.slaColour;
            this.tags = t.tags;
            this.fields = t.fields;
        }

        public Builder id(long v) {
            this.id = v;
            return this;
        }

        public Builder title(String v) {
            this.title = v;
            return this;
        }

        /** Package-private: a status changes only through {@link Transitions#move}. */
        Builder status(Status v) {
            this.status = v;
            return this;
        }

        public Builder priority(int v) {
            this.priority = v;
            return this;
        }

        public Builder channel(Channel v) {
            this.channel = v;
            return this;
        }

        public Builder queue(String v) {
            this.queue = v;
            return this;
        }

        public Builder tier(String v) {
            this.tier = v;
            return this;
        }

        public Builder team(String v) {
            this.team = v;
            return this;
        }

        public Builder assignee(String v) {
            this.assignee = v;
            return this;
        }

        public Builder sticky(boolean v) {
            this.sticky = v;
            return this;
        }

        public Builder requesterId(long v) {
            this.requesterId = v;
            return this;
        }

        public Builder dueAt(Instant v) {
            this.dueAt = v;
            return this;
        }

        public Builder statusUntil(Instant v) {
            this.statusUntil = v;
            return this;
        }

        public Builder createdAt(Instant v) {
            this.createdAt = v;
            return this;
        }

        public Builder updatedAt(Instant v) {
            this.updatedAt = v;
            return this;
        }

        public Builder version(long v) {
            this.version = v;
            return this;
        }

        public Builder statusChangedAt(Instant v) {
            this.statusChangedAt = v;
            return this;
        }

        public Builder tierEnteredAt(Instant v) {
            this.tierEnteredAt = v;
            return this;
        }

        public Builder lastReplyAt(Instant v) {
            this.lastReplyAt = v;
            return this;
        }

        public Builder lastCustomerAt(Instant v) {
            this.lastCustomerAt = v;
            return this;
        }

        public Builder splitFrom(Long v) {
            this.splitFrom = v;
            return this;
        }

        public Builder mergedInto(Long v) {
            this.mergedInto = v;
            return this;
        }

        public Builder followUpOf(Long v) {
            this.followUpOf = v;
            return this;
        }

        public Builder knownIssue(Long v) {
            this.knownIssue = v;
            return this;
        }

        public Builder slaColour(String v) {
            this.slaColour = v;
            return this;
        }

        public Builder tags(List<String> v) {
            this.tags = v;
            return this;
        }

        public Ticket build() {
            return new Ticket(id, title, status, priority, channel, queue, tier, team, assignee, sticky, requesterId, dueAt, statusUntil, createdAt, updatedAt, version, statusChangedAt, tierEnteredAt, lastReplyAt, lastCustomerAt, splitFrom, mergedInto, followUpOf, knownIssue, slaColour, tags, fields);
        }

        public Builder fields(Map<String, String> v) {
            this.fields = v;
            return this;
        }
    }

    /** A new ticket not yet stored (id 0, version 0), in the status its birth gives it ({@link Transitions#birth}). */
    public static Ticket born(String title, Cause birth, int priority, Channel channel, String queue, String tier,
                              long requesterId, Instant now) {
        return draft(title, Transitions.birth(birth), priority, channel, queue, tier, requesterId, now);
    }

    /** A ticket not yet stored (id 0, version 0) in any status: a restored one, or a test's. */
    public static Ticket draft(String title, Status status, int priority, Channel channel, String queue, String tier,
                               long requesterId, Instant now) {
        return new Ticket(0, title, status, priority, channel, queue, tier, null, null, true, requesterId, null, null,
                now, now, 0, now, now, null, null, null, null, null, null, "none", List.of());
    }
}
