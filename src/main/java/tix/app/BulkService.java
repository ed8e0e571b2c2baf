package tix.app;

import java.util.ArrayList;
import java.util.List;
import tix.domain.Actor;
import tix.domain.Changes;
import tix.domain.DomainException;
import tix.domain.Event;
import tix.domain.Right;
import tix.domain.Rules;
import tix.domain.Ticket;

/**
 * `tix bulk`: one action over a selection of tickets in one transaction (SPEC §1.3 mass close / assign / delete).
 * Each ticket goes through the same operation and rules as the single-ticket command ({@link TicketService}); one
 * refusal refuses the whole selection and nothing is written, unless {@code skipInvalid} leaves the refused tickets
 * out. A dry run does everything and then rolls back, so it shows exactly what would change.
 */
public final class BulkService {
    private final Session session;

    public BulkService(Session session) {
        this.session = session;
    }

    /** A bulk action: a name for messages and the per-ticket change (null for delete). */
    public record Action(String name, TicketService.Op op) {
    }

    public static Action close(TicketService tickets, boolean force) {
        return new Action("close", tickets.statusOp(new TicketRequests.StatusChange(tix.domain.Status.CLOSED, null, null, force)));
    }

    public static Action resolve(TicketService tickets) {
        return new Action("resolve", tickets.statusOp(TicketRequests.StatusChange.to(tix.domain.Status.RESOLVED)));
    }

    public static Action status(TicketService tickets, TicketRequests.StatusChange change) {
        return new Action("status", tickets.statusOp(change));
    }

    public static Action assign(TicketService tickets, TicketRequests.Assignment a) {
        String to = a.agent();
        String team = a.team();
        boolean none = a.none();
        if (to == null && team == null && !none) {
            throw DomainException.usage("bulk assign needs --to AGENT, --team TEAM or --none", "e.g. tix bulk assign --to ana --unassigned");
        }
        if (none && to != null) throw DomainException.usage("--to and --none exclude each other", "give one");
        return new Action("assign", tickets.assignOp(a));
    }

    public static Action tag(TicketService tickets, List<String> changes) {
        return new Action("tag", tickets.tagOp(changes));
    }

    public static Action delete(boolean permanent) {
        if (!permanent) throw DomainException.usage("deletion is permanent", "add --permanent to confirm");
        return new Action("delete", null);
    }

    /** One ticket's outcome: its events (the fields that change), or deleted, or the refusal that skipped it. */
    public record Outcome(long id, List<Event> changes, boolean deleted, String refused) {
    }

    public record Result(String action, boolean dryRun, List<Outcome> done, List<Outcome> skipped) {
    }

    /** Thrown out of the transaction to roll a dry run back, carrying what it would have done. */
    private static final class DryRun extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Result result;

        DryRun(Result result) {
            super("dry run", null, false, false);
            this.result = result;
        }
    }

    /** How a bulk run goes: {@code dryRun} changes nothing, {@code skipInvalid} passes over a ticket the change is refused for; {@code tick} runs after each ticket. */
    public record Mode(boolean dryRun, boolean skipInvalid, Runnable tick) {
    }

    /**
     * Applies {@code action} to the tickets of {@code filter} (ids named in it must exist, exit 3 otherwise).
     * {@code tick} runs after each ticket.
     */
    public Result run(TicketFilter filter, Action action, Mode r) {
        boolean dryRun = r.dryRun();
        boolean skipInvalid = r.skipInvalid();
        Runnable tick = r.tick();
        TicketQueries.validate(filter);
        try {
            return session.store().write(tx -> {
                Actor actor = session.actor(tx);
                if (action.op() == null) Rules.require(actor, Right.TICKET_DELETE);
                if (filter.ids() != null) {
                    for (long id : filter.ids()) tx.tickets().find(id).orElseThrow(() -> DomainException.ticketNotFound(id));
                }
                List<Ticket> selected = new ArrayList<>(tx.tickets().list(TicketQueries.tagKeys(tx, TicketQueries.withFields(tx, filter))));
                selected.sort((a, b) -> Long.compare(a.id(), b.id()));
                List<Outcome> done = new ArrayList<>();
                List<Outcome> skipped = new ArrayList<>();
                for (Ticket t : selected) {
                    if (action.op() == null) {
                        tx.tickets().delete(t.id());
                        done.add(new Outcome(t.id(), List.of(), true, null));
                    } else {
                        try {
                            tix.domain.op.Outcome o = action.op().apply(tx, actor, t);
                            List<Event> changes = Changes.diff(t, o.ticket(), actor.login(), session.now());
                            if (!changes.isEmpty()) new TicketWriter(tx).save(t, o, actor.login(), session.now());
                            done.add(new Outcome(t.id(), changes, false, null));
                        } catch (DomainException e) {
                            if (e.reason() == DomainException.Reason.INTERRUPTED) throw e;
                            if (!skipInvalid || e.reason() == DomainException.Reason.BUSY
                                    || e.reason() == DomainException.Reason.INTERNAL) {
                                throw new DomainException(e.reason(), "bulk " + action.name() + " refused, nothing changed: "
                                        + e.getMessage(), e.hint(), e);
                            }
                            skipped.add(new Outcome(t.id(), List.of(), false, e.getMessage()));
                        }
                    }
                    if (tick != null) tick.run();
                }
                Result result = new Result(action.name(), dryRun, done, skipped);
                if (dryRun) throw new DryRun(result);
                return result;
            });
        } catch (DryRun d) {
            return d.result;
        }
    }
}
