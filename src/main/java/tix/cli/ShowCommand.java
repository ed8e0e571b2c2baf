package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "A ticket with its messages, links, SLA and the requester's other tickets.")
final class ShowCommand extends BaseCommand {
    @picocli.CommandLine.Mixin
    TemplateOption format;

    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class, description = "Ticket id.")
    long id;

    @picocli.CommandLine.Option(names = "--explain", description = "Also explain the SLA computation (text; `sla explain ID --json` is its JSON).")
    boolean explain;

    @Override
    int run() {
        output().template(format.template).ticket(queries().show(id, true));
        if (explain && output().format() == tix.render.Output.Format.TEXT) SlaCommand.print(output(), new tix.app.SlaService(session()).explain(id));
        return ExitCodes.OK;
    }
}
