package tix.app;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tix.domain.Account;
import tix.domain.Actor;
import tix.domain.Changes;
import tix.domain.Channel;
import tix.domain.Contact;
import tix.domain.DomainException;
import tix.domain.Event;
import tix.domain.Message;
import tix.domain.MessageKind;
import tix.domain.Priority;
import tix.domain.Queue;
import tix.domain.Route;
import tix.domain.Rules;
import tix.domain.Status;
import tix.domain.Transitions;
import tix.domain.Cause;
import tix.domain.TagFamilies;
import tix.domain.Tags;
import tix.domain.Ticket;
import tix.domain.Times;

/**
 * Every ticket operation of SPEC §5. Each public method is one transaction: it validates, changes the ticket,
 * writes the events of the change (derived by {@link Changes}) and any outbox rows, or changes nothing at all.
 */
public final class TicketService {
    private final Session session;

    public TicketService(Session session) {
        this.session = session;
    }

    // ---------------------------------------------------------------- create

    public record CreateRequest(String title, String requester, String name, String body, boolean internal,
                                String priority, String channel, String queue, String tier, List<String> tags,
                                String due, String account, boolean sticky) {
    }

    public Ticket create(CreateRequest r) {
        if (r.title() == null || r.title().isBlank()) throw DomainException.usage("a title is required", "--title TEXT");
        String email = Contacts.checkAddress(r.requester());
        Channel channel = r.channel() == null ? Channel.AGENT : Channel.parse(r.channel());
        Integer priority = r.priority() == null ? null : Priority.parse(r.priority());
        List<String> tags = Tags.normalise(r.tags());
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Instant now = session.now();
            Queue explicit = r.queue() == null ? null : queue(tx, r.queue());
            String explicitTier = r.tier() == null ? null : tier(tx, r.tier());
            Contact contact = tx.directory().contact(email, r.name());
            Account account;
            if (r.account() != null) {
                account = tx.directory().account(r.account()).orElseThrow(() -> DomainException.notFound(
                        "account '" + r.account() + "' not found", "see 'tix account list'"));
                tx.directory().setContactAccount(contact.id(), account.id());
            } else {
                account = RouteService.accountOf(tx, contact);
            }
            // routing (SPEC §1 workflow 1): what the creator gave explicitly wins over the rule
            Route route = RouteService.match(tx, RouteService.facts(channel, List.of(), contact.email(), account, r.title()));
            Queue queue = explicit != null ? explicit
                    : queue(tx, route != null && route.queue() != null ? route.queue() : "support");
            String tier = explicitTier == null ? queue.defaultTier() : explicitTier;
            Instant due = r.due() == null ? null : Times.parse(r.due(), zone(tx, queue.name()));
            int prio = priority != null ? priority
                    : route != null && route.priority() != null ? route.priority() : queue.defaultPriority();
            boolean hasBody = r.body() != null && !r.body().isBlank();
            MessageKind kind = r.internal() ? MessageKind.NOTE : MessageKind.CUSTOMER;
            Ticket draft = Ticket.born(r.title(), Cause.CREATE, prio, channel, queue.name(), tier, contact.id(), now)
                    .toBuilder()
                    .tags(startTags(tx, RouteService.tags(tags, route))).dueAt(due).sticky(r.sticky())
                    .team(route == null ? null : route.team())
                    .lastCustomerAt(hasBody && kind == MessageKind.CUSTOMER ? now : null).build();
            Ticket t = tx.tickets().insert(draft);
            tx.events().append(Event.of(t.id(), now, actor.login(), "created", null, null, t.status().wire()));
            RouteService.record(tx, t, route, actor.login(), now);
            if (hasBody) {
                addMessage(tx, t, kind, kind == MessageKind.CUSTOMER ? contact.email() : actor.login(), r.body(), now, null,
                        actor.login());
            }
            // a phone call gets an immediate short follow-up mail (SPEC §1.1)
            if (channel == Channel.PHONE) new MailComposer(tx).queuePhoneFollowUp(t, actor.login(), now);
            Notifications.newTicket(tx, t, actor.login(), now);
            return t;
        });
    }

    // ---------------------------------------------------------------- assignment

    public Ticket assign(long id, Long ifVersion, String to, String team, boolean none, Boolean sticky) {
        return mutate(id, ifVersion, assignOp(to, team, none, sticky));
    }

    /** The change of `assign`, also run by `bulk assign` inside its one transaction. */
    Op assignOp(String to, String team, boolean none, Boolean sticky) {
        return (tx, actor, t) -> {
            String assignee = t.assignee();
            String newTeam = t.team();
            if (none) {
                assignee = null;
            }
            if (to != null) assignee = session.requireAgent(tx, to).login();
            if (team != null) {
                if (!tx.directory().teamExists(team)) {
                    throw DomainException.notFound("team '" + team + "' not found", "see 'tix team list'");
                }
                newTeam = team;
            }
            if (none && team == null) newTeam = null;
            Rules.requireAssignable(actor, t, assignee, newTeam);
            if (t.status() == Status.CLOSED) throw closed(t, "assign");
            Ticket.Builder b = t.toBuilder().assignee(assignee).team(newTeam);
            if (sticky != null) b.sticky(sticky);
            return b.build();
        };
    }

    public Ticket take(long id, Long ifVersion) {
        return mutate(id, ifVersion, (tx, actor, t) -> {
            if (actor.login().equals(t.assignee())) {
                throw DomainException.conflict("#" + t.id() + " is already yours", "nothing to do");
            }
            if (t.status() == Status.CLOSED) throw closed(t, "take");
            // on a desk without agents everyone acts as admin, but only an agent can be an assignee
            if (!actor.registered()) session.requireAgent(tx, actor.login());
            Rules.requireAssignable(actor, t, actor.login(), t.team());
            return t.toBuilder().assignee(actor.login()).build();
        });
    }

    public Ticket release(long id, Long ifVersion) {
        return mutate(id, ifVersion, (tx, actor, t) -> {
            if (t.assignee() == null) throw DomainException.conflict("#" + t.id() + " is not assigned", "nothing to release");
            Rules.requireAssignable(actor, t, null, t.team());
            return t.toBuilder().assignee(null).build();
        });
    }

    // ---------------------------------------------------------------- tiers

    public Ticket escalate(long id, Long ifVersion, String toTier, List<String> questions, boolean keepAssignee,
                           String comment) {
        List<String> qs = questions == null ? List.of() : questions.stream().filter(q -> !q.isBlank()).toList();
        if (qs.isEmpty()) {
            throw DomainException.usage("escalation needs at least one --question", "--question TEXT (repeatable)");
        }
        return mutate(id, ifVersion, (tx, actor, t) -> {
            Rules.requireWorkable(actor, t, "escalate");
            if (!t.status().isActive() && t.status() != Status.RESOLVED) throw closed(t, "escalate");
            List<String> tiers = tx.directory().tiers();
            int from = tiers.indexOf(t.tier());
            String target;
            if (toTier == null) {
                if (from + 1 >= tiers.size()) {
                    throw DomainException.conflict("#" + t.id() + " is already in the top tier " + t.tier(), "nothing above it");
                }
                target = tiers.get(from + 1);
            } else {
                target = tier(tx, toTier);
                if (tiers.indexOf(target) <= from) {
                    throw DomainException.conflict("cannot escalate #" + t.id() + " from " + t.tier() + " to " + target,
                            "escalation goes up; use 'tix deescalate'");
                }
            }
            Instant now = session.now();
            int n = previousQuestions(tx, t.id());
            StringBuilder note = new StringBuilder();
            note.append("Escalated from ").append(t.tier()).append(" to ").append(target).append('\n');
            for (String q : qs) {
                note.append('\n').append("ESCALATED QUESTION ").append(++n).append('\n').append(q.strip()).append('\n');
            }
            addMessage(tx, t, MessageKind.NOTE, actor.login(), note.toString().strip(), now, null);
            Ticket.Builder b = t.toBuilder().tier(target).tierEnteredAt(now);
            if (!keepAssignee) b.assignee(null);
            Ticket after = b.build();
            if (t.status() == Status.NEW) after = Transitions.move(after, Status.OPEN, Cause.ESCALATE, now);
            if (comment != null && !comment.isBlank()) after = publicReply(tx, after, actor, comment, now);
            return after;
        });
    }

    private static int previousQuestions(Tx tx, long ticketId) {
        int n = 0;
        for (Message m : tx.messages().forTicket(ticketId)) {
            if (m.kind() != MessageKind.NOTE) continue;
            for (String line : m.body().split("\n")) {
                if (line.startsWith("ESCALATED QUESTION ")) n++;
            }
        }
        return n;
    }

    public Ticket deescalate(long id, Long ifVersion, String toTier, String answer) {
        if (toTier == null) throw DomainException.usage("deescalate needs --to TIER", "e.g. --to t1");
        return mutate(id, ifVersion, (tx, actor, t) -> {
            Rules.requireWorkable(actor, t, "de-escalate");
            if (t.status() == Status.CLOSED) throw closed(t, "de-escalate");
            List<String> tiers = tx.directory().tiers();
            String target = tier(tx, toTier);
            if (tiers.indexOf(target) >= tiers.indexOf(t.tier())) {
                throw DomainException.conflict("cannot de-escalate #" + t.id() + " from " + t.tier() + " to " + target,
                        "de-escalation goes down; use 'tix escalate'");
            }
            Instant now = session.now();
            String text = "De-escalated from " + t.tier() + " to " + target;
            if (answer != null && !answer.isBlank()) text += "\n\nANSWER TO ESCALATED QUESTIONS\n" + answer.strip();
            addMessage(tx, t, MessageKind.NOTE, actor.login(), text, now, null);
            return t.toBuilder().tier(target).tierEnteredAt(now).build();
        });
    }

    // ---------------------------------------------------------------- split and merge

    public Ticket split(long id, Long ifVersion, long messageId, String title) {
        if (messageId <= 0) throw DomainException.usage("bad message id " + messageId, "a positive number from 'tix show'");
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Ticket t = load(tx, id, ifVersion);
            Rules.requireWorkable(actor, t, "split");
            if (t.status() == Status.CLOSED) throw closed(t, "split");
            Message m = tx.messages().find(messageId).filter(x -> x.ticketId() == t.id()).orElseThrow(() ->
                    DomainException.notFound("message " + messageId + " is not on #" + t.id(), "see 'tix show " + t.id() + "'"));
            Instant now = session.now();
            String newTitle = title == null || title.isBlank() ? "Split from #" + t.id() + ": " + t.title() : title;
            Ticket draft = Ticket.born(newTitle, Cause.SPLIT, t.priority(), t.channel(), t.queue(),
                    tx.directory().tiers().get(0), t.requesterId(), now).toBuilder()
                    .sticky(t.sticky()).splitFrom(t.id())
                    .lastCustomerAt(m.kind() == MessageKind.CUSTOMER ? m.createdAt() : null).build();
            Ticket created = tx.tickets().insert(draft);
            tx.events().append(Event.of(created.id(), now, actor.login(), "created", null, null, created.status().wire()));
            tx.events().append(Event.of(created.id(), now, actor.login(), "split", "split_from", null, String.valueOf(t.id())));
            tx.messages().move(m.id(), created.id());
            tx.events().append(Event.of(t.id(), now, actor.login(), "split", "message", String.valueOf(m.id()),
                    "#" + created.id()));
            addMessage(tx, created, MessageKind.SYSTEM, "tix", "Split from #" + t.id() + " by " + actor.login()
                    + ": message " + m.id() + " moved here; assignment reset to the " + created.tier() + " pool.", now,
                    null, actor.login());
            addMessage(tx, t, MessageKind.SYSTEM, "tix", "Message " + m.id() + " split into #" + created.id()
                    + " by " + actor.login() + ".", now, null, actor.login());
            tx.tickets().update(t, t.toBuilder().updatedAt(now).build());
            return tx.tickets().find(created.id()).orElseThrow();
        });
    }

    /** Merges {@code id} into {@code into}; returns the target. */
    public Ticket merge(long id, Long ifVersion, long into) {
        if (into <= 0) throw DomainException.usage("bad ticket id " + into, "a positive number");
        if (id == into) throw DomainException.usage("cannot merge #" + id + " into itself", "name another ticket");
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Ticket source = load(tx, id, ifVersion);
            Ticket target = tx.tickets().find(into).orElseThrow(() -> DomainException.ticketNotFound(into));
            Rules.requireWorkable(actor, source, "merge");
            Rules.requireWorkable(actor, target, "merge into");
            if (source.status() == Status.CLOSED) throw closed(source, "merge");
            if (target.status() == Status.CLOSED) throw closed(target, "merge into");
            Instant now = session.now();
            int moved = tx.messages().moveAll(source.id(), target.id());
            Set<String> tags = new LinkedHashSet<>(target.tags());
            tags.addAll(source.tags());
            Ticket.Builder tb = target.toBuilder().tags(new ArrayList<>(tags)).updatedAt(now)
                    .priority(Math.max(target.priority(), source.priority()));
            if (source.lastCustomerAt() != null && (target.lastCustomerAt() == null
                    || source.lastCustomerAt().isAfter(target.lastCustomerAt()))) {
                tb.lastCustomerAt(source.lastCustomerAt());
            }
            Ticket newTarget = tb.build();
            for (Event e : Changes.diff(target, newTarget, actor.login(), now)) tx.events().append(e);
            tx.events().append(Event.of(target.id(), now, actor.login(), "merged", "merged_from", null, "#" + source.id()));
            newTarget = tx.tickets().update(target, newTarget);
            addMessage(tx, newTarget, MessageKind.SYSTEM, "tix", "Merged #" + source.id() + " (" + source.title()
                    + ") into this ticket: " + moved + " message(s) moved.", now, null, actor.login());
            Ticket closedSource = Transitions.move(source, Status.CLOSED, Cause.MERGE, now).toBuilder()
                    .mergedInto(target.id()).updatedAt(now).build();
            for (Event e : Changes.diff(source, closedSource, actor.login(), now)) tx.events().append(e);
            closedSource = tx.tickets().update(source, closedSource);
            addMessage(tx, closedSource, MessageKind.SYSTEM, "tix", "Merged into #" + target.id() + " by "
                    + actor.login() + ".", now, null, actor.login());
            return tx.tickets().find(target.id()).orElseThrow();
        });
    }

    // ---------------------------------------------------------------- tags, priority, due, edit

    public Ticket tag(long id, Long ifVersion, List<String> changes) {
        return mutate(id, ifVersion, tagOp(changes));
    }

    /**
     * The change of `tag` (+TAG adds, -TAG removes), also run by `bulk tag`. Malformed tags are refused here, before
     * any work; tags of a controlled family (`tix tagset`) are checked and qualified in the transaction.
     */
    Op tagOp(List<String> changes) {
        if (changes == null || changes.isEmpty()) throw DomainException.usage("no tag changes given", "+TAG or -TAG");
        List<String> add = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        for (String c : changes) {
            if (c.startsWith("-")) remove.add(Tags.check(c.substring(1)));
            else add.add(Tags.check(c.startsWith("+") ? c.substring(1) : c));
        }
        return (tx, actor, t) -> {
            Rules.requireWorkable(actor, t, "tag");
            TagFamilies families = tx.desk().tagFamilies();
            List<String> removing = new ArrayList<>();
            for (String r : remove) removing.add(families.resolveForRemoval(r));
            return t.toBuilder().tags(families.apply(t.tags(), families.resolveAll(add), removing)).build();
        };
    }

    /** The tags a new ticket starts with: each checked against the tag families, a single family's kept once. */
    static List<String> startTags(Tx tx, List<String> tags) {
        TagFamilies families = tx.desk().tagFamilies();
        return families.apply(List.of(), families.resolveAll(tags), List.of());
    }

    public Ticket priority(long id, Long ifVersion, String value) {
        int p = Priority.parse(value);
        return mutate(id, ifVersion, (tx, actor, t) -> {
            Rules.requireWorkable(actor, t, "change the priority of");
            if (t.status() == Status.CLOSED) throw closed(t, "change the priority of");
            return t.toBuilder().priority(p).build();
        });
    }

    public Ticket due(long id, Long ifVersion, String date) {
        boolean clear = date == null || date.equalsIgnoreCase("none") || date.isBlank();
        return mutate(id, ifVersion, (tx, actor, t) -> {
            Rules.requireWorkable(actor, t, "change the due date of");
            if (t.status() == Status.CLOSED) throw closed(t, "change the due date of");
            return t.toBuilder().dueAt(clear ? null : Times.parse(date, zone(tx, t.queue()))).build();
        });
    }

    public record EditRequest(String title, String requester, String name, String account, String queue,
                              String channel) {
    }

    public Ticket edit(long id, Long ifVersion, EditRequest r) {
        if (r.title() != null && r.title().isBlank()) throw DomainException.usage("the title cannot be empty", "--title TEXT");
        String email = r.requester() == null ? null : Contacts.checkAddress(r.requester());
        Channel channel = r.channel() == null ? null : Channel.parse(r.channel());
        return mutate(id, ifVersion, (tx, actor, t) -> {
            Rules.requireWorkable(actor, t, "edit");
            Instant now = session.now();
            Ticket.Builder b = t.toBuilder();
            if (r.title() != null) b.title(r.title());
            if (r.queue() != null) b.queue(queue(tx, r.queue()).name());
            if (channel != null) b.channel(channel);
            Contact current = tx.directory().contact(t.requesterId()).orElseThrow();
            Contact contact = current;
            if (email != null || r.name() != null) {
                contact = tx.directory().contact(email == null ? current.email() : email, r.name());
                if (contact.id() != current.id()) {
                    b.requesterId(contact.id());
                    tx.events().append(Event.of(t.id(), now, actor.login(), "edited", "requester", current.email(), contact.email()));
                }
                if (!Objects.equals(contact.name(), current.name()) && contact.id() == current.id()) {
                    tx.events().append(Event.of(t.id(), now, actor.login(), "edited", "name", current.name(), contact.name()));
                }
            }
            if (r.account() != null) {
                var account = tx.directory().account(r.account()).orElseThrow(() -> DomainException.notFound(
                        "account '" + r.account() + "' not found", "see 'tix account list'"));
                if (!Objects.equals(account.name(), contact.account())) {
                    tx.directory().setContactAccount(contact.id(), account.id());
                    tx.events().append(Event.of(t.id(), now, actor.login(), "edited", "account", contact.account(), account.name()));
                }
            }
            return b.build();
        });
    }

    // ---------------------------------------------------------------- messages

    public Ticket reply(long id, Long ifVersion, String body, String status, String macro) {
        Status target = status == null ? null : Status.parse(status);
        if (target != null && target != Status.PENDING && target != Status.RESOLVED && target != Status.WAITING) {
            throw DomainException.usage("reply --status takes pending, resolved or waiting", "or leave it out");
        }
        return mutate(id, ifVersion, true, (tx, actor, t) -> {
            Rules.requireWorkable(actor, t, "reply to");
            if (t.status() == Status.CLOSED || t.status() == Status.SUSPENDED) throw closed(t, "reply to");
            String text = body;
            if (macro != null) {
                String m = MacroService.expand(tx, macro, t, actor, session.now());
                text = text == null || text.isBlank() ? m : text + "\n\n" + m;
            }
            if (text == null || text.isBlank()) throw DomainException.usage("the reply is empty", "--body TEXT, --body-file F or --macro NAME");
            // answering a pending ticket with --status pending again keeps it pending (and restarts its timer)
            if (target != null && target != t.status()) Rules.requireTransition(actor, t, target, false);
            Instant now = session.now();
            Ticket after = publicReply(tx, t, actor, text, now);
            if (target != null) return Transitions.move(after, target, Cause.REPLY_STATUS, now);
            if (t.status() == Status.NEW) return Transitions.move(after, Status.OPEN, Cause.FIRST_REPLY, now);
            return after;
        });
    }

    /** Records a public answer and queues it as mail when the requester has an address. */
    private Ticket publicReply(Tx tx, Ticket t, Actor actor, String text, Instant now) {
        Contact requester = tx.directory().contact(t.requesterId()).orElseThrow();
        MailComposer mail = new MailComposer(tx);
        Message m = addMessage(tx, t, MessageKind.REPLY, actor.login(), text, now, mail.nextMessageId(t));
        mail.queueReply(t, m, requester, actor.login(), now);
        return t.toBuilder().lastReplyAt(now).build();
    }

    public Ticket note(long id, Long ifVersion, String body) {
        if (body == null || body.isBlank()) throw DomainException.usage("the note is empty", "--body TEXT");
        return mutate(id, ifVersion, true, (tx, actor, t) -> {
            Rules.requireWorkable(actor, t, "add a note to");
            addMessage(tx, t, MessageKind.NOTE, actor.login(), body, session.now(), null);
            return t;
        });
    }

    /**
     * A customer message (typed in by staff, or from mail). Reopens waiting tickets, un-assigns non-sticky ones,
     * and on a closed ticket follows the queue's follow-up policy. Returns the ticket that holds the message.
     */
    public Ticket receive(long id, Long ifVersion, String body) {
        if (body == null || body.isBlank()) throw DomainException.usage("the message is empty", "--body TEXT");
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Ticket t = redirect(tx, load(tx, id, ifVersion));
            Rules.requireWorkable(actor, t, "add a customer message to");
            return new Inbound(tx, session.now(), actor.login()).customerMessage(t, body, null);
        });
    }

    // ---------------------------------------------------------------- status

    public Ticket status(long id, Long ifVersion, String status, Long days, String until, boolean force) {
        return mutate(id, ifVersion, statusOp(status, days, until, force));
    }

    /** The change of `status` (and resolve, close), also run by `bulk`; usage errors are refused here, before any work. */
    Op statusOp(String status, Long days, String until, boolean force) {
        Status target = Status.parse(status);
        if (days != null && until != null) throw DomainException.usage("--days and --until exclude each other", "give one");
        if ((days != null || until != null) && target != Status.HOLD && target != Status.WAITING) {
            throw DomainException.usage("--days and --until go with hold or waiting", "e.g. tix status ID hold --days 3");
        }
        if (target == Status.HOLD && days == null && until == null) {
            throw DomainException.usage("hold needs --days N or --until DATE", "e.g. tix status ID hold --days 3");
        }
        return (tx, actor, t) -> {
            Rules.requireWorkable(actor, t, "change the status of");
            Cause cause = Rules.requireTransition(actor, t, target, force);
            Instant now = session.now();
            Instant statusUntil = null;
            if (days != null) statusUntil = Times.plusDays(now, days);
            if (until != null) {
                statusUntil = Times.parse(until, zone(tx, t.queue()));
                if (!statusUntil.isAfter(now)) throw DomainException.usage("--until " + until + " is not in the future", "a later date");
            }
            return Transitions.move(t, target, cause, now, statusUntil);
        };
    }

    public Ticket resolve(long id, Long ifVersion) {
        return status(id, ifVersion, "resolved", null, null, false);
    }

    public Ticket close(long id, Long ifVersion, boolean force) {
        return status(id, ifVersion, "closed", null, null, force);
    }

    public Ticket reopen(long id, Long ifVersion) {
        return mutate(id, ifVersion, (tx, actor, t) -> {
            Rules.requireWorkable(actor, t, "reopen");
            if (t.status() != Status.RESOLVED && t.status() != Status.CLOSED) {
                throw DomainException.conflict("#" + t.id() + " is " + t.status() + ", not resolved or closed",
                        "reopen works on resolved and closed tickets");
            }
            if (t.mergedInto() != null) {
                throw DomainException.conflict("#" + t.id() + " was merged into #" + t.mergedInto(),
                        "work on #" + t.mergedInto());
            }
            Instant now = session.now();
            return Transitions.move(t, Status.OPEN, Cause.REOPEN, now);
        });
    }

    // ---------------------------------------------------------------- delete

    /** Deletes tickets with their messages, events and outbox rows. {@code ifVersion} needs exactly one id. */
    public List<Long> delete(List<Long> ids, boolean permanent, Long ifVersion) {
        if (!permanent) throw DomainException.usage("deletion is permanent", "add --permanent to confirm");
        if (ids == null || ids.isEmpty()) throw DomainException.usage("no ticket ids given", "tix delete ID... --permanent");
        if (ifVersion != null && ids.size() != 1) throw DomainException.usage("--if-version goes with one ticket id", "delete them one by one");
        return session.store().write(tx -> {
            Rules.requireAdmin(session.actor(tx), "permanent deletion");
            for (long id : ids) load(tx, id, ifVersion);
            for (long id : ids) tx.tickets().delete(id);
            return List.copyOf(ids);
        });
    }

    // ---------------------------------------------------------------- plumbing

    /** One change of one ticket: gets the transaction, the acting agent and the ticket, returns the next state. */
    @FunctionalInterface
    interface Op {
        Ticket apply(Tx tx, Actor actor, Ticket t);
    }

    /**
     * Runs one ticket's change inside a transaction someone else holds (`bulk`): applies {@code op} and stores the
     * result with its events, exactly as the single-ticket command would.
     */
    Ticket applyIn(Tx tx, Actor actor, Ticket before, Op op) {
        return save(tx, before, op.apply(tx, actor, before), actor.login(), session.now());
    }

    private Ticket mutate(long id, Long ifVersion, Op op) {
        return mutate(id, ifVersion, false, op);
    }

    /**
     * Loads the ticket, applies {@code op}, stores the result with its events. {@code followMerge}: messages for a
     * merged ticket reach its target (SPEC §3).
     */
    private Ticket mutate(long id, Long ifVersion, boolean followMerge, Op op) {
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Ticket loaded = load(tx, id, ifVersion);
            Ticket before = followMerge ? redirect(tx, loaded) : loaded;
            int events = tx.events().forTicket(before.id()).size();
            Ticket after = op.apply(tx, actor, before);
            // a command that changes nothing (tag +x on a ticket tagged x, due none without a due date) is no change:
            // no event, no new version
            if (after.equals(before) && tx.events().forTicket(before.id()).size() == events) return before;
            return save(tx, before, after, actor.login(), session.now());
        });
    }

    /** Stores {@code after} over {@code before}, writing one event per changed field. */
    static Ticket save(Tx tx, Ticket before, Ticket after, String actor, Instant now) {
        for (Event e : Changes.diff(before, after, actor, now)) tx.events().append(e);
        Notifications.assignment(tx, before, after, actor, now);
        if (after.status() != before.status() && (after.status() == Status.RESOLVED || after.status() == Status.CLOSED)
                && before.status() != Status.RESOLVED && before.status() != Status.SUSPENDED && after.mergedInto() == null) {
            // the queue's resolved/closed auto-response, when it has one
            new MailComposer(tx).queueClosedResponse(after, actor, now);
        }
        return tx.tickets().update(before, after.toBuilder().updatedAt(now).build());
    }

    private Ticket load(Tx tx, long id, Long ifVersion) {
        if (id <= 0) throw DomainException.usage("bad ticket id " + id, "a positive number like 42");
        Ticket t = tx.tickets().find(id).orElseThrow(() -> DomainException.ticketNotFound(id));
        if (ifVersion != null && t.version() != ifVersion) {
            throw DomainException.conflict("#" + id + " is at version " + t.version() + ", not " + ifVersion,
                    "it changed since you read it; show it again");
        }
        return t;
    }

    /** Follows merged_into links to the ticket that now holds the conversation. */
    static Ticket redirect(Tx tx, Ticket t) {
        Ticket cur = t;
        for (int hops = 0; cur.mergedInto() != null && hops < 32; hops++) {
            Long next = cur.mergedInto();
            cur = tx.tickets().find(next).orElse(cur);
            if (cur.id() != next) break;
        }
        return cur;
    }

    static Message addMessage(Tx tx, Ticket t, MessageKind kind, String author, String body, Instant now, String messageId) {
        return addMessage(tx, t, kind, author, body, now, messageId, author);
    }

    /**
     * Stores a message and its `message` event. {@code actor} is who made it happen: it differs from the author
     * when staff record a customer's words or a command makes tix write a system note.
     */
    static Message addMessage(Tx tx, Ticket t, MessageKind kind, String author, String body, Instant now,
                              String messageId, String actor) {
        Message m = tx.messages().insert(new Message(0, t.id(), kind, author, body, now, messageId));
        tx.events().append(Event.of(t.id(), now, actor, "message", kind.wire(), null, String.valueOf(m.id())));
        return m;
    }

    private static DomainException closed(Ticket t, String what) {
        return DomainException.conflict("cannot " + what + " #" + t.id() + ": it is " + t.status(),
                t.status() == Status.CLOSED ? "closed is final; 'tix reopen " + t.id() + "' first" : "see 'tix show " + t.id() + "'");
    }

    static Queue queue(Tx tx, String name) {
        return tx.directory().queue(name).orElseThrow(() -> DomainException.notFound(
                "queue '" + name + "' not found", "see 'tix queue list'"));
    }

    static String tier(Tx tx, String name) {
        List<String> tiers = tx.directory().tiers();
        if (!tiers.contains(name)) {
            throw DomainException.notFound("tier '" + name + "' not found", "one of " + String.join(", ", tiers));
        }
        return name;
    }

    static ZoneId zone(Tx tx, String queue) {
        return ZoneId.of(tx.directory().queueZone(queue));
    }
}
