package tix.cli;

import picocli.CommandLine.Command;
import tix.app.Stats;
import tix.render.Output;
import tix.render.StatsView;

@Command(name = "stats", description = {"The desk at a glance: tickets created this month, this week (from Monday), "
        + "yesterday and today (UTC days), active tickets nobody is assigned to, active tickets per tier by SLA colour "
        + "(as coloured bars on a terminal), and the backlog at the end of each of the last 14 days as a sparkline.",
        "--created, --updated and --closed count only the tickets of that period (SINCE[..UNTIL], as in 'list').",
        "--json gives {created, unassigned, sla_by_tier, backlog}; --csv one row of every figure."})
final class StatsCommand extends BaseCommand {
    @picocli.CommandLine.Option(names = "--created", paramLabel = "PERIOD",
            description = "Only tickets created in this period: 7d, 2w, a date, SINCE..UNTIL (SINCE inclusive, UNTIL exclusive).")
    String created;

    @picocli.CommandLine.Option(names = "--updated", paramLabel = "PERIOD", description = "Only tickets last changed in this period.")
    String updated;

    @picocli.CommandLine.Option(names = "--closed", paramLabel = "PERIOD", description = "Only tickets closed in this period.")
    String closed;

    @Override
    int run() {
        tix.app.TicketFilter scope = null;
        if (created != null || updated != null || closed != null) {
            scope = tix.app.TicketFilter.where().everyStatus().created(period(created)).updated(period(updated))
                    .closed(period(closed)).build();
        }
        Stats stats = Stats.of(session(), scope);
        Output out = output();
        switch (out.format()) {
            case JSON: out.record(StatsView.map(stats)); break;
            case CSV: out.record(StatsView.flat(stats)); break;
            default: out.text(StatsView.text(stats, out.screen())); break;
        }
        return ExitCodes.OK;
    }

    private tix.domain.Period period(String text) {
        return text == null ? null : tix.domain.Period.parse(text, session().now(), java.time.ZoneOffset.UTC);
    }
}
