package tix.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tix.domain.Event;
import tix.render.Views;

@Command(name = "history", description = "Every change of a ticket, oldest first.")
final class HistoryCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Override
    int run() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Event e : queries().history(id)) rows.add(Views.event(e));
        output().records(rows, List.of("id", "ticket_id", "at", "actor", "action", "field", "old", "new"));
        return ExitCodes.OK;
    }
}
