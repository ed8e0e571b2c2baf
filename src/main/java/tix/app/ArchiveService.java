package tix.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tix.domain.Agent;
import tix.domain.Contact;
import tix.domain.DomainException;
import tix.domain.Event;
import tix.domain.Message;
import tix.domain.Names;
import tix.domain.Queue;
import tix.domain.Role;
import tix.domain.Rules;
import tix.domain.Ticket;

/** `tix export` and `tix import`: tickets with their messages and history, out and back in without loss. */
public final class ArchiveService {
    private final Session session;

    public ArchiveService(Session session) {
        this.session = session;
    }

    /**
     * The tickets of {@code filter} (every status when it names none), each with requester, messages and events.
     * {@code customer}: a customer-facing export: only customer messages and public replies, no history.
     */
    public List<TicketArchive.Record> export(TicketFilter filter, boolean customer) {
        TicketQueries.validate(filter);
        return session.store().read(tx -> {
            List<TicketArchive.Record> out = new ArrayList<>();
            Map<Long, Contact> contacts = new HashMap<>();
            for (Ticket t : tx.tickets().list(filter)) {
                Contact c = contacts.computeIfAbsent(t.requesterId(), k -> tx.directory().contact(k).orElseThrow());
                List<Message> messages = tx.messages().forTicket(t.id());
                if (customer) messages = messages.stream().filter(m -> m.kind().isPublic()).toList();
                List<Event> events = customer ? List.of() : tx.events().forTicket(t.id());
                out.add(new TicketArchive.Record(0, t, c, messages, events));
            }
            return out;
        });
    }

    /** What an import wrote, and what reference data it had to create for the tickets to fit. */
    public record Restored(int tickets, int messages, int events, List<String> created, int droppedLinks) {
    }

    /**
     * Writes the records back in one transaction, each ticket with its own id, version, times, messages and history
     * (admin only). Ids already in the database refuse the whole file (exit 4); so do duplicates inside it (exit 7).
     * Missing queues, tiers, teams, agents and accounts are created with defaults and listed in the result. A link
     * (split_from, merged_into, follow_up_of) to a ticket neither in the file nor in the database is dropped and
     * counted.
     */
    public Restored restore(String source, List<TicketArchive.Record> records, Runnable tick) {
        checkDuplicates(source, records);
        return session.store().write(tx -> {
            Rules.requireAdmin(session.actor(tx), "importing tickets");
            checkTaken(tx, records);
            List<String> created = createReferences(tx, source, records);
            Directory d = tx.directory();
            int messages = 0;
            int events = 0;
            for (TicketArchive.Record r : records) {
                Contact req = r.requester();
                Contact c = d.contact(req.email(), req.name());
                // a bounced address stays held: mail to it waits in the outbox instead of bouncing again
                if (req.undeliverable() && !c.undeliverable()) tx.mail().markUndeliverable(c.email());
                if (req.account() != null) d.setContactAccount(c.id(), d.account(req.account()).orElseThrow().id());
                Ticket t = r.ticket().toBuilder().requesterId(c.id()).build();
                tx.archive().restoreTicket(t);
                for (Message m : r.messages()) tx.archive().restoreMessage(m.withTicket(t.id()));
                for (Event e : r.events()) {
                    tx.archive().restoreEvent(new Event(e.id(), t.id(), e.at(), e.actor(), e.action(), e.field(),
                            e.oldValue(), e.newValue()));
                }
                messages += r.messages().size();
                events += r.events().size();
                if (tick != null) tick.run();
            }
            int dropped = 0;
            for (TicketArchive.Record r : records) {
                Ticket t = r.ticket();
                Long split = keep(tx, t.splitFrom());
                Long merged = keep(tx, t.mergedInto());
                Long follow = keep(tx, t.followUpOf());
                dropped += lost(t.splitFrom(), split) + lost(t.mergedInto(), merged) + lost(t.followUpOf(), follow);
                tx.archive().restoreLinks(t.id(), split, merged, follow);
                // restored rows bypass Tickets.insert: schedule their time rules here (SPEC §3 sweep)
                Timekeeper.reschedule(tx, tx.tickets().find(t.id()).orElseThrow());
            }
            return new Restored(records.size(), messages, events, created, dropped);
        });
    }

    private static Long keep(Tx tx, Long link) {
        if (link == null) return null;
        return tx.tickets().find(link).isPresent() ? link : null;
    }

    private static int lost(Long before, Long after) {
        return before != null && after == null ? 1 : 0;
    }

    private static void checkDuplicates(String source, List<TicketArchive.Record> records) {
        Map<Long, Long> tickets = new HashMap<>();
        Map<Long, Long> messages = new HashMap<>();
        Map<Long, Long> events = new HashMap<>();
        Map<String, Long> mailIds = new HashMap<>();
        for (TicketArchive.Record r : records) {
            String where = source + " row " + r.row() + ": ";
            Long other = tickets.put(r.ticket().id(), r.row());
            if (other != null) throw DomainException.invalidData(where + "ticket #" + r.ticket().id() + " is also on row " + other, "one row per ticket");
            for (Message m : r.messages()) {
                if ((other = messages.put(m.id(), r.row())) != null) {
                    throw DomainException.invalidData(where + "message " + m.id() + " is also on row " + other, "message ids are unique");
                }
                if (m.messageId() != null && (other = mailIds.put(m.messageId(), r.row())) != null) {
                    throw DomainException.invalidData(where + "Message-ID " + m.messageId() + " is also on row " + other, "Message-IDs are unique");
                }
            }
            for (Event e : r.events()) {
                if ((other = events.put(e.id(), r.row())) != null) {
                    throw DomainException.invalidData(where + "event " + e.id() + " is also on row " + other, "event ids are unique");
                }
            }
        }
    }

    private static void checkTaken(Tx tx, List<TicketArchive.Record> records) {
        Set<Long> tickets = new LinkedHashSet<>();
        Set<Long> messages = new LinkedHashSet<>();
        Set<Long> events = new LinkedHashSet<>();
        Set<String> mailIds = new LinkedHashSet<>();
        for (TicketArchive.Record r : records) {
            tickets.add(r.ticket().id());
            for (Message m : r.messages()) {
                messages.add(m.id());
                if (m.messageId() != null) mailIds.add(m.messageId());
            }
            for (Event e : r.events()) events.add(e.id());
        }
        String hint = "import into a new database, or export without those tickets";
        List<Long> taken = tx.archive().takenTicketIds(tickets);
        if (!taken.isEmpty()) {
            throw DomainException.conflict(taken.size() + " ticket id(s) of the file exist already (#" + taken.get(0) + " ...)", hint);
        }
        taken = tx.archive().takenMessageIds(messages);
        if (!taken.isEmpty()) {
            throw DomainException.conflict(taken.size() + " message id(s) of the file exist already (" + taken.get(0) + " ...)", hint);
        }
        taken = tx.archive().takenEventIds(events);
        if (!taken.isEmpty()) {
            throw DomainException.conflict(taken.size() + " event id(s) of the file exist already (" + taken.get(0) + " ...)", hint);
        }
        List<String> mail = tx.archive().takenMailIds(mailIds);
        if (!mail.isEmpty()) {
            throw DomainException.conflict(mail.size() + " Message-ID(s) of the file are stored already (" + mail.get(0) + " ...)", hint);
        }
    }

    /** Creates the queues, tiers, teams, agents and accounts the tickets name and the desk lacks. */
    private List<String> createReferences(Tx tx, String source, List<TicketArchive.Record> records) {
        Directory d = tx.directory();
        List<String> created = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TicketArchive.Record r : records) {
            Ticket t = r.ticket();
            String where = source + " row " + r.row() + ": ";
            if (seen.add("tier:" + t.tier()) && !d.tiers().contains(t.tier())) {
                d.insertTier(name(where, "tier", t.tier()), null, null);
                created.add("tier " + t.tier());
            }
            if (seen.add("queue:" + t.queue()) && d.queue(t.queue()).isEmpty()) {
                d.saveQueue(new Queue(name(where, "queue", t.queue()), null, 50, d.tiers().get(0), "default", true, 4,
                        "new", true), true);
                created.add("queue " + t.queue());
            }
            if (t.team() != null && seen.add("team:" + t.team()) && !d.teamExists(t.team())) {
                d.addTeam(name(where, "team", t.team()));
                created.add("team " + t.team());
            }
            if (t.assignee() != null && seen.add("agent:" + t.assignee()) && d.agent(t.assignee()).isEmpty()) {
                if (!t.assignee().matches("[A-Za-z0-9._@-]{1,64}")) {
                    throw DomainException.invalidData(where + "bad assignee login '" + t.assignee() + "'", "letters, digits, . _ @ -");
                }
                d.saveAgent(new Agent(t.assignee(), null, null, null, Role.AGENT, List.of(), session.now()), true);
                created.add("agent " + t.assignee());
            }
            String account = r.requester().account();
            if (account != null && seen.add("account:" + account) && d.account(account).isEmpty()) {
                d.saveAccount(account, null, null);
                created.add("account " + account);
            }
        }
        return created;
    }

    private static String name(String where, String what, String name) {
        try {
            return Names.check(what, name);
        } catch (DomainException e) {
            throw DomainException.invalidData(where + e.getMessage(), e.hint());
        }
    }
}
