package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "due", description = "Set the due date (YYYY-MM-DD in the queue's timezone, or ISO-8601); 'none' clears it.")
final class DueCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Parameters(index = "1", paramLabel = "DATE")
    String date;

    @Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        return printChanged(tickets().due(id, ifVersion.value, date));
    }
}
