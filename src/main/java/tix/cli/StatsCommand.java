package tix.cli;

import picocli.CommandLine.Command;
import tix.app.Stats;
import tix.render.Output;
import tix.render.StatsView;

@Command(name = "stats", description = {"The desk at a glance: tickets created this month, this week (from Monday), "
        + "yesterday and today (UTC days), active tickets nobody is assigned to, active tickets per tier by SLA colour "
        + "(as coloured bars on a terminal), and the backlog at the end of each of the last 14 days as a sparkline.",
        "--json gives {created, unassigned, sla_by_tier, backlog}; --csv one row of every figure."})
final class StatsCommand extends BaseCommand {
    @Override
    int run() {
        Stats stats = Stats.of(session());
        Output out = output();
        switch (out.format()) {
            case JSON: out.record(StatsView.map(stats)); break;
            case CSV: out.record(StatsView.flat(stats)); break;
            default: out.text(StatsView.text(stats, out.screen())); break;
        }
        return ExitCodes.OK;
    }
}
