package tix.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.TeamService;
import tix.render.AdminViews;

@Command(name = "tier", description = "Tiers in escalation order (default triage, t1 ... t5, oncall). "
        + "'tix escalate' without --to moves a ticket one tier up this list.",
        subcommands = {TierCommand.ListTiers.class, TierCommand.Add.class, TierCommand.Set.class})
final class TierCommand extends BaseCommand {
    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    static int print(BaseCommand c, List<TeamService.TierInfo> tiers) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TeamService.TierInfo t : tiers) rows.add(AdminViews.tier(t));
        c.output().records(rows, AdminViews.TIER_COLUMNS);
        return ExitCodes.OK;
    }

    /** After a change: the tiers, but nothing with --quiet. */
    static int tiersChanged(BaseCommand c, List<TeamService.TierInfo> tiers) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TeamService.TierInfo t : tiers) rows.add(AdminViews.tier(t));
        c.output().changedRecords(rows, AdminViews.TIER_COLUMNS);
        return ExitCodes.OK;
    }

    @Command(name = "list", aliases = "ls", description = "The tiers, lowest first: position, calendar (empty: the "
            + "queue's), ticket count.")
    static final class ListTiers extends BaseCommand {
        @Override
        int run() {
            return print(this, new TeamService(session()).tiers());
        }
    }

    @Command(name = "add", description = "Add a tier (admin only), e.g. tix tier add t2b --after t2; prints the new "
            + "list. Give it SLA targets with 'tix sla'.")
    static final class Add extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(converter = DeskNames.TierName.class, names = "--after", paramLabel = "TIER", description = "Place it right above this tier (default: on top).")
        String after;

        @Option(names = "--calendar", paramLabel = "NAME", description = "Its own calendar (default: the queue's).")
        String calendar;

        @Override
        int run() {
            return tiersChanged(this, new TeamService(session()).addTier(name, new TeamService.NewTier(after, calendar)));
        }
    }

    @Command(name = "set", description = "Change a tier (desk.configure): --team names the team escalations into the tier "
            + "notify (in oncall its members' take or note acknowledges the page). Prints the new list.")
    static final class Set extends BaseCommand {
        @Parameters(converter = DeskNames.TierName.class, index = "0", paramLabel = "TIER")
        String name;

        @Option(converter = DeskNames.TeamName.class, names = "--team", paramLabel = "TEAM", required = true, description = "The tier's team (\"\" for none).")
        String team;

        @Override
        int run() {
            return tiersChanged(this, new TeamService(session()).setTierTeam(name, team.isBlank() ? null : team));
        }
    }
}
