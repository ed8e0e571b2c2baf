package tix.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.AgentService;
import tix.app.AgentService.AgentChange;
import tix.domain.Agent;
import tix.render.Views;

@Command(name = "agent", description = "Agents: add, list, set, show.",
        subcommands = {AgentCommand.Add.class, AgentCommand.ListAgents.class, AgentCommand.Set.class, AgentCommand.Show.class})
final class AgentCommand extends BaseCommand {
    static final List<String> COLUMNS = List.of("login", "name", "role", "teams", "description");

    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    static class Profile {
        @Option(names = "--name", paramLabel = "NAME", description = "Full name.")
        String name;

        @Option(converter = ClosedSets.RoleConverter.class, names = "--role", paramLabel = "ROLE",
                description = "agent, lead, admin or a role of the desk's own (tix role list).")
        tix.domain.Role role;

        @Option(names = "--description", paramLabel = "TEXT", description = "What the agent does (profile).")
        String description;

        @Option(names = "--signature", paramLabel = "TEXT", description = "Appended to public replies.")
        String signature;

        @Option(converter = DeskNames.TeamName.class, names = "--team", paramLabel = "TEAM", split = ",", description = "Team membership (repeatable; replaces the list).")
        List<String> teams;

        @Option(names = "--email", paramLabel = "EMAIL", description = "Where notifications go (\"\" removes it).")
        String email;

        @Option(names = "--notify", paramLabel = "WHAT", description = "Which notifications: none, assigned "
                + "(the default: everything about tickets assigned to the agent, escalations into their teams' tiers and "
                + "tickets they watch), all (that and every new ticket), or a comma list of the events new, reply, "
                + "assigned, escalation, sla, status, mention.")
        String notify;

        AgentChange change() {
            return new AgentChange(name, role, description, signature, teams, email, notify);
        }
    }

    @Command(name = "add", description = "Add an agent (desk.configure: admins). On a desk without agents, whoever adds the first one is "
            + "registered as admin too, so the desk always keeps an admin.")
    static final class Add extends BaseCommand {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @picocli.CommandLine.Mixin
        Profile profile;

        @Override
        int run() {
            output().record(Views.agent(new AgentService(session()).add(login, profile.change())));
            return ExitCodes.OK;
        }
    }

    @Command(name = "set", description = "Change an agent's role or profile (admin; agents may edit their own profile).")
    static final class Set extends BaseCommand {
        @Parameters(converter = DeskNames.AgentLogin.class, index = "0", paramLabel = "LOGIN")
        String login;

        @picocli.CommandLine.Mixin
        Profile profile;

        @Override
        int run() {
            output().record(Views.agent(new AgentService(session()).set(login, profile.change())));
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "One agent's profile.")
    static final class Show extends BaseCommand {
        @Parameters(converter = DeskNames.AgentLogin.class, index = "0", paramLabel = "LOGIN")
        String login;

        @Override
        int run() {
            output().record(Views.agent(new AgentService(session()).show(login)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "All agents.")
    static final class ListAgents extends BaseCommand {
        @Override
        int run() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Agent a : new AgentService(session()).list()) rows.add(Views.agent(a));
            output().records(rows, COLUMNS);
            return ExitCodes.OK;
        }
    }
}
