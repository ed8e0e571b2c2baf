package tix.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = "Full-text search over titles and message bodies: tickets whose title holds every word first, then best match. "
        + "Words and \"quoted phrases\"; any text is accepted.")
final class SearchCommand extends BaseCommand {
    @picocli.CommandLine.Mixin
    TemplateOption format;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words to find.")
    List<String> words;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "50", description = "At most N tickets (default 50).")
    int limit;

    @Override
    int run() {
        output().template(format.template).tickets(queries().search(String.join(" ", words), limit));
        return ExitCodes.OK;
    }
}
