package tix.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tix.app.MailService;
import tix.render.MailViews;

@Command(name = "suspended", description = {"Mail held for review (suspected spam, bounces, auto-replies, "
        + "feedback reports, mail from list managers and mailer daemons, malformed mail): list, show, accept, reject.",
    "Release a held message with 'tix suspended accept ID'; what counts as automatic is listed in docs/mail.md and "
        + "tix-mail-ingest(1)."},
        subcommands = {SuspendedCommand.ListSuspended.class, SuspendedCommand.Show.class, SuspendedCommand.Accept.class,
            SuspendedCommand.Reject.class})
final class SuspendedCommand extends BaseCommand {
    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    @Command(name = "list", description = "Suspended tickets, oldest first, with why they were held.")
    static final class ListSuspended extends BaseCommand {
        @Override
        int run() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (MailService.Suspended s : new MailService(session()).suspended()) rows.add(MailViews.suspended(s));
            output().records(rows, MailViews.SUSPENDED_COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "One suspended ticket: sender, reason and the raw message as received.")
    static final class Show extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
        long id;

        @Override
        int run() {
            output().record(MailViews.suspended(new MailService(session()).suspended(id)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "accept", description = "Real mail after all: the ticket becomes new, and the sender gets the queue's new-ticket "
            + "auto-response when the queue sends them.")
    static final class Accept extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
        long id;

        @Override
        int run() {
            return printChanged(new MailService(session()).accept(id));
        }
    }

    @Command(name = "reject", description = "Spam or junk: closed with tag spam (kept, never deleted).")
    static final class Reject extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
        long id;

        @Override
        int run() {
            return printChanged(new MailService(session()).reject(id));
        }
    }
}
