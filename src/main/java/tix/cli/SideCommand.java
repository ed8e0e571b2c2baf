package tix.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.SideService;
import tix.domain.DomainException;

@Command(name = "side", description = "Open a side conversation: a mail thread from ticket ID to a third party "
        + "(a partner's support, another team) with its own reference. Its messages, and the partner's answers that "
        + "thread back, are internal notes of the ticket: never shown or sent to the customer. The partner's own "
        + "ticket number is kept when their answer's subject names one ([Partner #1234], Case 1234). "
        + "'tix side reply SIDE_ID' writes the next message of one, 'tix side list ID' lists them.",
        subcommands = {SideCommand.ListSides.class, SideCommand.Reply.class})
final class SideCommand extends BaseCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", converter = TicketIdConverter.class,
            description = "The ticket.")
    Long id;

    @Option(names = "--to", paramLabel = "ADDR", description = "The partner's e-mail address.")
    String to;

    @Option(names = "--cc", paramLabel = "ADDR", split = ",", description = "Also to these addresses (repeatable or comma-separated, e.g. dev@, tier2@).")
    List<String> cc = new ArrayList<>();

    @Option(names = "--subject", paramLabel = "TEXT", description = "The subject (default: the ticket's title).")
    String subject;

    @Mixin
    Body body;

    @Mixin
    Attach attach;

    static final List<String> COLUMNS = List.of("id", "ticket_id", "partner", "cc", "partner_ticket", "messages_count",
            "subject", "updated_at");

    @Override
    int run() {
        if (id == null) throw DomainException.usage("which ticket?", "tix side ID --to ADDRESS --body TEXT, or tix side list ID");
        if (to == null) throw DomainException.usage("a side conversation needs --to ADDRESS", "the partner's e-mail address");
        SideService.Info info = new SideService(session()).open(id,
                new SideService.Opening(to, cc, subject, body.read(root().env(), true), attach.read()));
        output().record(view(info));
        return ExitCodes.OK;
    }

    static Map<String, Object> view(SideService.Info i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.side().id());
        m.put("ticket_id", i.side().ticketId());
        m.put("partner", i.side().partner());
        m.put("cc", i.side().cc());
        m.put("subject", i.side().subject());
        m.put("reference", i.side().reference());
        m.put("partner_ticket", i.side().partnerTicket());
        m.put("messages_count", i.messages());
        m.put("created_by", i.side().createdBy());
        m.put("created_at", tix.render.Views.time(i.side().createdAt()));
        m.put("updated_at", tix.render.Views.time(i.side().updatedAt()));
        return m;
    }

    @Command(name = "reply", description = "The next message of side conversation SIDE_ID (the id 'tix side' and "
            + "'tix side list' print): mailed to the partner on the same thread, with the conversation's CC, so their "
            + "answer threads back; stored as an internal note of the ticket. An address given with --cc stays on the "
            + "conversation.")
    static final class Reply extends BaseCommand {
        @Parameters(index = "0", paramLabel = "SIDE_ID", converter = SideIdConverter.class,
                description = "The side conversation (not the ticket).")
        long sideId;

        @Option(names = "--cc", paramLabel = "ADDR", split = ",", description = "Also to these addresses, from now on "
                + "(repeatable or comma-separated).")
        List<String> cc = new ArrayList<>();

        @Mixin
        Body body;

        @Mixin
        Attach attach;

        @Override
        int run() {
            SideService.Info info = new SideService(session()).reply(sideId,
                    new SideService.Followup(cc, body.read(root().env(), true), attach.read()));
            output().record(view(info));
            return ExitCodes.OK;
        }
    }

    /** A side conversation's id: a positive number. */
    static final class SideIdConverter implements picocli.CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                long v = Long.parseLong(value);
                if (v > 0) return v;
            } catch (NumberFormatException ignored) {
                // refused below
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a side conversation id");
        }
    }

    @Command(name = "list", aliases = "ls", description = "A ticket's side conversations: partner, CC, the partner's "
            + "ticket number, how many messages, last activity.")
    static final class ListSides extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
        long id;

        @Override
        int run() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SideService.Info i : new SideService(session()).list(id)) rows.add(view(i));
            output().records(rows, COLUMNS);
            return ExitCodes.OK;
        }
    }
}
