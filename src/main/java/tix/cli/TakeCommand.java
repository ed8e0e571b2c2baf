package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "take", description = "Assign a ticket to yourself (ticket.take; a colleague's ticket also needs ticket.assign.others).")
final class TakeCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        return printChanged(tickets().take(id, ifVersion.value));
    }
}
