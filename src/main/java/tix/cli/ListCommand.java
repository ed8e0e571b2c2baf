package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "list", aliases = "ls", description = "List tickets: by default all but closed, highest priority first, then oldest.")
final class ListCommand extends BaseCommand {
    @picocli.CommandLine.Mixin
    TemplateOption format;

    @Mixin
    Filters filters;

    @Override
    int run() {
        tix.render.Output out = output().template(format.template);
        out.tickets(queries().list(filters.filter(null, session().now()), out.readsClocks()));
        return ExitCodes.OK;
    }
}
