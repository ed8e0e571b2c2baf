package tix.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tix.app.NotificationService;
import tix.app.Notices;
import tix.render.Views;

@Command(name = "notifications", description = "Who was notified of what: every notification sent to an agent (by "
        + "mail when they have an address, and to the notify hook), oldest first, with the hook's status.")
final class NotificationsCommand extends BaseCommand {
    @Option(names = "--ticket", paramLabel = "ID", converter = TicketIdConverter.class, description = "Only this ticket's.")
    Long ticket;

    @Option(names = "--failed", description = "Only those the notify hook failed to take.")
    boolean failed;

    @Option(names = "--retry", description = "Give the failed ones to the notify hook again (desk.configure).")
    boolean retry;

    @Override
    int run() {
        NotificationService service = new NotificationService(session());
        if (retry) {
            output().say("queued " + service.retry() + " notification(s) for the hook again");
            return ExitCodes.OK;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Notices.Notice n : service.list(ticket, failed)) rows.add(Views.notice(n));
        output().records(rows, Views.NOTICE_COLUMNS);
        return ExitCodes.OK;
    }
}
