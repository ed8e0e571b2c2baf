package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "A ticket with its messages, links, SLA and the requester's other tickets.")
final class ShowCommand extends BaseCommand {
    @picocli.CommandLine.Mixin
    TemplateOption format;

    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class, description = "Ticket id.")
    long id;

    @Override
    int run() {
        output().template(format.template).ticket(queries().show(id, true));
        return ExitCodes.OK;
    }
}
