package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "receive", description = {"Record a customer message (a call, a chat). Reopens pending, waiting, "
        + "hold, resolved and review tickets; on a closed ticket opens a follow-up. Prints the ticket that holds it."})
final class ReceiveCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Mixin
    Body body;

    @Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        return printChanged(tickets().receive(id, ifVersion.value, body.read(root().env(), true)));
    }
}
