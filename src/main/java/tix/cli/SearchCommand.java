package tix.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = {"Find tickets: a ticket number (#42 or 42) finds that ticket and an e-mail "
        + "address the tickets it requested, first; then full-text matches over titles and message bodies, tickets "
        + "whose title holds every word first, then best match, then oldest first. Words and \"quoted phrases\"; "
        + "any text is accepted. When more than 10,000 tickets match, the newest 10,000 are ranked (add a word to "
        + "reach older ones).",
        "Every option of 'list' narrows the ranked result (--status, --queue, --tag, --created 7d ...); closed "
        + "tickets are found too unless --status says otherwise. At most 50 tickets unless --limit; in the order "
        + "found unless --sort."})
final class SearchCommand extends BaseCommand {
    @Mixin
    TemplateOption format;

    @Mixin
    Filters filters;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words, #ID or an e-mail address to find.")
    List<String> words;

    @Override
    int run() {
        output().template(format.template).tickets(queries().search(String.join(" ", words),
                filters.filter(null, session().now())));
        return ExitCodes.OK;
    }
}
