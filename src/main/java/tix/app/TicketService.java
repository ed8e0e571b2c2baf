package tix.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tix.app.TicketRequests.Answer;
import tix.app.TicketRequests.Assignment;
import tix.app.TicketRequests.CreateRequest;
import tix.app.TicketRequests.Deescalation;
import tix.app.TicketRequests.Deletion;
import tix.app.TicketRequests.EditRequest;
import tix.app.TicketRequests.Escalation;
import tix.app.TicketRequests.Extras;
import tix.app.TicketRequests.Note;
import tix.app.TicketRequests.Piece;
import tix.app.TicketRequests.StatusChange;
import tix.app.TicketRequests.TeamNote;
import tix.app.TicketRequests.Watcher;
import tix.domain.Account;
import tix.domain.Actor;
import tix.domain.Cause;
import tix.domain.Channel;
import tix.domain.Contact;
import tix.domain.CustomField;
import tix.domain.DomainException;
import tix.domain.Message;
import tix.domain.MessageKind;
import tix.domain.Priority;
import tix.domain.Queue;
import tix.domain.Right;
import tix.domain.Rules;
import tix.domain.Status;
import tix.domain.Tags;
import tix.domain.Ticket;
import tix.domain.Times;
import tix.domain.op.AddNote;
import tix.domain.op.Assign;
import tix.domain.op.Create;
import tix.domain.op.Deescalate;
import tix.domain.op.Edit;
import tix.domain.op.Escalate;
import tix.domain.op.Merge;
import tix.domain.op.Outcome;
import tix.domain.op.Release;
import tix.domain.op.Reopen;
import tix.domain.op.Reply;
import tix.domain.op.SetDue;
import tix.domain.op.SetFields;
import tix.domain.op.SetPriority;
import tix.domain.op.SetStatus;
import tix.domain.op.Split;
import tix.domain.op.Tag;
import tix.domain.op.Take;

/**
 * The ticket use cases of SPEC §5. Each public method is one transaction and a few lines: resolve the inputs (the
 * lookups an operation needs), apply the operation of {@code tix.domain.op}, and hand the outcome to the
 * {@link TicketWriter}; or change nothing at all. No rule lives here.
 */
public final class TicketService {
    private final Session session;

    public TicketService(Session session) {
        this.session = session;
    }

    // ---------------------------------------------------------------- create

    public Ticket create(CreateRequest r) {
        return create(r, List.of());
    }

    /** Creates the ticket; the agents of {@code ccAgents} watch it from the start and are told. */
    public Ticket create(CreateRequest r, List<String> ccAgents) {
        Checked c = check(r);
        return session.store().write(tx -> {
            Ticket t = createIn(tx, r, c).ticket();
            cc(tx, t, ccAgents, session.actor(tx).login(), r.internal() ? r.body() : null);
            return t;
        });
    }

    /** A file to put on a new ticket's first message (`create --from-json`). */
    public record NewAttachment(String name, byte[] data) {
    }

    /**
     * `create --from-json`: every ticket of the list, with its attachments on its first message, in one transaction.
     * Each is checked and routed as `create` does; any refusal names the element (0-based) and nothing is written.
     * Refusals of the data itself (a bad value, a queue or tier the desk does not have) are invalid input (exit 7).
     */
    public List<Ticket> createAll(List<CreateRequest> requests, List<List<NewAttachment>> attachments) {
        List<Checked> checked = new java.util.ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            int at = i;
            checked.add(element(at, () -> check(requests.get(at))));
            List<NewAttachment> files = attachments.get(i);
            if (!files.isEmpty() && (requests.get(i).body() == null || requests.get(i).body().isBlank())) {
                throw DomainException.invalidData("element " + i + ": attachments need a body to go with",
                        "give \"body\" too");
            }
        }
        return session.store().write(tx -> {
            List<Ticket> out = new java.util.ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                int at = i;
                TicketWriter.Created created = element(at, () -> createIn(tx, requests.get(at), checked.get(at)));
                List<NewAttachment> files = attachments.get(i);
                if (!files.isEmpty()) {
                    long limit = tx.mail().settings(created.ticket().queue()).maxAttachmentBytes();
                    long messageId = created.messages().get(0).id();
                    for (NewAttachment a : files) {
                        String type = java.net.URLConnection.guessContentTypeFromName(a.name());
                        tx.mail().saveAttachment(messageId, a.name(), type == null ? "application/octet-stream" : type,
                                a.data().length, a.data().length <= limit ? a.data() : null);
                    }
                }
                out.add(tx.tickets().find(created.ticket().id()).orElseThrow());
            }
            return out;
        });
    }

    /** Runs one element's step; a refusal of its data becomes invalid input naming the element. */
    private static <T> T element(int index, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (DomainException e) {
            if (e.reason() != DomainException.Reason.USAGE && e.reason() != DomainException.Reason.NOT_FOUND
                    && e.reason() != DomainException.Reason.INVALID_DATA) {
                throw e;
            }
            throw DomainException.invalidData("element " + index + ": " + e.getMessage(), e.hint());
        }
    }

    /** What `create` checks before the transaction. */
    private record Checked(String email, Channel channel, Integer priority, List<String> tags) {
    }

    private static Checked check(CreateRequest r) {
        if (r.title() == null || r.title().isBlank()) throw DomainException.usage("a title is required", "--title TEXT");
        if (r.files() != null && !r.files().isEmpty() && (r.body() == null || r.body().isBlank())) {
            throw DomainException.usage("--attach needs a message to go with", "add --body TEXT");
        }
        String email = Contacts.checkAddress(r.requester());
        Channel channel = r.channel() != null ? r.channel()
                : tix.domain.Handles.is(email) ? tix.domain.Handles.channel(email) : Channel.AGENT;
        Integer priority = Priority.valueOf(r.priority());
        return new Checked(email, channel, priority, Tags.normalise(r.tags()));
    }

    private TicketWriter.Created createIn(Tx tx, CreateRequest r, Checked c) {
        String email = c.email();
        Channel channel = c.channel();
        Integer priority = c.priority();
        List<String> tags = c.tags();
        {
            Actor actor = session.actor(tx);
            Instant now = session.now();
            Queue explicit = r.queue() == null ? null : Lookups.queue(tx, r.queue());
            String explicitTier = r.tier() == null ? null : Lookups.tier(tx, r.tier());
            Contact contact = tx.contacts().contact(email, r.name());
            Account account;
            if (r.account() != null) {
                account = Lookups.account(tx, r.account());
                tx.contacts().setContactAccount(contact.id(), account.id());
            } else {
                account = RouteService.accountOf(tx, contact);
            }
            // routing (SPEC §1 workflow 1): what the creator gave explicitly wins over the rule
            tix.domain.Routing route = RouteService.match(tx, RouteService.facts(channel, List.of(), contact.email(), account, r.title()));
            Queue queue = explicit != null ? explicit
                    : Lookups.queue(tx, Create.queueName(null, route, Queue.DEFAULT));
            Instant due = r.due() == null ? null : Times.parse(r.due(), Lookups.zone(tx, queue.name()));
            Create op = new Create(Cause.CREATE, r.title(), contact, channel, queue, explicitTier, priority,
                    Lookups.startTags(tx, Create.withRouteTag(tags, route)), due, r.sticky(), route, r.body(),
                    r.internal() ? MessageKind.NOTE : MessageKind.CUSTOMER, null);
            AttachmentService.check(tx, r.files());
            return new TicketWriter(tx).with(new TicketWriter.Extras(List.of(), r.files()))
                    .create(op.apply(actor.login(), now), actor.login(), now);
        }
    }

    // ---------------------------------------------------------------- assignment

    public Ticket assign(long id, Long ifVersion, Assignment a) {
        return mutate(id, ifVersion, assignOp(a));
    }

    /** The change of `assign`, also run by `bulk assign` inside its one transaction. */
    Op assignOp(Assignment a) {
        String to = a.agent();
        String team = a.team();
        boolean none = a.none();
        Boolean sticky = a.sticky();
        return (tx, actor, t) -> {
            tix.domain.Agent agent = to == null ? null : session.requireAgent(tx, to);
            String login = agent == null ? null : agent.login();
            if (team != null && !tx.teams().teamExists(team)) {
                throw DomainException.notFound("team '" + team + "' not found", "see 'tix team list'");
            }
            if (agent != null && team != null && !agent.teams().contains(team)) {
                throw DomainException.conflict(login + " is not in team " + team,
                        "tix team set " + team + " --add " + login + ", or assign to a member");
            }
            return new Assign(login, team, none, sticky).apply(t, actor, session.now());
        };
    }

    public Ticket take(long id, Long ifVersion) {
        return mutate(id, ifVersion, (tx, actor, t) -> new Take(actor.registered()
                || tx.agents().agent(actor.login()).isPresent()).apply(t, actor, session.now()));
    }

    public Ticket release(long id, Long ifVersion) {
        return mutate(id, ifVersion, (tx, actor, t) -> new Release().apply(t, actor, session.now()));
    }

    // ---------------------------------------------------------------- tiers

    public Ticket escalate(long id, Long ifVersion, Escalation e) {
        Escalate op = new Escalate(e.tier(), e.questions(), e.keepAssignee(), e.comment());
        return mutate(id, ifVersion, (tx, actor, t) ->
                op.apply(t, actor, tx.tiers().tiers(), session.now()));
    }

    /** What `deescalate` is given: the tier it goes back to and the answer to its questions. */
    public Ticket deescalate(long id, Long ifVersion, Deescalation d) {
        Deescalate op = new Deescalate(d.tier(), d.answer());
        return mutate(id, ifVersion, (tx, actor, t) -> op.apply(t, actor, tx.tiers().tiers(), session.now()));
    }

    // ---------------------------------------------------------------- split and merge

    /** What `split` is given: the message that becomes a ticket of its own, and that ticket's title (null: the old one). */
    public Ticket split(long id, Long ifVersion, Piece piece) {
        long messageId = piece.messageId();
        Split op = new Split(messageId, piece.title());
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Ticket t = load(tx, id, ifVersion);
            op.validate(t, actor);
            Message m = op.require(t, tx.messages().find(messageId).orElse(null));
            Instant now = session.now();
            TicketWriter writer = new TicketWriter(tx);
            Ticket created = writer.create(op.birth(t, actor, m, tx.tiers().tiers().get(0), now), actor.login(), now)
                    .ticket();
            tx.messages().move(m.id(), created.id());
            writer.save(t, op.source(t, actor, created.id()), actor.login(), now);
            return tx.tickets().find(created.id()).orElseThrow();
        });
    }

    /** Merges {@code id} into {@code into}; returns the target. */
    public Ticket merge(long id, Long ifVersion, long into) {
        Merge.check(id, into);
        Merge op = new Merge(into);
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Ticket source = load(tx, id, ifVersion);
            Ticket target = tx.tickets().find(into).orElseThrow(() -> DomainException.ticketNotFound(into));
            op.validate(source, target, actor);
            Instant now = session.now();
            int moved = tx.messages().moveAll(source.id(), target.id());
            Merge.Result r = op.apply(source, target, actor, moved, now);
            TicketWriter writer = new TicketWriter(tx);
            writer.save(target, r.target(), actor.login(), now);
            writer.save(source, r.source(), actor.login(), now);
            // whoever watched the source watches the ticket its messages went to
            for (String w : tx.watchers().watchers(source.id())) {
                boolean team = w.startsWith("team:");
                Mentions.add(tx, target.id(), team ? null : w, team ? w.substring(5) : null, actor.login(), now);
            }
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
        Tag op = Tag.parse(changes);
        return (tx, actor, t) -> op.apply(t, actor, tx.tagSets().tagFamilies(), session.now());
    }

    public Ticket priority(long id, Long ifVersion, Priority value) {
        SetPriority op = new SetPriority(value.value());
        return mutate(id, ifVersion, (tx, actor, t) -> op.apply(t, actor, session.now()));
    }

    public Ticket due(long id, Long ifVersion, String date) {
        boolean clear = date == null || date.equalsIgnoreCase("none") || date.isBlank();
        return mutate(id, ifVersion, (tx, actor, t) -> {
            SetDue.validate(t, actor);
            Instant due = clear ? null : Times.parse(date, Lookups.zone(tx, t.queue()));
            return new SetDue(due).apply(t, actor, session.now());
        });
    }

    public Ticket edit(long id, Long ifVersion, EditRequest r) {
        Edit op = new Edit(r.title(), r.channel() == null ? null : Channel.parse(r.channel()));
        String email = r.requester() == null ? null : Contacts.checkAddress(r.requester());
        return mutate(id, ifVersion, (tx, actor, t) -> {
            op.validate(t, actor);
            String queue = r.queue() == null ? null : Lookups.queue(tx, r.queue()).name();
            Contact current = tx.contacts().contact(t.requesterId()).orElseThrow();
            Contact requester = email != null || r.name() != null
                    ? tx.contacts().contact(email == null ? current.email() : email, r.name()) : null;
            Contact contact = requester == null ? current : requester;
            String account = null;
            if (r.account() != null) {
                Account a = Lookups.account(tx, r.account());
                account = a.name();
                if (!Objects.equals(a.name(), contact.account())) tx.contacts().setContactAccount(contact.id(), a.id());
            }
            Map<CustomField, String> set = new java.util.LinkedHashMap<>();
            for (var e : r.set().entrySet()) set.put(FieldService.require(tx, e.getKey()), e.getValue());
            List<CustomField> unset = new ArrayList<>();
            for (String n : r.unset()) unset.add(FieldService.require(tx, n));
            SetFields fields = new SetFields(set, unset);
            // the values first: a wrong one changes nothing
            Ticket withFields = fields.apply(t, actor, session.now());
            tix.domain.op.Outcome o = op.apply(t, actor, queue, current, requester, account, session.now());
            return fields.isEmpty() ? o : o.with(o.ticket().toBuilder().fields(withFields.fields()).build());
        });
    }

    // ---------------------------------------------------------------- messages

    /** A public answer (SPEC §5 reply). */
    public Ticket reply(long id, Long ifVersion, Answer a) {
        String body = a.body();
        String macro = a.macro();
        Extras with = a.with();
        Reply op = new Reply(a.status());
        List<String> ccs = checkCc(with.cc());
        return mutate(id, ifVersion, true, with.agents(), new TicketWriter.Extras(ccs, with.files()), (tx, actor, t) -> {
            AttachmentService.check(tx, with.files());
            op.validate(t, actor);
            String text = body;
            if (macro != null) {
                String m = MacroService.expand(tx, macro, t, actor, session.now());
                text = text == null || text.isBlank() ? m : text + "\n\n" + m;
            }
            return op.apply(t, actor, text, session.now());
        });
    }

    /** An internal note. */
    public Ticket note(long id, Long ifVersion, Note n) {
        String body = n.body();
        Extras with = n.with();
        if (!with.cc().isEmpty()) {
            throw DomainException.usage("a note is not mailed, so it takes no CC address", "reply --cc, or note --cc-agent");
        }
        AddNote op = new AddNote(body);
        return mutate(id, ifVersion, true, with.agents(), new TicketWriter.Extras(List.of(), with.files()),
                (tx, actor, t) -> {
                    AttachmentService.check(tx, with.files());
                    return op.apply(t, actor, session.now());
                });
    }

    // ---------------------------------------------------------------- watchers

    public Ticket follow(long id, Watcher w) {
        return watch(id, w, true);
    }

    public Ticket unfollow(long id, Watcher w) {
        return watch(id, w, false);
    }

    private Ticket watch(long id, Watcher w, boolean start) {
        String agent = w.agent();
        String team = w.team();
        if (agent != null && team != null) throw DomainException.usage("--agent and --team exclude each other", "give one");
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Ticket t = Lookups.redirect(tx, load(tx, id, null));
            String login = team != null ? null : session.requireAgent(tx, agent == null ? actor.login() : agent).login();
            String teamName = team == null ? null : requireTeam(tx, team);
            if (start) Mentions.add(tx, t.id(), login, teamName, actor.login(), session.now());
            else Mentions.remove(tx, t.id(), login, teamName, actor.login(), session.now());
            return t;
        });
    }

    public Ticket notifyTeam(long id, Long ifVersion, TeamNote n) {
        String team = n.team();
        String note = n.note();
        if (note == null || note.isBlank()) throw DomainException.usage("the note is empty", "--note TEXT");
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Ticket t = Lookups.redirect(tx, load(tx, id, ifVersion));
            String name = requireTeam(tx, team);
            String body = "**" + name + "**\n\n" + note.strip();
            Instant now = session.now();
            Ticket stored = new TicketWriter(tx).save(t, new AddNote(body).apply(t, actor, now), actor.login(), now);
            Mentions.add(tx, t.id(), null, name, actor.login(), now);
            Notifications.teamNote(tx, stored, name, note.strip(), actor.login(), now);
            return stored;
        });
    }

    private static String requireTeam(Tx tx, String team) {
        if (!tx.teams().teamExists(team)) {
            throw DomainException.notFound("team '" + team + "' not found", "see 'tix team list'");
        }
        return team;
    }

    /** --cc-agent: each agent watches the ticket and is told (with the note's text when it is a note). */
    private void cc(Tx tx, Ticket t, List<String> ccAgents, String actor, String noteText) {
        if (ccAgents == null || ccAgents.isEmpty()) return;
        java.util.Set<String> logins = new java.util.LinkedHashSet<>();
        for (String a : ccAgents) logins.add(session.requireAgent(tx, a).login());
        for (String login : logins) Mentions.add(tx, t.id(), login, null, actor, session.now());
        Notifications.copied(tx, tx.tickets().find(t.id()).orElseThrow(), logins, noteText, actor, session.now());
    }

    /** CC addresses as given (a comma-separated list is split); each must be an e-mail address. */
    static List<String> checkCc(List<String> cc) {
        List<String> out = new java.util.ArrayList<>();
        if (cc == null) return out;
        for (String item : cc) {
            for (String a : item.split(",")) {
                if (a.isBlank()) continue;
                String address = tix.domain.Names.address(a, "CC address", "dev@example.com");
                if (out.stream().noneMatch(address::equalsIgnoreCase)) out.add(address);
            }
        }
        return out;
    }

    /**
     * A customer message (typed in by staff, or from mail). Reopens waiting tickets, un-assigns non-sticky ones,
     * and on a closed ticket follows the queue's follow-up policy. Returns the ticket that holds the message.
     */
    public Ticket receive(long id, Long ifVersion, String body) {
        if (body == null || body.isBlank()) throw DomainException.usage("the message is empty", "--body TEXT");
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Ticket t = Lookups.redirect(tx, load(tx, id, ifVersion));
            Rules.requireWorkable(actor, t, "add a customer message to");
            return new Inbound(tx, session.now(), actor.login()).customerMessage(t, body, null);
        });
    }

    // ---------------------------------------------------------------- status

    public Ticket status(long id, Long ifVersion, StatusChange c) {
        return mutate(id, ifVersion, statusOp(c));
    }

    /** The change of `status` (and resolve, close), also run by `bulk`; usage errors are refused here, before any work. */
    Op statusOp(StatusChange c) {
        String until = c.until();
        SetStatus op = new SetStatus(c.status(), c.days(), null, until, c.force());
        return (tx, actor, t) -> {
            if (until == null) return op.apply(t, actor, session.now());
            op.validate(t, actor);
            return op.withUntil(Times.parse(until, Lookups.zone(tx, t.queue()))).apply(t, actor, session.now());
        };
    }

    public Ticket resolve(long id, Long ifVersion) {
        return status(id, ifVersion, StatusChange.to(Status.RESOLVED));
    }

    public Ticket reopen(long id, Long ifVersion) {
        return mutate(id, ifVersion, (tx, actor, t) -> new Reopen().apply(t, actor, session.now()));
    }

    // ---------------------------------------------------------------- delete

    /** What `delete` is given besides the ids: the confirmation {@code permanent}, and the version the one ticket must be at. */
    /** Deletes tickets with their messages, events and outbox rows. {@code ifVersion} needs exactly one id. */
    public List<Long> delete(List<Long> ids, Deletion r) {
        boolean permanent = r.permanent();
        Long ifVersion = r.ifVersion();
        if (!permanent) throw DomainException.usage("deletion is permanent", "add --permanent to confirm");
        if (ids == null || ids.isEmpty()) throw DomainException.usage("no ticket ids given", "tix delete ID... --permanent");
        if (ifVersion != null && ids.size() != 1) throw DomainException.usage("--if-version goes with one ticket id", "delete them one by one");
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.TICKET_DELETE);
            for (long id : ids) load(tx, id, ifVersion);
            for (long id : ids) tx.tickets().delete(id);
            return List.copyOf(ids);
        });
    }

    // ---------------------------------------------------------------- plumbing

    /** One change of one ticket: resolves what the operation needs in the transaction, and applies it. */
    @FunctionalInterface
    interface Op {
        Outcome apply(Tx tx, Actor actor, Ticket t);
    }

    private Ticket mutate(long id, Long ifVersion, Op op) {
        return mutate(id, ifVersion, false, op);
    }

    /**
     * Loads the ticket, applies {@code op}, stores the result with its events. {@code followMerge}: messages for a
     * merged ticket reach its target (SPEC §3).
     */
    private Ticket mutate(long id, Long ifVersion, boolean followMerge, Op op) {
        return mutate(id, ifVersion, followMerge, List.of(), null, op);
    }

    private Ticket mutate(long id, Long ifVersion, boolean followMerge, List<String> ccAgents,
                          TicketWriter.Extras extras, Op op) {
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Ticket loaded = load(tx, id, ifVersion);
            Ticket before = followMerge ? Lookups.redirect(tx, loaded) : loaded;
            Outcome o = op.apply(tx, actor, before);
            // a command that changes nothing (tag +x on a ticket tagged x, due none without a due date) is no change:
            // no event, no new version
            if (o.isNoChange(before)) return before;
            Ticket stored = new TicketWriter(tx).with(extras).save(before, o, actor.login(), session.now());
            cc(tx, stored, ccAgents, actor.login(), noteText(o));
            return stored;
        });
    }

    /** The text of the note an outcome writes, or null. */
    private static String noteText(Outcome o) {
        for (var s : o.leading()) if (s instanceof tix.domain.op.Step.Say say && say.kind() == MessageKind.NOTE) return say.body();
        for (var s : o.trailing()) if (s instanceof tix.domain.op.Step.Say say && say.kind() == MessageKind.NOTE) return say.body();
        return null;
    }

    private static Ticket load(Tx tx, long id, Long ifVersion) {
        Ticket t = Lookups.ticket(tx, id);
        if (ifVersion != null && t.version() != ifVersion) {
            throw DomainException.conflict("#" + id + " is at version " + t.version() + ", not " + ifVersion,
                    "it changed since you read it; show it again");
        }
        return t;
    }
}
