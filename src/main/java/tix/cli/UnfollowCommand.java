package tix.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "unfollow", description = "Stop watching a ticket (you, or --agent A, or --team T). Not watching "
        + "changes nothing.")
final class UnfollowCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @ArgGroup(exclusive = true)
    Who who = new Who();

    /** An agent or a team; neither: the acting agent. */
    static final class Who {
        @Option(converter = DeskNames.WatcherName.class, names = "--agent", paramLabel = "WATCHER", description = "This agent instead of you.")
        String agent;

        @Option(converter = DeskNames.TeamName.class, names = "--team", paramLabel = "TEAM", description = "This team instead of you.")
        String team;
    }

    @Override
    int run() {
        return printChanged(tickets().unfollow(id, new tix.app.TicketRequests.Watcher(who.agent, who.team)));
    }
}
