package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.TicketRequests;
import tix.domain.Status;

@Command(name = "reply", description = "A public answer to the customer, queued as email when the requester has an address.")
final class ReplyCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Mixin
    Body body;

    @Option(names = "--status", paramLabel = "S", converter = ClosedSets.StatusConverter.class, completionCandidates = ClosedSets.Statuses.class, description = "Then set pending, resolved or waiting.")
    Status status;

    @Option(converter = DeskNames.MacroName.class, names = "--macro", paramLabel = "NAME", description = "Append this canned response.")
    String macro;

    @Option(names = "--doc", paramLabel = "N", converter = DocIdConverter.class,
            description = "Put knowledge-base doc N after the text: its title and URL, or its title and body when it has "
                    + "no URL ('tix doc search WORDS' finds one).")
    Long doc;

    @Option(names = "--cc", paramLabel = "ADDR", split = ",",
            description = "Also send the answer to these addresses (repeatable or comma-separated; besides the queue's default CC and whom the "
                    + "customer copied).")
    java.util.List<String> cc = new java.util.ArrayList<>();

    @Mixin
    Attach attach;

    @Mixin
    IfVersion ifVersion;

    @Option(converter = DeskNames.AgentLogin.class, names = "--cc-agent", paramLabel = "AGENT", split = ",", description = "These agents watch the ticket from "
            + "now on and are told (repeatable).")
    java.util.List<String> ccAgents;

    @Override
    int run() {
        String text = body.read(root().env(), macro == null && doc == null);
        if (doc != null) text = new tix.app.DocService(session()).withLink(text, doc);
        return printChanged(tickets().reply(id, ifVersion.value, new TicketRequests.Answer(text, status, macro,
                new TicketRequests.Extras(ccAgents, cc, attach.read()))));
    }
}
