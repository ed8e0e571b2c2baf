package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", description = "Move a ticket's messages and tags into another; the source is closed and "
        + "linked merged_into. Prints the target.")
final class MergeCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Option(names = "--into", paramLabel = "ID", required = true, converter = TicketIdConverter.class, description = "The target ticket.")
    long into;

    @Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        return printChanged(tickets().merge(id, ifVersion.value, into));
    }
}
