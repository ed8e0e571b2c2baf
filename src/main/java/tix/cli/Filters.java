package tix.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import tix.app.TicketFilter;
import tix.domain.SlaColour;
import tix.domain.Status;

/** The selection options of `list`, shared by `export` and `bulk`. */
final class Filters {
    @Option(names = {"-s", "--status"}, paramLabel = "S", split = ",", converter = ClosedSets.StatusConverter.class, completionCandidates = ClosedSets.Statuses.class, description = "Status (repeatable; default: all but closed).")
    List<Status> statuses = new ArrayList<>();

    @Option(names = "--queue", paramLabel = "Q", description = "Queue.")
    String queue;

    @Option(names = "--tier", paramLabel = "T", description = "Tier.")
    String tier;

    @Option(names = "--assignee", paramLabel = "A", description = "Assigned to this agent.")
    String assignee;

    @Option(names = "--unassigned", description = "Nobody assigned.")
    boolean unassigned;

    @Option(names = "--team", paramLabel = "T", description = "Team.")
    String team;

    @Option(names = "--tag", paramLabel = "TAG", description = "Has this tag (repeatable: all of them).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--priority-min", paramLabel = "N", description = "Priority at least N.")
    Integer priorityMin;

    @Option(names = "--requester", paramLabel = "EMAIL", description = "Requested by.")
    String requester;

    @Option(names = "--unanswered", description = "No public reply since the customer last wrote.")
    boolean unanswered;

    @Option(names = "--sla", paramLabel = "COLOUR", converter = ClosedSets.SlaColourConverter.class,
            completionCandidates = ClosedSets.SlaColours.class, description = "SLA colour: green, yellow, red, none.")
    SlaColour sla;

    @Option(names = "--field", paramLabel = "NAME=VALUE",
            description = "Custom field NAME has VALUE (repeatable: all of them); see 'tix field list'.")
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();

    @Option(names = "--sort", paramLabel = "FIELD", split = ",",
            description = "Sort by id, priority, created, updated, status, title, queue, tier, assignee, due, sla; '-' before a field sorts descending. Default: -priority,created.")
    List<String> sort = new ArrayList<>();

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "At most N tickets.")
    Integer limit;

    TicketFilter filter(List<Long> ids) {
        if (assignee != null && unassigned) {
            throw tix.domain.DomainException.usage("--assignee and --unassigned exclude each other", "give one");
        }
        return new TicketFilter(statuses.stream().map(Status::wire).toList(), queue, tier, assignee, unassigned, team, tags, priorityMin, requester,
                unanswered, sla == null ? null : sla.wire(), sort, limit, ids, fields);
    }
}
