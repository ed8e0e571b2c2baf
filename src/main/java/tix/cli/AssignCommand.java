package tix.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "assign", description = "Assign a ticket to an agent or a team, or to nobody. To someone else "
        + "or reassigning needs ticket.assign.others, to a team ticket.assign.team (agents have both); with --team and "
        + "--to the agent must be in the team (else exit 4).")
final class AssignCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Option(converter = DeskNames.AgentLogin.class, names = "--to", paramLabel = "AGENT", description = "The agent.")
    String to;

    @Option(converter = DeskNames.TeamName.class, names = "--team", paramLabel = "TEAM", description = "The team.")
    String team;

    @Option(names = "--none", description = "Nobody (back to the pool).")
    boolean none;

    @ArgGroup(exclusive = true)
    Stickiness stickiness;

    static final class Stickiness {
        @Option(names = "--sticky", description = "Customer replies keep the assignee (default).")
        boolean sticky;

        @Option(names = "--no-sticky", description = "A customer reply un-assigns the ticket.")
        boolean noSticky;
    }

    @Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        if (to == null && team == null && !none) {
            throw tix.domain.DomainException.usage("assign needs --to AGENT, --team TEAM or --none", "e.g. tix assign 42 --to ana");
        }
        if (none && to != null) throw tix.domain.DomainException.usage("--to and --none exclude each other", "give one");
        Boolean sticky = stickiness == null ? null : stickiness.sticky;
        return printChanged(tickets().assign(id, ifVersion.value, new tix.app.TicketRequests.Assignment(to, team, none, sticky)));
    }
}
