package tix.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "delete", description = "Delete tickets for ever, with their messages and history (right ticket.delete: admins).")
final class DeleteCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "ID", converter = TicketIdConverter.class)
    List<Long> ids;

    @Option(names = "--permanent", description = "Confirm: there is no undo.")
    boolean permanent;

    @picocli.CommandLine.Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        List<Long> deleted = tickets().delete(ids, new tix.app.TicketRequests.Deletion(permanent, ifVersion.value));
        var out = output();
        if (out.format() == tix.render.Output.Format.TEXT) {
            out.say("Deleted " + deleted.size() + " ticket(s): " + deleted);
        } else {
            out.record(new java.util.LinkedHashMap<>(Map.of("count", deleted.size(), "ids", deleted)));
        }
        return ExitCodes.OK;
    }
}
