package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.TicketRequests.EditRequest;
import tix.domain.Channel;

@Command(name = "edit", description = "Change a ticket's properties; each changed field is an 'edited' event.")
final class EditCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Option(names = {"-t", "--title"}, paramLabel = "TEXT", description = "The new title.")
    String title;

    @Option(names = {"-r", "--requester"}, paramLabel = "EMAIL", description = "Move the ticket to this requester.")
    String requester;

    @Option(names = "--name", paramLabel = "NAME", description = "The requester's name.")
    String name;

    @Option(names = "--account", paramLabel = "A", description = "The requester's account.")
    String account;

    @Option(converter = DeskNames.QueueName.class, names = "--queue", paramLabel = "Q", description = "Move the ticket to this queue.")
    String queue;

    @Option(names = {"-c", "--channel"}, paramLabel = "C", converter = ClosedSets.ChannelConverter.class, completionCandidates = ClosedSets.Channels.class, 
            description = "email, web, phone, chat, social, review, api or agent.")
    Channel channel;

    @Option(converter = DeskNames.FieldAssignment.class, names = "--set", paramLabel = "NAME=VALUE",
            description = "Set a custom field (repeatable); see 'tix field list'. A value of the wrong type exits 2.")
    java.util.Map<String, String> set = new java.util.LinkedHashMap<>();

    @Option(converter = DeskNames.FieldName.class, names = "--unset", paramLabel = "NAME",
            description = "Clear a custom field (repeatable).")
    java.util.List<String> unset = new java.util.ArrayList<>();

    @Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        if (title == null && requester == null && name == null && account == null && queue == null && channel == null
                && set.isEmpty() && unset.isEmpty()) {
            throw tix.domain.DomainException.usage("nothing to edit",
                    "give --title, --requester, --name, --account, --queue, --channel, --set or --unset");
        }
        return printChanged(tickets().edit(id, ifVersion.value, new EditRequest(title, requester, name, account, queue,
                channel == null ? null : channel.wire(), set, unset)));
    }
}
