package tix.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "tag", description = "Add (+TAG or TAG) and remove (-TAG) tags.")
final class TagCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
    long id;

    @Parameters(converter = DeskNames.TagChange.class, index = "1..*", arity = "1..*", paramLabel = "+TAG|-TAG")
    List<String> changes;

    @Mixin
    IfVersion ifVersion;

    @Override
    int run() {
        return printChanged(tickets().tag(id, ifVersion.value, changes));
    }
}
