package tix.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.TeamService;
import tix.render.AdminViews;

@Command(name = "team", description = "Teams (Engagement, Product, Billing ...): tickets are assigned to a team with "
        + "'tix assign ID --team T'. Membership is also set with 'tix agent set LOGIN --team T'. Changes are admin only.",
        subcommands = {TeamCommand.Add.class, TeamCommand.ListTeams.class, TeamCommand.Show.class, TeamCommand.Set.class,
            TeamCommand.Remove.class})
final class TeamCommand extends BaseCommand {
    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    @Command(name = "add", description = "Add a team, e.g. tix team add product --member ana --member bo.")
    static final class Add extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "Letters, digits, . _ -")
        String name;

        @Option(names = "--member", paramLabel = "LOGIN", split = ",", description = "A member (repeatable).")
        List<String> members;

        @Override
        int run() {
            output().record(AdminViews.team(new TeamService(session()).add(name, members)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "set", description = "Add or remove members.")
    static final class Set extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(converter = DeskNames.AgentLogin.class, names = "--add-member", paramLabel = "LOGIN", split = ",", description = "Add a member (repeatable).")
        List<String> add;

        @Option(converter = DeskNames.AgentLogin.class, names = "--remove-member", paramLabel = "LOGIN", split = ",", description = "Remove a member (repeatable).")
        List<String> remove;

        @Override
        int run() {
            output().record(AdminViews.team(new TeamService(session()).set(name, new TeamService.MemberChange(add, remove))));
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "A team's members and ticket count.")
    static final class Show extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        int run() {
            output().record(AdminViews.team(new TeamService(session()).show(name)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", aliases = "ls", description = "Every team with its members and ticket count.")
    static final class ListTeams extends BaseCommand {
        @Override
        int run() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (TeamService.TeamInfo t : new TeamService(session()).list()) rows.add(AdminViews.team(t));
            output().records(rows, AdminViews.TEAM_COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", aliases = "rm", description = "Delete a team. Its tickets keep their assignee and lose "
            + "the team (an 'assigned team' event on each).")
    static final class Remove extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        int run() {
            List<Long> ids = new TeamService(session()).remove(name);
            var out = output();
            if (out.format() == tix.render.Output.Format.TEXT) {
                out.say("Removed team " + name + (ids.isEmpty() ? "" : "; " + ids.size() + " ticket(s) left without a team"));
            } else {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("name", name);
                m.put("ids", ids);
                out.record(m);
            }
            return ExitCodes.OK;
        }
    }
}
