package tix.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tix.app.TicketService.CreateRequest;
import tix.domain.Channel;

@Command(name = "create", description = "Open a new ticket (status new; tier from the queue).")
final class CreateCommand extends BaseCommand {
    @Option(names = {"-t", "--title"}, required = true, paramLabel = "TEXT", description = "The subject.")
    String title;

    @Option(names = {"-r", "--requester"}, required = true, paramLabel = "EMAIL", description = "The customer's address.")
    String requester;

    @Option(names = "--name", paramLabel = "NAME", description = "The customer's name.")
    String name;

    @Mixin
    Body body;

    @Option(names = "--internal", description = "The body is an internal note, not the customer's words.")
    boolean internal;

    @Option(names = {"-p", "--priority"}, paramLabel = "P", description = "1-99 or low, medium, high, urgent (default: the queue's).")
    String priority;

    @Option(names = {"-c", "--channel"}, paramLabel = "C", converter = ClosedSets.ChannelConverter.class, completionCandidates = ClosedSets.Channels.class, 
            description = "email, web, phone, chat, social, review, api, agent (default agent).")
    Channel channel;

    @Option(names = "--queue", paramLabel = "Q", description = "Queue (default support).")
    String queue;

    @Option(names = "--tier", paramLabel = "T", description = "Tier (default: the queue's).")
    String tier;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--due", paramLabel = "DATE", description = "Due date (YYYY-MM-DD or ISO-8601).")
    String due;

    @Option(names = "--account", paramLabel = "A", description = "Attach the requester to this account.")
    String account;

    @Option(names = "--no-sticky", description = "A customer reply un-assigns the ticket.")
    boolean noSticky;

    @Option(names = "--cc-agent", paramLabel = "AGENT", split = ",", description = "These agents watch the ticket from "
            + "now on and are told (repeatable).")
    java.util.List<String> ccAgents;

    @Override
    int run() {
        String text = body.read(root().env(), false);
        var t = tickets().create(new CreateRequest(title, requester, name, text, internal, priority, channel == null ? null : channel.wire(), queue,
                tier, tags, due, account, !noSticky), ccAgents);
        return printChanged(t);
    }
}
