package tix.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "escalate", description = {"Move a ticket up a tier (one tier without --to). Writes one internal "
        + "note with ESCALATED QUESTION headers numbered from 1 and clears the assignee unless --keep-assignee."})
final class EscalateCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Option(converter = DeskNames.TierName.class, names = "--to", paramLabel = "TIER", description = "The target tier.")
    String to;

    @Option(names = "--oncall", description = "Straight to the on-call tier.")
    boolean oncall;

    @Option(names = {"-Q", "--question"}, paramLabel = "TEXT", required = true, description = "A question for the next tier (repeatable; at least one).")
    List<String> questions;

    @Option(names = "--keep-assignee", description = "Keep the current assignee.")
    boolean keepAssignee;

    @Option(names = "--comment", paramLabel = "TEXT", description = "A public transition comment to the customer.")
    String comment;

    @Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        if (oncall && to != null) throw tix.domain.DomainException.usage("--to and --oncall exclude each other", "give one");
        return printChanged(tickets().escalate(id, ifVersion.value,
                new tix.app.TicketRequests.Escalation(oncall ? "oncall" : to, questions, keepAssignee, comment)));
    }
}
