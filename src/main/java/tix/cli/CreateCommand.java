package tix.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tix.app.TicketRequests.CreateRequest;
import tix.domain.Channel;

@Command(name = "create", description = {"Open a new ticket (status new; tier from the queue). --title and "
        + "--requester are required unless --from-json gives the tickets.",
        "--from-json FILE ('-': standard input) reads one ticket object or an array of them, for intake from any "
        + "channel: keys are the option names (title, requester, name, body, channel, priority, queue, tier, tags "
        + "(an array), due, account, internal, sticky) plus attachments, [{\"name\": N, \"content_base64\": B}] or "
        + "[{\"path\": P}] (relative to the file's folder), put on the ticket's first message (the body). Every "
        + "ticket is checked and routed as create does, in one transaction: a bad element is exit 7 naming it, and "
        + "nothing is written. Prints the ticket, or an array for an array."})
final class CreateCommand extends BaseCommand {
    @Option(names = {"-t", "--title"}, paramLabel = "TEXT", description = "The subject.")
    String title;

    @Option(names = {"-r", "--requester"}, paramLabel = "EMAIL", description = "The customer's address, or a handle on a channel without e-mail (twitter:@name, facebook:NAME, appstore:ID ...): answers to a handle are queued for a person to post.")
    String requester;

    @Option(names = "--from-json", paramLabel = "FILE", description = "Create the tickets of a JSON file ('-': standard input).")
    String fromJson;

    @Option(names = "--name", paramLabel = "NAME", description = "The customer's name.")
    String name;

    @Mixin
    Body body;

    @Option(names = "--internal", description = "The body is an internal note, not the customer's words.")
    boolean internal;

    @Option(names = {"-p", "--priority"}, paramLabel = "P", converter = ClosedSets.PriorityConverter.class, description = "1-99 or low, medium, high, urgent (default: the queue's).")
    tix.domain.Priority priority;

    @Option(names = {"-c", "--channel"}, paramLabel = "C", converter = ClosedSets.ChannelConverter.class, completionCandidates = ClosedSets.Channels.class, 
            description = "email, web, phone, chat, social, review, api, agent (default agent).")
    Channel channel;

    @Option(converter = DeskNames.QueueName.class, names = "--queue", paramLabel = "Q", description = "Queue (default support).")
    String queue;

    @Option(converter = DeskNames.TierName.class, names = "--tier", paramLabel = "T", description = "Tier (default: the queue's).")
    String tier;

    @Option(converter = DeskNames.TagName.class, names = "--tag", paramLabel = "TAG", description = "A tag (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--due", paramLabel = "DATE", description = "Due date (YYYY-MM-DD or ISO-8601).")
    String due;

    @Option(names = "--account", paramLabel = "A", description = "Attach the requester to this account.")
    String account;

    @Option(names = "--no-sticky", description = "A customer reply un-assigns the ticket.")
    boolean noSticky;

    @Option(converter = DeskNames.AgentLogin.class, names = "--cc-agent", paramLabel = "AGENT", split = ",", description = "These agents watch the ticket from "
            + "now on and are told (repeatable).")
    java.util.List<String> ccAgents;

    @picocli.CommandLine.Mixin
    Attach attach;

    @Override
    int run() {
        if (fromJson != null) return fromJson();
        if (title == null || requester == null) {
            throw tix.domain.DomainException.usage("create needs --title and --requester", "or --from-json FILE");
        }
        String text = body.read(root().env(), false);
        var t = tickets().create(CreateRequest.of(title, requester).name(name).body(text).internal(internal)
                .priority(priority).channel(channel).queue(queue).tier(tier).tags(tags).due(due).account(account)
                .sticky(!noSticky).files(attach.read()).build(), ccAgents);
        return printChanged(t);
    }

    private int fromJson() {
        if (title != null || requester != null || name != null || body.text != null || body.file != null || internal
                || priority != null || channel != null || queue != null || tier != null || !tags.isEmpty() || due != null
                || account != null || noSticky || !attach.files.isEmpty()) {
            throw tix.domain.DomainException.usage("--from-json takes no other ticket options", "put them in the JSON");
        }
        String text = Body.readText(root().env(), fromJson);
        java.nio.file.Path base = fromJson.equals("-") ? null : java.nio.file.Path.of(fromJson).toAbsolutePath().getParent();
        CreateJson.Input in = CreateJson.read(text, base);
        List<tix.domain.Ticket> made = tickets().createAll(in.requests(), in.attachments());
        if (!in.array()) return printChanged(made.get(0));
        List<tix.app.TicketDetail> details = new ArrayList<>();
        for (tix.domain.Ticket t : made) details.add(tix.app.Encrypted.show(queries().detail(t.id()), null));
        output().tickets(details);
        return ExitCodes.OK;
    }
}
