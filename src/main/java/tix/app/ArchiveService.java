package tix.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tix.domain.Account;
import tix.domain.Agent;
import tix.domain.Contact;
import tix.domain.DomainException;
import tix.domain.Event;
import tix.domain.Message;
import tix.domain.Names;
import tix.domain.Queue;
import tix.domain.Role;
import tix.domain.Right;
import tix.domain.Rules;
import tix.domain.Ticket;

/**
 * `tix export` and `tix import`: tickets with their messages and history, out and back in without loss. Both stream:
 * one ticket is in memory at a time, whatever the size of the desk or the file.
 */
public final class ArchiveService {
    /** Requesters remembered during an import, so a requester with many tickets is looked up once. */
    private static final int CONTACTS_KEPT = 50_000;
    /** SQLite's page cache during an import, kept small: an import's memory must not grow with the file. */
    private static final int IMPORT_CACHE_MIB = 16;
    /** Tickets an export reads the messages and events of in one go (their bodies are in memory meanwhile). */
    private static final int EXPORT_CHUNK = 256;

    private final Session session;

    public ArchiveService(Session session) {
        this.session = session;
    }

    /**
     * Hands {@code sink} the tickets of {@code filter} (every status when it names none) one at a time, each with
     * requester, messages and events, from one consistent snapshot; returns how many. {@code customer}: a
     * customer-facing export: only customer messages and public replies, no history.
     */
    public long export(TicketFilter filter, boolean customer, Consumer<TicketArchive.Record> sink) {
        TicketQueries.validate(filter);
        return session.store().read(tx -> {
            long[] n = {0};
            tix.domain.Actor viewer = session.viewer(tx);
            try (Behind<TicketArchive.Record> writer = new Behind<>(sink, 256, "tix-export-writer")) {
                // tickets a chunk at a time: each chunk's messages and events are two set-based queries, not two a ticket
                List<Ticket> chunk = new java.util.ArrayList<>(EXPORT_CHUNK);
                Runnable flush = () -> {
                    if (chunk.isEmpty()) return;
                    List<Long> ids = new java.util.ArrayList<>(chunk.size());
                    for (Ticket t : chunk) ids.add(t.id());
                    Archive.Extras extras = tx.archive().extras(ids, !customer);
                    Map<Long, Contact> contacts = new java.util.HashMap<>();
                    for (Ticket t : chunk) {
                        Contact c = contacts.computeIfAbsent(t.requesterId(), k -> tx.contacts().contact(k).orElseThrow());
                        List<Message> messages = extras.messages().get(t.id());
                        if (customer) messages = messages.stream().filter(m -> m.kind().isPublic()).toList();
                        List<Event> events = customer ? List.of() : extras.events().get(t.id());
                        // side conversations are internal: never in a customer-facing export
                        List<Conversations.Side> sides = customer || !extras.withSides().contains(t.id()) ? List.of()
                                : tx.conversations().sides(t.id());
                        writer.accept(new TicketArchive.Record(0, t, c, messages, events,
                                extras.toAddresses().get(t.id()), sides));
                        n[0]++;
                    }
                    chunk.clear();
                };
                tx.archive().forEachTicket(TicketQueries.tagKeys(tx, TicketQueries.withFields(tx, filter)), t -> {
                    if (!viewer.sees(t.queue())) return; // members-only queues the exporter is not in
                    chunk.add(t);
                    if (chunk.size() == EXPORT_CHUNK) flush.run();
                });
                flush.run();
                writer.finish();
            }
            return n[0];
        });
    }

    /**
     * What an import wrote, and what reference data it had to create for the tickets to fit: {@code created} names
     * each ("queue billing"), {@link #createdCounts} counts them by kind.
     */
    public record Restored(long tickets, long messages, long events, List<String> created, int droppedLinks) {
        /** "account" -> 200, "agent" -> 4, in the order first created. */
        public Map<String, Integer> createdCounts() {
            Map<String, Integer> m = new LinkedHashMap<>();
            for (String c : created) m.merge(c.substring(0, c.indexOf(' ')), 1, Integer::sum);
            return m;
        }
    }

    /**
     * Writes the records back in one transaction, each ticket with its own id, version, times, messages and history
     * (admin only), reading them one at a time. All or nothing: a bad row (exit 7), an id the database has already
     * (exit 4) or the same id twice in the file (exit 7) rolls everything back, as does a killed process. Missing
     * queues, tiers, teams, agents and accounts are created with defaults and listed in the result. A link
     * (split_from, merged_into, follow_up_of) to a ticket neither in the file nor in the database is dropped and
     * counted.
     */
    public Restored restore(TicketArchive.Source source, Runnable tick) {
        try {
            return session.store().write(tx -> load(tx, source, tick));
        } catch (TakenAt e) {
            throw taken(source, e);
        }
    }

    private Restored load(Tx tx, TicketArchive.Source source, Runnable tick) {
        Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
        References refs = new References(tx, source.name());
        BulkSchedule schedule = new BulkSchedule(tx);
        Requesters requesters = new Requesters(tx);
        long tickets = 0;
        long messages = 0;
        long events = 0;
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        try (TicketArchive.Cursor cursor = source.open(); Ahead<TicketArchive.Record> rows = new Ahead<>(cursor, 256, "tix-import-reader");
             Archive.Loader load = tx.archive().load(IMPORT_CACHE_MIB)) {
            long row = 0;
            try {
                while (rows.hasNext()) {
                    TicketArchive.Record r = rows.next();
                    row = r.row();
                    load.at(row);
                    if (refs.create(r)) schedule.refresh(tx);
                    Contact c = requesters.of(r.requester(), refs);
                    Ticket t = r.ticket().toBuilder().requesterId(c.id()).fields(refs.fields(r)).build();
                    List<Event> history = r.events();
                    for (Event e : history) {
                        if (e.ticketId() == t.id()) continue;
                        history = new ArrayList<>(history.size()); // a record read with other ticket ids: this ticket's
                        for (Event x : r.events()) {
                            history.add(new Event(x.id(), t.id(), x.at(), x.actor(), x.action(), x.field(), x.oldValue(), x.newValue()));
                        }
                        break;
                    }
                    // restored rows bypass Tickets.insert: schedule their time rules here (SPEC §3 sweep)
                    Account account = c.account() == null ? null : refs.account(c.account());
                    BulkSchedule.Result s = schedule.of(t, schedule.sla(t, account, history, t.updatedAt()), history, null, null,
                            t.updatedAt());
                    load.ticket(s.ticket(), s.schedule());
                    for (Message m : r.messages()) load.message(m.ticketId() == t.id() ? m : m.withTicket(t.id()));
                    if (r.toAddress() != null || !r.sides().isEmpty()) {
                        // once the ticket and its messages are written (a batch later on PostgreSQL)
                        long ticketId = t.id();
                        long fileRow = row;
                        load.after(() -> restoreConversations(tx, ticketId, r, fileRow));
                    }
                    for (Event e : history) load.event(e);
                    load.searchRow(t.id(), t.title(), bodies(r.messages()));
                    tickets++;
                    messages += r.messages().size();
                    events += history.size();
                    low = Math.min(low, t.id());
                    high = Math.max(high, t.id());
                    if (tick != null) tick.run();
                }
                int dropped = tickets == 0 ? 0 : load.dropDanglingLinks(low, high);
                load.finish();
                return new Restored(tickets, messages, events, refs.created, dropped);
            } catch (Archive.Taken e) {
                // a loader that writes in batches finds a taken id after its row: it names the row itself
                throw new TakenAt(e, e.row() > 0 ? e.row() : row);
            }
        }
    }

    /**
     * The desk address the customer wrote to and the side conversations with their messages, as exported; a taken
     * side id or reference names the file's row it came from.
     */
    private static void restoreConversations(Tx tx, long ticket, TicketArchive.Record r, long fileRow) {
        if (r.toAddress() != null) tx.conversations().setToAddress(ticket, r.toAddress());
        try {
            for (Conversations.Side side : r.sides()) {
                tx.conversations().restoreSide(new Conversations.Side(side.id(), ticket, side.partner(), side.cc(),
                        side.subject(), side.reference(), side.partnerTicket(), side.createdBy(), side.createdAt(),
                        side.updatedAt()));
            }
        } catch (Archive.Taken e) {
            throw new Archive.Taken(e.what(), e.id(), fileRow);
        }
        for (Message m : r.messages()) {
            if (m.sideId() != null) tx.conversations().restoreSideMessage(m.sideId(), m.id());
        }
    }

    /** The search row's body: every message body, in message id order, one per line (as the triggers write it). */
    static String bodies(List<Message> messages) {
        if (messages.isEmpty()) return "";
        List<Message> byId = messages;
        for (int i = 1; i < messages.size(); i++) {
            if (messages.get(i).id() < messages.get(i - 1).id()) {
                byId = new ArrayList<>(messages);
                byId.sort(Comparator.comparingLong(Message::id));
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Message m : byId) {
            if (sb.length() > 0 || m != byId.get(0)) sb.append('\n');
            sb.append(m.body());
        }
        return sb.toString();
    }

    /** An id of the file was taken while loading row {@code row}; thrown out of the transaction so it rolls back. */
    private static final class TakenAt extends RuntimeException {
        final Archive.Taken taken;
        final long row;

        TakenAt(Archive.Taken taken, long row) {
            super(taken.getMessage(), null, false, false);
            this.taken = taken;
            this.row = row;
        }
    }

    /** After the rollback: was the id in the database before (exit 4), or twice in the file (exit 7)? */
    private DomainException taken(TicketArchive.Source source, TakenAt e) {
        Archive.Taken t = e.taken;
        String what = t.what().equals("ticket") ? "ticket #" + t.id() : t.what() + " " + t.id();
        boolean before = session.store().read(tx -> switch (t.what()) {
            case "ticket" -> !tx.archive().takenTicketIds(List.of(Long.parseLong(t.id()))).isEmpty();
            case "message" -> !tx.archive().takenMessageIds(List.of(Long.parseLong(t.id()))).isEmpty();
            case "event" -> !tx.archive().takenEventIds(List.of(Long.parseLong(t.id()))).isEmpty();
            case "side conversation" -> tx.conversations().side(Long.parseLong(t.id())).isPresent();
            case "side reference" -> tx.conversations().sideForIds(List.of(t.id())).isPresent();
            default -> !tx.archive().takenMailIds(List.of(t.id())).isEmpty();
        });
        if (before) {
            return DomainException.conflict(what + " of " + source.name() + " (row " + e.row + ") exists already",
                    "import into a new database, or export without those tickets");
        }
        long first = source.rereadable() ? firstRowWith(source, t) : 0;
        String where = source.name() + " row " + e.row + ": ";
        return DomainException.invalidData(where + what + (first > 0 && first < e.row ? " is also on row " + first
                : " is in the file twice"), "ids are unique");
    }

    private static long firstRowWith(TicketArchive.Source source, Archive.Taken t) {
        try (TicketArchive.Cursor rows = source.open()) {
            while (rows.hasNext()) {
                TicketArchive.Record r = rows.next();
                if (holds(r, t)) return r.row();
            }
        } catch (DomainException ignored) {
            // the file changed under us: the message names one row only
        }
        return 0;
    }

    private static boolean holds(TicketArchive.Record r, Archive.Taken t) {
        switch (t.what()) {
            case "ticket":
                return String.valueOf(r.ticket().id()).equals(t.id());
            case "message":
                return r.messages().stream().anyMatch(m -> String.valueOf(m.id()).equals(t.id()));
            case "event":
                return r.events().stream().anyMatch(ev -> String.valueOf(ev.id()).equals(t.id()));
            case "side conversation":
                return r.sides().stream().anyMatch(sd -> String.valueOf(sd.id()).equals(t.id()));
            case "side reference":
                return r.sides().stream().anyMatch(sd -> sd.reference().equals(t.id()));
            default:
                return r.messages().stream().anyMatch(m -> t.id().equals(m.messageId()));
        }
    }

    /** Requesters: found or created once, their name, account and bounce state kept as the file says. */
    private static final class Requesters {
        private final Tx tx;
        private final Map<String, Contact> kept = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Contact> eldest) {
                return size() > CONTACTS_KEPT;
            }
        };

        Requesters(Tx tx) {
            this.tx = tx;
        }

        Contact of(Contact req, References refs) {
            String key = asciiLower(req.email());
            Contact c = kept.get(key);
            if (c != null && (req.name() == null || req.name().equals(c.name()))
                    && (!req.undeliverable() || c.undeliverable())
                    && (req.account() == null || req.account().equals(c.account()))) {
                return c;
            }
            c = tx.contacts().contact(req.email(), req.name());
            boolean undeliverable = c.undeliverable();
            // a bounced address stays held: mail to it waits in the outbox instead of bouncing again
            if (req.undeliverable() && !c.undeliverable()) {
                tx.mail().markUndeliverable(c.email());
                undeliverable = true;
            }
            String account = c.account();
            if (req.account() != null && !req.account().equals(account)) {
                tx.contacts().setContactAccount(c.id(), refs.account(req.account()).id());
                account = req.account();
            }
            c = new Contact(c.id(), c.email(), c.name(), account, undeliverable);
            kept.put(key, c);
            return c;
        }

        /** SQLite's NOCASE folds ASCII letters only. */
        private static String asciiLower(String s) {
            StringBuilder sb = null;
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch >= 'A' && ch <= 'Z') {
                    if (sb == null) sb = new StringBuilder(s);
                    sb.setCharAt(i, (char) (ch + 32));
                }
            }
            return sb == null ? s : sb.toString();
        }
    }

    /** Creates the queues, tiers, teams, agents and accounts the tickets name and the desk lacks. */
    private final class References {
        private final Tx tx;
        private final String source;
        private final Set<String> seen = new HashSet<>();
        private final Map<String, Account> accounts = new HashMap<>();
        final List<String> created = new ArrayList<>();

        References(Tx tx, String source) {
            this.tx = tx;
            this.source = source;
        }

        /** Creates what {@code r} names and the desk lacks; true when a tier or queue was created. */
        boolean create(TicketArchive.Record r) {
            Ticket t = r.ticket();
            String where = source + " row " + r.row() + ": ";
            boolean timing = false;
            if (seen.add("tier:" + t.tier()) && !tx.tiers().tiers().contains(t.tier())) {
                tx.tiers().insertTier(name(where, "tier", t.tier()), null, null);
                created.add("tier " + t.tier());
                timing = true;
            }
            if (seen.add("queue:" + t.queue()) && tx.queues().queue(t.queue()).isEmpty()) {
                tx.queues().saveQueue(new Queue(name(where, "queue", t.queue()), null, 50, tx.tiers().tiers().get(0), "default", true, 4,
                        "new", true), true);
                created.add("queue " + t.queue());
                timing = true;
            }
            if (t.team() != null && seen.add("team:" + t.team()) && !tx.teams().teamExists(t.team())) {
                tx.teams().addTeam(name(where, "team", t.team()));
                created.add("team " + t.team());
            }
            if (t.assignee() != null && seen.add("agent:" + t.assignee()) && tx.agents().agent(t.assignee()).isEmpty()) {
                if (!t.assignee().matches("[A-Za-z0-9._@-]{1,64}")) {
                    throw DomainException.invalidData(where + "bad assignee login '" + t.assignee() + "'", "letters, digits, . _ @ -");
                }
                tx.agents().saveAgent(new Agent(t.assignee(), null, null, null, Role.AGENT, List.of(), session.now()), true);
                created.add("agent " + t.assignee());
            }
            String account = r.requester().account();
            if (account != null && seen.add("account:" + account) && tx.accounts().account(account).isEmpty()) {
                tx.accounts().saveAccount(account, null, null);
                created.add("account " + account);
            }
            return timing;
        }

        Account account(String name) {
            return accounts.computeIfAbsent(name, n -> tx.accounts().account(n).orElseThrow());
        }

        private final Map<String, tix.domain.CustomField> fields = new HashMap<>();

        /**
         * The record's custom field values in their stored form. A field the desk lacks is created as a text field
         * (and listed); a value of the wrong type for the desk's field is invalid data (exit 7).
         */
        Map<String, String> fields(TicketArchive.Record r) {
            if (r.ticket().fields().isEmpty()) return Map.of();
            String where = source + " row " + r.row() + ": ";
            Map<String, String> out = new java.util.TreeMap<>();
            for (var e : r.ticket().fields().entrySet()) {
                tix.domain.CustomField f = fields.computeIfAbsent(e.getKey(), n -> tx.fields().field(n).orElse(null));
                try {
                    if (f == null) {
                        f = new tix.domain.CustomField(e.getKey(), tix.domain.CustomField.Type.TEXT, List.of());
                        tx.fields().addField(f);
                        fields.put(f.name(), f);
                        created.add("field " + f.name());
                    }
                    out.put(f.name(), f.canonical(e.getValue()));
                } catch (DomainException ex) {
                    if (ex.reason() != DomainException.Reason.USAGE) throw ex;
                    throw DomainException.invalidData(where + ex.getMessage(), ex.hint());
                }
            }
            return out;
        }
    }

    private static String name(String where, String what, String name) {
        try {
            return Names.check(what, name);
        } catch (DomainException e) {
            throw DomainException.invalidData(where + e.getMessage(), e.hint());
        }
    }
}
