package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "priority", description = "Set the priority: 1-99 or low (25), medium (50), high (75), urgent (95).")
final class PriorityCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Parameters(index = "1", paramLabel = "VALUE", converter = ClosedSets.PriorityConverter.class)
    tix.domain.Priority value;

    @Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        return printChanged(tickets().priority(id, ifVersion.value, value));
    }
}
