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

    @Command(name = "add", description = {"Create a family or add tags to it, one argument per tag as the desk "
            + "names it: tix tagset add type Bug Consulting \"Insufficient Documentation\" --single. Tags are matched "
            + "whatever their case and separators (insufficient-documentation, INSUFFICIENT_DOCUMENTATION); a spelling "
            + "the family already holds is not added twice.",
            "--preset NAME adds a seed list of SPEC §1 verbatim (chat-vendor: families area, type (single) and "
            + "special; tiered: family process); --file FILE adds a desk's own list: a line [family] or "
            + "[family single], then one tag a line ('#' starts a comment). Everything is added in one transaction."})
    static final class Add extends BaseCommand {
        @Parameters(converter = DeskNames.TagFamily.class, index = "0", paramLabel = "FAMILY", arity = "0..1", description = "Letters, digits, - _")
        String family;

        @Parameters(converter = DeskNames.TagName.class, index = "1..*", paramLabel = "TAG", arity = "0..*",
                description = "Tags of the family, without the 'family:' prefix, one argument each: \"deletion request\".")
        List<String> tags;

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        Mode mode;

        @Option(names = "--preset", paramLabel = "NAME", completionCandidates = Presets.class,
                description = "A seed list shipped with tix: ${COMPLETION-CANDIDATES}.")
        String preset;

        @Option(names = "--file", paramLabel = "FILE", description = "A list of families and tags in a file ('-': standard input).")
        String file;

        @Override
        int run() {
            Boolean single = mode == null ? null : mode.single;
            if (preset != null || file != null) {
                if (family != null || mode != null || (preset != null && file != null)) {
                    throw tix.domain.DomainException.usage("--preset and --file take no FAMILY, TAG, --single or each other",
                            "tix tagset add --preset chat-vendor");
                }
                List<tix.domain.TagFamilies.Family> families = preset != null ? TagsetService.preset(preset)
                        : tix.domain.TagPreset.parse(Body.readText(root().env(), file), file);
                print(this, new TagsetService(session()).addAll(families), true);
                return ExitCodes.OK;
            }
            if (family == null) {
                throw tix.domain.DomainException.usage("no family given", "tix tagset add FAMILY TAG... or --preset NAME");
            }
            print(this, new TagsetService(session()).add(family, new TagsetService.NewTags(tags, single)), true);
            return ExitCodes.OK;
        }
    }

    /** The presets, for completion and the help text. */
    static final class Presets implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return TagsetService.PRESETS.iterator();
        }
    }

    @Command(name = "list", aliases = "ls", description = "Every family's tags with how many tickets carry each.")
    static final class ListFamilies extends BaseCommand {
        @Parameters(converter = DeskNames.TagFamily.class, index = "0", paramLabel = "FAMILY", arity = "0..1", description = "Only this family.")
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
        @Parameters(converter = DeskNames.TagFamily.class, index = "0", paramLabel = "FAMILY")
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
