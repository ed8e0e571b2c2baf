package tix.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.BulkService;
import tix.app.TicketFilter;
import tix.domain.DomainException;
import tix.domain.Event;
import tix.domain.Status;
import tix.render.Output;
import tix.render.Progress;

@Command(name = "bulk", description = "One action over a selection of tickets, in one transaction: close, resolve, "
        + "assign, tag, status, delete. Select with the filters of 'list' and/or --ids (a comma list, or '-' to read "
        + "ids from standard input, e.g. tix list --json | jq '.[].id' | tix bulk close --ids -). Each ticket follows "
        + "the same rules as the single-ticket command; if any one is refused the whole bulk is refused with that "
        + "exit code (4, 5 ...) and nothing is written, unless --skip-invalid leaves the refused ones out. --dry-run "
        + "prints what would change and writes nothing.",
        subcommands = {BulkCommand.Close.class, BulkCommand.Resolve.class, BulkCommand.Assign.class,
            BulkCommand.Tag.class, BulkCommand.StatusAction.class, BulkCommand.Delete.class})
final class BulkCommand extends BaseCommand {
    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** The selection and the run options every bulk action shares. */
    static final class Selection {
        @Mixin
        Filters filters;

        @Option(names = "--ids", paramLabel = "IDS", description = "Only these tickets: comma-separated ids, or '-' to "
                + "read them from standard input (whitespace or newline separated, '#' allowed). With --ids, the status "
                + "filter applies only when given.")
        String ids;

        @Option(names = "--dry-run", description = "Show what would change; write nothing.")
        boolean dryRun;

        @Option(names = "--skip-invalid", description = "Leave out tickets the action refuses (listed as skipped) "
                + "instead of refusing the whole bulk.")
        boolean skipInvalid;
    }

    /** Runs the action over the selection and prints the outcome. */
    static int execute(BaseCommand c, Selection s, BulkService.Action action) {
        List<Long> ids = s.ids == null ? null : parseIds(s.ids, c.root().env());
        TicketFilter f = s.filters.filter(ids, c.session().now());
        if (ids == null && !selective(f)) {
            throw DomainException.usage("bulk needs a selection", "filters of 'list' (e.g. --status resolved) or --ids");
        }
        BulkService.Result r;
        try (Progress p = c.progress("bulk " + action.name(), 0)) {
            r = new BulkService(c.session()).run(f, action, new BulkService.Mode(s.dryRun, s.skipInvalid, p::advance));
        }
        print(c.output(), r);
        return ExitCodes.OK;
    }

    private static boolean selective(TicketFilter f) {
        return !f.statuses().isEmpty() || f.queue() != null || f.tier() != null || f.assignee() != null || f.unassigned()
                || f.team() != null || !f.tags().isEmpty() || f.priorityMin() != null || f.requester() != null
                || f.unanswered() || f.sla() != null || f.limit() != null || !f.fields().isEmpty() || f.channel() != null
                || f.created() != null || f.updated() != null || f.closed() != null;
    }

    static List<Long> parseIds(String text, Env env) {
        boolean stdin = text.equals("-");
        String all = text;
        if (stdin) {
            try {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                env.stdin().transferTo(buf);
                all = Body.decode(buf.toByteArray(), "standard input");
            } catch (IOException e) {
                throw DomainException.invalidData("cannot read standard input", String.valueOf(e.getMessage()));
            }
        }
        List<Long> out = new ArrayList<>();
        for (String tok : all.split("[\\s,]+")) {
            if (tok.isEmpty()) continue;
            String t = tok.startsWith("#") ? tok.substring(1) : tok;
            long id;
            try {
                id = Long.parseLong(t);
            } catch (NumberFormatException e) {
                id = -1;
            }
            if (id <= 0) {
                String msg = "bad ticket id '" + tok + "'" + (stdin ? " on standard input" : "");
                if (stdin) throw DomainException.invalidData(msg, "one positive id per word, e.g. 42 or #42");
                throw DomainException.usage(msg, "comma-separated ids, e.g. --ids 3,5,8");
            }
            if (!out.contains(id)) out.add(id);
        }
        return out;
    }

    private static void print(Output out, BulkService.Result r) {
        if (out.format() == Output.Format.TEXT) {
            for (BulkService.Outcome o : r.done()) {
                if (o.deleted()) {
                    out.say("#" + o.id() + "  deleted");
                } else if (o.changes().isEmpty()) {
                    out.say("#" + o.id() + "  unchanged");
                } else {
                    List<String> parts = new ArrayList<>();
                    for (Event e : o.changes()) parts.add(e.field() + " " + dash(e.oldValue()) + " -> " + dash(e.newValue()));
                    out.say("#" + o.id() + "  " + String.join(", ", parts));
                }
            }
            for (BulkService.Outcome o : r.skipped()) out.say("#" + o.id() + "  skipped: " + o.refused());
            long changed = r.done().stream().filter(o -> o.deleted() || !o.changes().isEmpty()).count();
            out.say((r.dryRun() ? "Dry run: bulk " + r.action() + " would change " : "bulk " + r.action() + ": changed ")
                    + changed + " of " + (r.done().size() + r.skipped().size()) + " ticket(s)"
                    + (r.skipped().isEmpty() ? "" : ", skipped " + r.skipped().size())
                    + (r.dryRun() ? "; nothing written" : ""));
            if (r.done().isEmpty() && r.skipped().isEmpty()) out.note("(no ticket matched)");
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", r.action());
        m.put("dry_run", r.dryRun());
        m.put("count", r.done().stream().filter(o -> o.deleted() || !o.changes().isEmpty()).count());
        List<Object> tickets = new ArrayList<>();
        for (BulkService.Outcome o : r.done()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", o.id());
            if (o.deleted()) t.put("deleted", true);
            List<Object> changes = new ArrayList<>();
            for (Event e : o.changes()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("field", e.field());
                x.put("old", e.oldValue());
                x.put("new", e.newValue());
                changes.add(x);
            }
            t.put("changes", changes);
            tickets.add(t);
        }
        m.put("tickets", tickets);
        List<Object> skipped = new ArrayList<>();
        for (BulkService.Outcome o : r.skipped()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", o.id());
            x.put("error", o.refused());
            skipped.add(x);
        }
        m.put("skipped", skipped);
        out.record(m);
    }

    private static String dash(String v) {
        return v == null ? "-" : v;
    }

    @Command(name = "close", description = "Close the selected tickets (resolved ones; any open status with --force, admin).")
    static final class Close extends BaseCommand {
        @Mixin
        Selection selection;

        @Option(names = "--force", description = "Also close tickets that are not resolved (admin).")
        boolean force;

        @Override
        int run() {
            return execute(this, selection, BulkService.close(tickets(), force));
        }
    }

    @Command(name = "resolve", description = "Resolve the selected tickets.")
    static final class Resolve extends BaseCommand {
        @Mixin
        Selection selection;

        @Override
        int run() {
            return execute(this, selection, BulkService.resolve(tickets()));
        }
    }

    @Command(name = "assign", description = "Assign the selected tickets: --to AGENT, --team TEAM or --none "
            + "(assigning to someone else needs admin).")
    static final class Assign extends BaseCommand {
        @Mixin
        Selection selection;

        @Option(converter = DeskNames.AgentLogin.class, names = "--to", paramLabel = "AGENT", description = "The agent.")
        String to;

        // --team comes from the shared filters; here it names the team to assign to, as in 'tix assign'
        @Option(names = "--in-team", paramLabel = "T", description = "Select tickets of this team (in bulk assign, "
                + "--team TEAM is the team to assign to, as in 'tix assign').")
        String inTeam;

        @Option(names = "--none", description = "Nobody (back to the pool).")
        boolean none;

        @ArgGroup(exclusive = true)
        AssignCommand.Stickiness stickiness;

        @Override
        int run() {
            Boolean sticky = stickiness == null ? null : stickiness.sticky;
            String team = selection.filters.team;
            selection.filters.team = inTeam;
            return execute(this, selection, BulkService.assign(tickets(), new tix.app.TicketRequests.Assignment(to, team, none, sticky)));
        }
    }

    @Command(name = "tag", description = "Add (+TAG) and remove (-TAG) tags on the selected tickets.")
    static final class Tag extends BaseCommand {
        @Mixin
        Selection selection;

        @Parameters(converter = DeskNames.TagChange.class, arity = "1..*", paramLabel = "+TAG|-TAG")
        List<String> changes;

        @Override
        int run() {
            return execute(this, selection, BulkService.tag(tickets(), changes));
        }
    }

    @Command(name = "status", description = "Set the status of the selected tickets (hold needs --days or --until).")
    static final class StatusAction extends BaseCommand {
        @Mixin
        Selection selection;

        @Parameters(index = "0", paramLabel = "STATUS", converter = ClosedSets.StatusConverter.class, completionCandidates = ClosedSets.Statuses.class)
        Status status;

        @Option(names = "--days", paramLabel = "N", description = "For hold and waiting: until now + N days.")
        Long days;

        @Option(names = "--until", paramLabel = "DATE", description = "For hold and waiting: until this date.")
        String until;

        @Option(names = "--force", description = "Allow closing tickets that are not resolved (admin).")
        boolean force;

        @Override
        int run() {
            return execute(this, selection, BulkService.status(tickets(),
                    new tix.app.TicketRequests.StatusChange(status, days, until, force)));
        }
    }

    @Command(name = "delete", description = "Delete the selected tickets for ever, with their messages and history (admin).")
    static final class Delete extends BaseCommand {
        @Mixin
        Selection selection;

        @Option(names = "--permanent", description = "Confirm: there is no undo.")
        boolean permanent;

        @Override
        int run() {
            return execute(this, selection, BulkService.delete(permanent));
        }
    }
}
