package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "notify", description = "Tell a team about a ticket without assigning it: an internal note headed "
        + "with the team's name (**NAME**), the team watches the ticket, and its members are notified whatever they "
        + "chose.")
final class NotifyCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Option(converter = DeskNames.TeamName.class, names = "--team", required = true, paramLabel = "TEAM", description = "The team to tell.")
    String team;

    @Option(names = "--note", required = true, paramLabel = "TEXT", description = "What to tell them (an internal note).")
    String note;

    @Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        return printChanged(tickets().notifyTeam(id, ifVersion.value, new tix.app.TicketRequests.TeamNote(team, note)));
    }
}
