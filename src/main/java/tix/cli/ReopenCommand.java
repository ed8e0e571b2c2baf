package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "reopen", description = "Reopen a resolved or closed ticket (status open).")
final class ReopenCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        return printChanged(tickets().reopen(id, ifVersion.value));
    }
}
