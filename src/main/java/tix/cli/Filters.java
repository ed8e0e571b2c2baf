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

    @Option(converter = DeskNames.QueueName.class, names = "--queue", paramLabel = "Q", description = "Queue.")
    String queue;

    @Option(converter = DeskNames.TierName.class, names = "--tier", paramLabel = "T", description = "Tier.")
    String tier;

    @Option(converter = DeskNames.AgentLogin.class, names = "--assignee", paramLabel = "A", description = "Assigned to this agent.")
    String assignee;

    @Option(names = "--unassigned", description = "Nobody assigned.")
    boolean unassigned;

    @Option(converter = DeskNames.TeamName.class, names = "--team", paramLabel = "T", description = "Team.")
    String team;

    @Option(converter = DeskNames.TagName.class, names = "--tag", paramLabel = "TAG", description = "Has this tag (repeatable: all of them).")
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

    @Option(converter = DeskNames.FieldAssignment.class, names = "--field", paramLabel = "NAME=VALUE",
            description = "Custom field NAME has VALUE (repeatable: all of them); see 'tix field list'.")
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    @Option(names = "--channel", paramLabel = "C", converter = ClosedSets.ChannelConverter.class,
            completionCandidates = ClosedSets.Channels.class, description = "Came in by this channel: ${COMPLETION-CANDIDATES}.")
    tix.domain.Channel channel;

    @Option(names = "--created", paramLabel = "PERIOD", description = "Created in this period: 7d (the last "
            + "seven days up to --now), 12h, 2w, a date or instant, or SINCE..UNTIL with either side left out "
            + "(7d.., ..2027-03-01); SINCE is inclusive, UNTIL exclusive, dates are UTC midnight.")
    String created;

    @Option(names = "--updated", paramLabel = "PERIOD", description = "Last changed in this period (as --created).")
    String updated;

    @Option(names = "--closed", paramLabel = "PERIOD", description = "Closed in this period (as --created); "
            + "selects closed tickets without --status closed.")
    String closed;

    @Option(names = "--sort", paramLabel = "FIELD", split = ",",
            description = "Sort by id, priority, created, updated, status, title, queue, tier, assignee, due, sla, channel; '-' before a field sorts descending. Default: -priority,created.")
    List<String> sort = new ArrayList<>();

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "At most N tickets.")
    Integer limit;

    TicketFilter filter(List<Long> ids, java.time.Instant now) {
        if (assignee != null && unassigned) {
            throw tix.domain.DomainException.usage("--assignee and --unassigned exclude each other", "give one");
        }
        return TicketFilter.where().statuses(statuses).queue(queue).tier(tier).assignee(assignee).unassigned(unassigned)
                .team(team).tags(tags).priorityMin(priorityMin).requester(requester).unanswered(unanswered).sla(sla)
                .sort(sort).limit(limit).ids(ids).fields(fields).channel(channel).created(period(created, now))
                .updated(period(updated, now)).closed(period(closed, now)).build();
    }

    private static tix.domain.Period period(String text, java.time.Instant now) {
        return text == null ? null : tix.domain.Period.parse(text, now, java.time.ZoneOffset.UTC);
    }
}
