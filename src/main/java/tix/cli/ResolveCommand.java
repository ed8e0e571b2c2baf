package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "resolve", description = "Mark answered, no reply expected (from new, open, pending, waiting, hold, review).")
final class ResolveCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        return printChanged(tickets().resolve(id, ifVersion.value));
    }
}
