package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tix.app.ReportService;
import tix.render.Output;
import tix.render.ReportViews;

@Command(name = "report", description = "What happened on the desk in a period, for the weekly review: answers "
        + "written again and again (repeats), tag use (tags) and the hand-over (handoff). Periods: 7d, 12h, 2w, a "
        + "date, or SINCE..UNTIL (14d..7d, 2026-11-01..2026-12-01); SINCE inclusive, UNTIL exclusive, UTC days; "
        + "relative ones count back from --now.",
        subcommands = {ReportCommand.RepeatsReport.class, ReportCommand.TagsReport.class, ReportCommand.HandoffReport.class})
final class ReportCommand extends BaseCommand {
    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    @Command(name = "repeats", description = "Public answers written at least --min times in near-identical words "
            + "(equal once case, spacing, punctuation, digits and the customer's name are set aside) without a macro "
            + "or a doc link: each is a macro or a doc waiting to be written. JSON: [{text, count, ticket_ids}].")
    static final class RepeatsReport extends BaseCommand {
        @Option(names = "--since", paramLabel = "PERIOD", description = "Only answers written in this period (default: all).")
        String since;

        @Option(names = "--min", paramLabel = "N", defaultValue = "" + ReportService.REPEATED,
                description = "How many times (default ${DEFAULT-VALUE}).")
        int min;

        @Override
        int run() {
            ReportService reports = new ReportService(session());
            output().records(ReportViews.repeats(reports.repeats(reports.period(since), min)), ReportViews.REPEAT_COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "tags", description = "Each tag's use in the period: on how many tickets created then, and how "
            + "often it was added to or removed from tickets. JSON: [{tag, tickets, added, removed}].")
    static final class TagsReport extends BaseCommand {
        @Option(names = "--since", paramLabel = "PERIOD", defaultValue = "7d", description = "Default ${DEFAULT-VALUE}.")
        String since;

        @Override
        int run() {
            ReportService reports = new ReportService(session());
            output().records(ReportViews.tags(reports.tags(reports.period(since))), ReportViews.TAG_COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "handoff", description = "The weekly hand-over: escalations up and down, known issues opened, "
            + "resolved or linked, tickets still open in --from-tier and above with their SLA colour, and process "
            + "tags added (the tag family --process-family). JSON: {from, until, escalations, known_issues, "
            + "open_in_high_tiers, process_tags}; CSV: one row per item with its section.")
    static final class HandoffReport extends BaseCommand {
        @Option(names = "--since", paramLabel = "PERIOD", defaultValue = "7d", description = "Default ${DEFAULT-VALUE}.")
        String since;

        @Option(converter = DeskNames.TierName.class, names = "--from-tier", paramLabel = "TIER", defaultValue = "t3",
                description = "Open tickets in this tier and above are listed (default ${DEFAULT-VALUE}).")
        String fromTier;

        @Option(converter = DeskNames.TagFamily.class, names = "--process-family", paramLabel = "FAMILY", defaultValue = "process",
                description = "The tag family of process tags (default ${DEFAULT-VALUE}).")
        String processFamily;

        @Override
        int run() {
            ReportService reports = new ReportService(session());
            ReportService.Handoff h = reports.handoff(reports.period(since),
                    new ReportService.HandoffScope(fromTier, processFamily));
            Output out = output();
            switch (out.format()) {
                case JSON: out.record(ReportViews.handoff(h)); break;
                case CSV: out.records(ReportViews.handoffRows(h), ReportViews.HANDOFF_COLUMNS); break;
                default: out.text(ReportViews.handoffText(h)); break;
            }
            return ExitCodes.OK;
        }
    }
}
