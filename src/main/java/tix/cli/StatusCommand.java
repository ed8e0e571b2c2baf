package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.domain.Status;

@Command(name = "status", description = {"Change the status: open, pending, waiting, hold (--days N or --until "
        + "DATE), review, resolved, closed. Invalid transitions exit 4."})
final class StatusCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Parameters(index = "1", paramLabel = "STATUS", converter = ClosedSets.StatusConverter.class, completionCandidates = ClosedSets.Statuses.class)
    Status status;

    @Option(names = "--days", paramLabel = "N", description = "Hold or wait N days (24 h each).")
    Long days;

    @Option(names = "--until", paramLabel = "DATE", description = "Hold or wait until DATE.")
    String until;

    @Option(names = "--force", description = "With closed: close from any open status (right ticket.close.force: admins).")
    boolean force;

    @Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        return printChanged(tickets().status(id, ifVersion.value,
                new tix.app.TicketRequests.StatusChange(status, days, until, force)));
    }
}
