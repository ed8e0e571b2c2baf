package tix.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "follow", description = "Watch a ticket: you (or --agent A, or --team T) hear of its customer replies, "
        + "status changes, escalations and SLA red, as each agent's 'agent set --notify' says. Watching twice changes "
        + "nothing.")
final class FollowCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @ArgGroup(exclusive = true)
    Who who = new Who();

    /** An agent or a team; neither: the acting agent. */
    static final class Who {
        @Option(converter = DeskNames.AgentLogin.class, names = "--agent", paramLabel = "AGENT", description = "This agent instead of you.")
        String agent;

        @Option(converter = DeskNames.TeamName.class, names = "--team", paramLabel = "TEAM", description = "This team (its members) instead of you.")
        String team;
    }

    @Override
    int run() {
        return printChanged(tickets().follow(id, new tix.app.TicketRequests.Watcher(who.agent, who.team)));
    }
}
