package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "deescalate", description = "Move a ticket down to a lower tier, answering the escalated questions.")
final class DeescalateCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Option(converter = DeskNames.TierName.class, names = "--to", paramLabel = "TIER", required = true, description = "The target tier.")
    String to;

    @Option(names = "--answer", paramLabel = "TEXT", description = "The answer to the escalated questions (internal note).")
    String answer;

    @Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        return printChanged(tickets().deescalate(id, ifVersion.value, new tix.app.TicketRequests.Deescalation(to, answer)));
    }
}
