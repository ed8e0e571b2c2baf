package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "release", description = "Give a ticket back to the pool (unassign it; a colleague's ticket needs ticket.assign.others).")
final class ReleaseCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        return printChanged(tickets().release(id, ifVersion.value));
    }
}
