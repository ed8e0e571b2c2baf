package tix.app;

import java.util.ArrayList;
import java.util.List;
import tix.domain.Actor;
import tix.domain.Contact;
import tix.domain.DomainException;
import tix.domain.Event;
import tix.domain.Priority;
import tix.domain.Right;
import tix.domain.Rules;
import tix.domain.Tags;
import tix.domain.Ticket;

/** Read-only questions: show, list, search, history. Each runs in one read transaction. */
public final class TicketQueries {
    /** How many of the requester's other tickets `show` lists. */
    public static final int OTHER_TICKETS = 5;

    private final Session session;

    public TicketQueries(Session session) {
        this.session = session;
    }

    /** The ticket (following merges when {@code followMerge}), its requester, messages and other tickets. */
    public TicketDetail show(long id, boolean followMerge) {
        checkId(id);
        return session.store().read(tx -> {
            Ticket t = tx.tickets().find(id).orElseThrow(() -> DomainException.ticketNotFound(id));
            if (followMerge) t = Lookups.redirect(tx, t);
            Rules.requireVisible(session.viewer(tx), t);
            return SlaService.attach(tx.timekeeper(), detail(tx, t, true), session.now());
        });
    }

    /** What `show` prints, read in one transaction: the ticket's detail, and (when asked) its attachments and related docs. */
    public record Page(TicketDetail detail, List<AttachmentService.Item> attachments, List<tix.domain.Doc> related,
                       String notificationsPending) {
    }

    /**
     * {@link #show} with the ticket's attachments and the docs its title suggests ({@code extras}), and what the
     * notification step after the command reads first ({@link NotificationService#pending}), in the one read
     * transaction: one snapshot and, on PostgreSQL, one COMMIT rather than four.
     */
    public Page showPage(long id, boolean extras) {
        checkId(id);
        AttachmentService attachments = new AttachmentService(session);
        return session.store().read(tx -> {
            Ticket t = tx.tickets().find(id).orElseThrow(() -> DomainException.ticketNotFound(id));
            t = Lookups.redirect(tx, t);
            Rules.requireVisible(session.viewer(tx), t);
            TicketDetail d = SlaService.attach(tx.timekeeper(), detail(tx, t, true), session.now());
            String pending = NotificationService.pending(tx);
            if (!extras) return new Page(d, List.of(), List.of(), pending);
            return new Page(d, attachments.items(tx, d.ticket().id()), DocService.related(tx, d.ticket().title()), pending);
        });
    }

    /** The same view as `show`, for printing a ticket after a mutation. */
    public TicketDetail detail(long id) {
        return session.store().read(tx -> SlaService.attach(tx.timekeeper(), detail(tx, tx.tickets().find(id)
                .orElseThrow(() -> DomainException.ticketNotFound(id)), true), session.now()));
    }

    static TicketDetail detail(Tx tx, Ticket t, boolean full) {
        Contact requester = tx.contacts().contact(t.requesterId()).orElseThrow();
        return new TicketDetail(t, requester, full ? tx.messages().forTicket(t.id()) : List.of(),
                full ? tx.tickets().byRequester(t.requesterId(), t.id(), OTHER_TICKETS) : List.of(), null,
                full ? tx.watchers().watchers(t.id()) : null,
                full ? tx.conversations().toAddress(t.id()).orElse(null) : null);
    }

    /** Tickets of a filter, each with its requester and its SLA computed now (messages are not loaded). */
    public List<TicketDetail> list(TicketFilter filter) {
        return list(filter, true);
    }

    /**
     * As {@link #list(TicketFilter)}; without {@code clocks} the rows carry no computed SLA (null: views show the
     * stored colour), for output that never reads it (the text table, --format, CSV), which saves a clock a row.
     */
    public List<TicketDetail> list(TicketFilter filter, boolean clocks) {
        validate(filter);
        return session.store().read(tx -> {
            checkNames(tx, filter);
            TicketFilter wanted = tagKeys(tx, withFields(tx, filter));
            Actor actor = session.viewer(tx);
            java.time.Instant now = clocks ? session.now() : null;
            if (actor.hiddenQueues().isEmpty()) return withRequesters(tx, tx.tickets().list(wanted), now);
            if (wanted.queue() != null && !actor.sees(wanted.queue())) {
                throw Rules.lack(actor, Right.QUEUE_ALL, "list members-only queue " + wanted.queue());
            }
            // members-only queues the actor is not in: left out, and the limit counts what is shown
            TicketFilter all = wanted.withLimit(null);
            return withRequesters(tx, visible(actor, tx.tickets().list(all), wanted.limit()), now);
        });
    }

    /** How many tickets `search` gives when no --limit is set. */
    public static final int SEARCH_LIMIT = 50;

    /**
     * `search`: a ticket number ({@code #42} or {@code 42}) finds that ticket and an e-mail address the tickets it
     * requested, first; then the full-text matches of the whole text, best first. {@code filter} (the options of
     * `list`) narrows the result; its statuses default to every status, its limit to {@link #SEARCH_LIMIT}; with
     * --sort the result is sorted as `list` sorts, otherwise it stays in the order found.
     */
    public List<TicketDetail> search(String text, TicketFilter filter) {
        TicketFilter f = filter == null ? TicketFilter.all() : filter;
        validate(f);
        String t = text == null ? "" : text;
        int limit = f.limit() == null ? SEARCH_LIMIT : f.limit();
        boolean narrowed = f.selects() || !f.sort().isEmpty();
        return session.store().read(tx -> {
            checkNames(tx, f);
            Actor actor = session.viewer(tx);
            boolean hides = !actor.hiddenQueues().isEmpty();
            java.util.LinkedHashSet<Long> ids = new java.util.LinkedHashSet<>();
            StringBuilder words = new StringBuilder();
            for (String word : t.trim().split("\\s+")) {
                String w = word.replaceAll("^[\"'(<]+|[\"')>.,;:?!]+$", "");
                if (w.matches("#?\\d{1,18}")) {
                    long id = Long.parseLong(w.startsWith("#") ? w.substring(1) : w);
                    // a number no ticket has is a word of the text ("error 404")
                    if (tx.tickets().find(id).isPresent()) ids.add(id);
                    else words.append(word).append(' ');
                } else if (w.indexOf('@') > 0 && w.indexOf('@') < w.length() - 1) {
                    TicketFilter byRequester = TicketFilter.where().everyStatus().requester(w)
                            .sort(List.of("-created")).build();
                    for (Ticket r : tx.tickets().list(byRequester)) ids.add(r.id());
                } else {
                    words.append(word).append(' ');
                }
            }
            // with filters, look further down the ranking so that the filtered result can still fill the limit
            // the other words (ids and addresses taken out: full text would AND them with the words)
            if (words.length() > 0) ids.addAll(tx.tickets().search(words.toString(), narrowed || hides ? Math.max(limit * 20, 1000) : limit));
            List<Ticket> found = new ArrayList<>();
            if (narrowed && !ids.isEmpty()) {
                List<Ticket> kept = tx.tickets().list(tagKeys(tx, withFields(tx, f)).withIds(new ArrayList<>(ids)));
                if (f.sort().isEmpty()) {
                    inOrder(ids, kept, found);
                } else {
                    found.addAll(kept);
                }
            } else {
                // the tickets 500 to a query rather than one each (a search of 50 asked 50 queries, each a round
                // trip on PostgreSQL)
                List<Long> all = new ArrayList<>(ids);
                for (int from = 0; from < all.size() && (hides || found.size() < limit); from += 500) {
                    List<Long> some = all.subList(from, Math.min(all.size(), from + 500));
                    inOrder(some, tx.tickets().list(TicketFilter.all().withIds(some)), found);
                }
            }
            // members-only queues the actor is not in are left out, and the limit counts what is shown
            if (hides) return withRequesters(tx, visible(actor, found, limit), session.now());
            return withRequesters(tx, found.size() > limit ? found.subList(0, limit) : found, session.now());
        });
    }


    public List<Event> history(long id) {
        checkId(id);
        return session.store().read(tx -> {
            Ticket t = tx.tickets().find(id).orElseThrow(() -> DomainException.ticketNotFound(id));
            Rules.requireVisible(session.viewer(tx), t);
            return tx.events().forTicket(id);
        });
    }

    /** Adds to {@code out} those of {@code tickets} whose id is in {@code ids}, in the order of {@code ids}. */
    private static void inOrder(java.util.Collection<Long> ids, List<Ticket> tickets, List<Ticket> out) {
        java.util.Map<Long, Ticket> byId = new java.util.HashMap<>();
        for (Ticket t : tickets) byId.put(t.id(), t);
        for (long id : ids) if (byId.containsKey(id)) out.add(byId.get(id));
    }

    /** The tickets of queues the actor sees, at most {@code limit} (null: all). */
    private static List<Ticket> visible(Actor actor, List<Ticket> tickets, Integer limit) {
        List<Ticket> out = new ArrayList<>();
        for (Ticket t : tickets) {
            if (limit != null && out.size() >= limit) break;
            if (actor.sees(t.queue())) out.add(t);
        }
        return out;
    }

    /** {@code now}: the SLA clocks' instant; null computes none (the rows' {@code sla} stays null). */
    private static List<TicketDetail> withRequesters(Tx tx, List<Ticket> tickets, java.time.Instant now) {
        if (tickets.isEmpty()) return new ArrayList<>();
        // the requesters in one query (on PostgreSQL a round trip each would be most of a list's time)
        java.util.Map<Long, Contact> contacts = new java.util.HashMap<>(
                tx.contacts().contacts(tickets.stream().map(Ticket::requesterId).toList()));
        java.util.Map<Long, tix.domain.SlaClock.State> slas = now == null ? null : tx.timekeeper().sla(tickets, now);
        List<TicketDetail> out = new ArrayList<>(tickets.size());
        for (Ticket t : tickets) {
            Contact c = contacts.computeIfAbsent(t.requesterId(), k -> tx.contacts().contact(k).orElseThrow());
            out.add(new TicketDetail(t, c, List.of(), List.of(), slas == null ? null : SlaService.view(slas.get(t.id()))));
        }
        return out;
    }

    static void checkId(long id) {
        if (id <= 0) throw DomainException.usage("bad ticket id " + id, "a positive number like 42");
    }

    /**
     * The filter with each tag as the key of the tag meant: a bare family tag ({@code consulting}) selects its
     * family's ({@code type:Consulting}), in any case and with any separators.
     */
    public static TicketFilter tagKeys(Tx tx, TicketFilter f) {
        if (f.tags().isEmpty()) return f;
        tix.domain.TagFamilies families = tx.tagSets().tagFamilies();
        List<String> keys = new ArrayList<>();
        for (String t : f.tags()) keys.add(families.keyOf(t));
        return f.withTags(keys);
    }

    /** A filter naming a queue, tier, team or agent the desk does not have is "not found" (exit 3), not an empty list. */
    public static void checkNames(Tx tx, TicketFilter f) {
        if (f.queue() != null) Lookups.queue(tx, f.queue());
        if (f.tier() != null) Lookups.tier(tx, f.tier());
        if (f.team() != null && !tx.teams().teamExists(f.team())) {
            throw DomainException.notFound("team '" + f.team() + "' not found", "see 'tix team list'");
        }
        if (f.assignee() != null && tx.agents().agent(f.assignee()).isEmpty()) {
            throw DomainException.notFound("agent '" + f.assignee() + "' not found", "see 'tix agent list'");
        }
    }

    /**
     * The filter with its custom field values checked and in their stored form: an unknown field is "not found"
     * (exit 3), a value of the wrong type a usage error (exit 2).
     */
    public static TicketFilter withFields(Tx tx, TicketFilter f) {
        if (f.fields().isEmpty()) return f;
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (var e : f.fields().entrySet()) {
            tix.domain.CustomField field = FieldService.require(tx, e.getKey());
            out.put(field.name(), field.canonical(e.getValue()));
        }
        return f.withFields(out);
    }

    /** Checks a filter's words before the query runs, so a typo is a usage error, not an empty list. */
    public static void validate(TicketFilter f) {
        for (String t : f.tags()) Tags.check(t);
        if (f.priorityMin() != null) Priority.check(f.priorityMin());
        if (f.limit() != null && f.limit() <= 0) throw DomainException.usage("--limit must be positive", "e.g. --limit 20");
    }
}
