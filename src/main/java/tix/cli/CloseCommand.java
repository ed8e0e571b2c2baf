package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "close", description = "Close a resolved ticket; closed is final but for 'reopen'.")
final class CloseCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Option(names = "--force", description = "Close from any open status (right ticket.close.force: admins).")
    boolean force;

    @Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        return printChanged(tickets().status(id, ifVersion.value,
                new tix.app.TicketRequests.StatusChange(tix.domain.Status.CLOSED, null, null, force)));
    }
}
