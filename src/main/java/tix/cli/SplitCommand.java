package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "split", description = {"Move one message to a new ticket: same requester and queue, tier triage, "
        + "no assignee or team, linked split_from, with an internal note on both. Prints the new ticket."})
final class SplitCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Option(names = {"-m", "--message"}, paramLabel = "MSG_ID", required = true, description = "The message to move (ids in 'tix show').")
    long message;

    @Option(names = {"-t", "--title"}, paramLabel = "TEXT", description = "Title of the new ticket.")
    String title;

    @Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        return printChanged(tickets().split(id, ifVersion.value, new tix.app.TicketRequests.Piece(message, title)));
    }
}
