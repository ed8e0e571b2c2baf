package tix.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tix.domain.Actor;
import tix.domain.DomainException;
import tix.domain.Names;
import tix.domain.Priority;
import tix.domain.Queue;
import tix.domain.Right;
import tix.domain.Rules;
import tix.domain.Ticket;
import tix.domain.op.MoveToQueue;

/** `tix queue`: departments with their inbound addresses and policies (SPEC §1.3, §2 Queue). Admin only. */
public final class QueueService {
    /** Where `create` without --queue and mail to an address no queue claims put a ticket. */
    public static final String DEFAULT_QUEUE = Queue.DEFAULT;

    private final Session session;

    public QueueService(Session session) {
        this.session = session;
    }

    /** A queue with its inbound addresses and how many tickets (any status) it holds. */
    public record QueueInfo(Queue queue, List<String> addresses, long tickets, boolean membersOnly, List<String> members) {
    }

    /**
     * What `queue add` and `queue set` change; a null field keeps the current value (or the default on add).
     * {@code addresses} replaces the list; {@code addAddresses}/{@code removeAddresses} edit it.
     */
    public static final class Change {
        public List<String> addresses;
        public List<String> addAddresses;
        public List<String> removeAddresses;
        public String from;
        public Priority priority;
        public String tier;
        public String calendar;
        public Boolean priorityGrowth;
        public Boolean priorityGrowthNew;
        public Integer autoCloseDays;
        public String followUp;
        public Boolean autoResponse;
        /** Only members (and roles with queue.all) see the queue's tickets; null: unchanged. */
        public Boolean membersOnly;
    }

    public QueueInfo add(String name, Change c) {
        String n = Names.queue(name);
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            if (tx.queues().queue(n).isPresent()) {
                throw DomainException.conflict("queue '" + n + "' exists", "use 'tix queue set " + n + "'");
            }
            Queue base = new Queue(n, null, Priority.MEDIUM, tx.tiers().tiers().get(0), "default", true, 4, "new", true);
            List<String> addresses = addresses(tx, n, List.of(), c);
            tx.queues().saveQueue(apply(tx, base, List.of(), addresses, c), true);
            tx.queues().setQueueAddresses(n, addresses);
            if (c.membersOnly != null) tx.roles().setMembersOnly(n, c.membersOnly);
            return info(tx, n);
        });
    }

    public QueueInfo set(String name, Change c) {
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            Queue current = Lookups.queue(tx, name);
            List<String> before = tx.queues().queueAddresses(current.name());
            List<String> after = addresses(tx, current.name(), before, c);
            Queue q = apply(tx, current, before, after, c);
            tx.queues().saveQueue(q, false);
            tx.queues().setQueueAddresses(current.name(), after);
            if (c.membersOnly != null) tx.roles().setMembersOnly(current.name(), c.membersOnly);
            // calendar, auto-close and priority growth move the queue's timers: the next sweep reconsiders them
            tx.time().reconsiderQueue(session.now(), current.name());
            return info(tx, current.name());
        });
    }

    public QueueInfo show(String name) {
        return session.store().read(tx -> info(tx, Lookups.queue(tx, name).name()));
    }

    public List<QueueInfo> list() {
        return session.store().read(tx -> {
            Map<String, Long> counts = tx.tickets().countBy("queue");
            List<QueueInfo> out = new ArrayList<>();
            for (Queue q : tx.queues().queues()) {
                out.add(new QueueInfo(q, tx.queues().queueAddresses(q.name()), counts.getOrDefault(q.name(), 0L),
                        tx.roles().membersOnlyQueues().contains(q.name()), tx.roles().queueMembers(q.name())));
            }
            return out;
        });
    }

    /** What `queue remove` did: the queue, where its tickets went, how many moved or were deleted. */
    public record Removal(String queue, String movedTo, List<Long> moved, List<Long> deleted) {
    }

    /** What becomes of a removed queue's tickets: moved to {@code moveTo}, or deleted. */
    public record Removing(String moveTo, boolean deleteTickets) {
    }

    /**
     * Deletes a queue. Its tickets move to {@code moveTo} (each move is an `edited queue` event) or, with
     * {@code deleteTickets}, are deleted for ever. The last queue is never deleted.
     */
    public Removal remove(String name, Removing r) {
        String moveTo = r.moveTo();
        boolean deleteTickets = r.deleteTickets();
        if (moveTo != null && deleteTickets) {
            throw DomainException.usage("--move-to and --delete-tickets exclude each other", "give one");
        }
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Rules.require(actor, Right.DESK_CONFIGURE);
            Queue q = Lookups.queue(tx, name);
            if (tx.queues().queues().size() <= 1) {
                throw DomainException.conflict("'" + q.name() + "' is the last queue", "a desk needs one; add another first");
            }
            if (q.name().equals(DEFAULT_QUEUE)) {
                // create without --queue and mail to an address no queue claims land there
                throw DomainException.conflict("'" + DEFAULT_QUEUE + "' is the default queue",
                        "new tickets without --queue and mail to unclaimed addresses go there; keep it");
            }
            Queue target = moveTo == null ? null : Lookups.queue(tx, moveTo);
            if (target != null && target.name().equals(q.name())) {
                throw DomainException.usage("cannot move the tickets of '" + q.name() + "' into itself", "name another queue");
            }
            List<Long> ids = tx.tickets().idsWhere("queue", q.name());
            if (!ids.isEmpty() && target == null && !deleteTickets) {
                throw DomainException.conflict("queue '" + q.name() + "' holds " + ids.size() + " ticket(s)",
                        "--move-to QUEUE, or --delete-tickets to delete them for ever");
            }
            List<Long> moved = new ArrayList<>();
            List<Long> deleted = new ArrayList<>();
            Instant now = session.now();
            TicketWriter writer = new TicketWriter(tx);
            for (long id : ids) {
                Ticket t = tx.tickets().find(id).orElseThrow();
                if (target != null) {
                    writer.save(t, new MoveToQueue(target.name()).apply(t, now), actor.login(), now);
                    moved.add(id);
                } else {
                    tx.tickets().delete(id);
                    deleted.add(id);
                }
            }
            tx.queues().deleteQueue(q.name());
            return new Removal(q.name(), target == null ? null : target.name(), moved, deleted);
        });
    }

    private QueueInfo info(Tx tx, String name) {
        Queue q = Lookups.queue(tx, name);
        return new QueueInfo(q, tx.queues().queueAddresses(name), tx.tickets().countBy("queue").getOrDefault(name, 0L),
                tx.roles().membersOnlyQueues().contains(name), tx.roles().queueMembers(name));
    }

    /** The new address list: replaced, then added to, then removed from; each address claimed by one queue only. */
    private static List<String> addresses(Tx tx, String queue, List<String> current, Change c) {
        Set<String> out = new LinkedHashSet<>(c.addresses != null ? List.of() : current);
        if (c.addresses != null) for (String a : c.addresses) out.add(Names.address(a));
        if (c.addAddresses != null) for (String a : c.addAddresses) out.add(Names.address(a));
        if (c.removeAddresses != null) {
            for (String a : c.removeAddresses) {
                String addr = Names.address(a);
                if (!out.removeIf(x -> x.equalsIgnoreCase(addr))) {
                    throw DomainException.notFound("'" + addr + "' is not an address of queue '" + queue + "'",
                            "see 'tix queue show " + queue + "'");
                }
            }
        }
        List<String> list = new ArrayList<>();
        for (String a : out) {
            if (list.stream().anyMatch(x -> x.equalsIgnoreCase(a))) continue;
            String owner = tx.queues().queueOfAddress(a).orElse(null);
            if (owner != null && !owner.equals(queue)) {
                throw DomainException.conflict("address " + a + " belongs to queue '" + owner + "'",
                        "remove it there first: tix queue set " + owner + " --remove-address " + a);
            }
            list.add(a);
        }
        return list;
    }

    /** The queue with the change applied, every value checked against the desk. */
    private static Queue apply(Tx tx, Queue q, List<String> before, List<String> addresses, Change c) {
        int priority = c.priority == null ? q.defaultPriority() : c.priority.value();
        String tier = c.tier == null ? q.defaultTier() : Lookups.tier(tx, c.tier);
        String calendar = q.calendar();
        if (c.calendar != null) {
            if (!tx.queues().calendarExists(c.calendar)) {
                throw DomainException.notFound("calendar '" + c.calendar + "' not found", "see 'tix calendar list'");
            }
            calendar = c.calendar;
        }
        String from = q.address();
        if (c.from != null) {
            from = c.from.isBlank() || c.from.equalsIgnoreCase("none") ? null : Names.address(c.from);
        } else {
            // the From follows the address list (its first one) unless it was set on its own with --from
            String f = from;
            boolean own = f != null && before.stream().noneMatch(f::equalsIgnoreCase);
            boolean listed = f != null && addresses.stream().anyMatch(f::equalsIgnoreCase);
            if (!own && !listed) from = addresses.isEmpty() ? null : addresses.get(0);
        }
        boolean growth = c.priorityGrowth == null ? q.priorityGrowth() : c.priorityGrowth;
        int autoClose = c.autoCloseDays == null ? q.autoCloseDays() : Names.autoCloseDays(c.autoCloseDays);
        String followUp = c.followUp == null ? q.followUp() : Names.followUp(c.followUp);
        boolean autoResponse = c.autoResponse == null ? q.autoResponse() : c.autoResponse;
        boolean growNew = c.priorityGrowthNew == null ? q.priorityGrowthNew() : c.priorityGrowthNew;
        return new Queue(q.name(), from, priority, tier, calendar, growth, autoClose, followUp, autoResponse, growNew);
    }
}
