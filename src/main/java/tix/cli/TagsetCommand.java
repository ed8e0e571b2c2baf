package tix.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.TagsetService;
import tix.render.AdminViews;

@Command(name = "tagset", description = "Controlled tag families (area, type, special ...). A family's tags are "
        + "written FAMILY:TAG on tickets (type:bug); 'tix tag 42 +bug' means type:bug when only family type holds "
        + "bug, a tag the family does not list is refused (exit 2), and a single family keeps one tag per ticket. "
        + "Tags outside every family stay free. Changes are admin only.",
        subcommands = {TagsetCommand.Add.class, TagsetCommand.ListFamilies.class, TagsetCommand.Remove.class})
final class TagsetCommand extends BaseCommand {
    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    static void print(BaseCommand cmd, List<TagsetService.Row> rows, boolean changed) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TagsetService.Row r : rows) out.add(AdminViews.tagset(r));
        if (changed) cmd.output().changedRecords(out, AdminViews.TAGSET_COLUMNS);
        else cmd.output().records(out, AdminViews.TAGSET_COLUMNS);
    }

    /** --single or --multiple: whether a ticket carries at most one tag of the family. */
    static final class Mode {
        @Option(names = "--single", description = "A ticket carries at most one tag of the family (type: Bug or "
                + "Consulting); adding another replaces it.")
        boolean single;

        @Option(names = "--multiple", description = "A ticket may carry several tags of the family (the default).")
        boolean multiple;
    }

    @Command(name = "add", description = "Create a family or add tags to it, e.g. "
            + "tix tagset add type bug consulting insufficient-documentation --single.")
    static final class Add extends BaseCommand {
        @Parameters(index = "0", paramLabel = "FAMILY", description = "Letters, digits, - _")
        String family;

        @Parameters(index = "1..*", paramLabel = "WORD", arity = "0..*",
                description = "Tags of the family, without the 'family:' prefix (one word each: deletion-request).")
        List<String> tags;

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        Mode mode;

        @Override
        int run() {
            Boolean single = mode == null ? null : mode.single;
            print(this, new TagsetService(session()).add(family, tags, single), true);
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", aliases = "ls", description = "Every family's tags with how many tickets carry each.")
    static final class ListFamilies extends BaseCommand {
        @Parameters(index = "0", paramLabel = "FAMILY", arity = "0..1", description = "Only this family.")
        String family;

        @Override
        int run() {
            print(this, new TagsetService(session()).list(family), false);
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", aliases = "rm", description = "Take tags out of a family, or remove the whole family "
            + "when no tag is given. Tickets keep the tags they carry; the tags just stop being offered and checked.")
    static final class Remove extends BaseCommand {
        @Parameters(index = "0", paramLabel = "FAMILY")
        String family;

        @Parameters(index = "1..*", paramLabel = "WORD", arity = "0..*", description = "Tags to take out.")
        List<String> tags;

        @Override
        int run() {
            List<TagsetService.Row> rows = new TagsetService(session()).remove(family, tags);
            if (rows.isEmpty() && output().format() == tix.render.Output.Format.TEXT) {
                output().say("Removed tag family " + family);
            } else {
                print(this, rows, true);
            }
            return ExitCodes.OK;
        }
    }
}
