package tix.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.TicketRequests;

@Command(name = "note", description = "An internal note: never sent, never in customer-facing exports.")
final class NoteCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Mixin
    Body body;

    @Mixin
    Attach attach;

    @Mixin
    IfVersion ifVersion;

    @Option(converter = DeskNames.AgentLogin.class, names = "--cc-agent", paramLabel = "AGENT", split = ",", description = "These agents watch the ticket from "
            + "now on and are told (repeatable).")
    java.util.List<String> ccAgents;

    @Override
    int run() {
        return printChanged(tickets().note(id, ifVersion.value, new TicketRequests.Note(body.read(root().env(), true),
                new TicketRequests.Extras(ccAgents, List.of(), attach.read()))));
    }
}
