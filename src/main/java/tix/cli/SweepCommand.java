package tix.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tix.app.SweepService;
import tix.render.Output;
import tix.render.Views;

@Command(name = "sweep", description = "Apply every time rule due at --now (default: the clock): unattended new tickets "
        + "escalate, unanswered priority grows, pending reminders and auto-resolve, waiting and hold expiry, auto-close, "
        + "SLA colours. Meant for cron: prints only what it did (nothing when nothing was due, unless -v). A second sweep "
        + "started while one runs exits 0 without doing anything.")
final class SweepCommand extends BaseCommand {
    @Option(names = "--dry-run", description = "Print what would happen and write nothing (with --now: a what-if).")
    boolean dryRun;

    @Option(names = {"-v", "--verbose"}, description = "Also say when nothing was due, and how many tickets were read.")
    boolean verbose;

    @Override
    int run() {
        SweepService.Result r = new SweepService(session()).sweep(dryRun);
        Output out = output();
        if (out.format() == Output.Format.JSON) {
            out.record(json(r));
            return ExitCodes.OK;
        }
        if (!r.ran()) {
            spec.commandLine().getErr().println("tix: another sweep is running on this database; nothing done");
            spec.commandLine().getErr().flush();
            return ExitCodes.OK;
        }
        String prefix = r.dryRun() ? "would " : "";
        for (SweepService.Action a : r.actions()) {
            out.say(prefix + String.format("%-9s #%d  %s", a.rule().wire(), a.ticketId(), a.what()));
        }
        if (verbose) {
            for (long id : r.skipped()) out.say("skipped   #" + id + "  changed after the sweep read it; next sweep");
            out.say((r.dryRun() ? "dry run" : "sweep") + " at " + Views.time(r.now()) + ": " + r.examined()
                    + " due ticket(s) read, " + r.actions().size() + " action(s), " + r.skipped().size() + " skipped");
        }
        return ExitCodes.OK;
    }

    static Map<String, Object> json(SweepService.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ran", r.ran());
        m.put("dry_run", r.dryRun());
        m.put("now", Views.time(r.now()));
        m.put("examined", r.examined());
        Map<String, Object> counts = new LinkedHashMap<>();
        Map<String, Object> ids = new LinkedHashMap<>();
        for (var e : r.byRule().entrySet()) {
            counts.put(e.getKey().wire(), e.getValue().size());
            ids.put(e.getKey().wire(), e.getValue());
        }
        m.put("counts", counts);
        m.put("tickets", ids);
        m.put("skipped", r.skipped());
        List<Object> actions = new ArrayList<>();
        for (SweepService.Action a : r.actions()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("ticket_id", a.ticketId());
            x.put("rule", a.rule().wire());
            x.put("what", a.what());
            actions.add(x);
        }
        m.put("actions", actions);
        return m;
    }
}
