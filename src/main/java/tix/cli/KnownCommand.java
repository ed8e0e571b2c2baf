package tix.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.KnownIssues;
import tix.app.KnownIssueService;
import tix.render.AdminViews;

@Command(name = "known", description = "Known issues with numbers: linked tickets get known_issue = the number and "
        + "the tag NUMBER-SHORT-DESCRIPTION. 'known list' flags issues with 3+ tickets (warrants a tag) and 6+ "
        + "(warrants a status-page notice). Creating and resolving are admin only; linking is ticket work.",
        subcommands = {KnownCommand.Create.class, KnownCommand.Link.class, KnownCommand.ListIssues.class,
            KnownCommand.Show.class, KnownCommand.Note.class, KnownCommand.Resolve.class})
final class KnownCommand extends BaseCommand {
    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    static Map<String, Object> view(KnownIssues.KnownIssue k, List<Long> ids) {
        return AdminViews.known(k, KnownIssueService.advice(k.tickets()), ids);
    }

    @Command(name = "create", description = "Create a known issue, e.g. tix known create --title 'Login loop on Safari' "
            + "(number: the next free one, or --number N; tag: N-login-loop-on-safari, or --slug).")
    static final class Create extends BaseCommand {
        @Option(names = "--title", paramLabel = "TEXT", required = true, description = "What the issue is.")
        String title;

        @Option(names = "--number", paramLabel = "N", description = "Its number (e.g. the bug tracker's); default the next free one.")
        Long number;

        @Option(names = "--slug", paramLabel = "WORDS", description = "The short description in the tag (default: from the title).")
        String slug;

        @Override
        int run() {
            output().record(view(new KnownIssueService(session()).create(new KnownIssueService.NewKnownIssue(title, number, slug)), null));
            return ExitCodes.OK;
        }
    }

    @Command(name = "link", description = "Link tickets to a known issue (one transaction): known_issue and its tag.")
    static final class Link extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NUMBER")
        long number;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "ID", converter = TicketIdConverter.class)
        List<Long> ids;

        @Override
        int run() {
            output().record(view(new KnownIssueService(session()).link(number, ids), null));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", aliases = "ls", description = "Every known issue with its ticket count and what the count warrants.")
    static final class ListIssues extends BaseCommand {
        @Override
        int run() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (KnownIssues.KnownIssue k : new KnownIssueService(session()).list()) rows.add(view(k, null));
            output().records(rows, AdminViews.KNOWN_COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "One known issue and the ids of its tickets.")
    static final class Show extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NUMBER")
        long number;

        @Override
        int run() {
            show(this, new KnownIssueService(session()).show(number));
            return ExitCodes.OK;
        }
    }

    static void show(BaseCommand cmd, KnownIssueService.Detail d) {
        Map<String, Object> m = AdminViews.known(d.issue(), KnownIssueService.advice(d.issue().tickets()), d.tickets(),
                d.notes());
        if (cmd.output().format() == tix.render.Output.Format.TEXT) {
            m.remove("notes");
            cmd.output().record(m);
            // one line a note under the fields: when, who, what
            for (KnownIssues.Note n : d.notes()) {
                cmd.output().say("  " + tix.render.Views.time(n.at()) + "  " + n.actor() + ": " + n.body());
            }
            return;
        }
        cmd.output().record(m);
    }

    @Command(name = "note", description = "Add an update note to a known issue (what changed, a workaround, the "
            + "release that fixes it), e.g. tix known note 12 'Workaround: clear the SSO cookie'. 'known show' lists "
            + "the notes with who wrote them and when. Open and resolved issues take notes.")
    static final class Note extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NUMBER")
        long number;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT", description = "The note (words are joined with spaces).")
        List<String> text;

        @Override
        int run() {
            show(this, new KnownIssueService(session()).note(number, String.join(" ", text)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "resolve", description = "Mark a known issue resolved (its tickets keep the link and the tag).")
    static final class Resolve extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NUMBER")
        long number;

        @Option(names = "--note", paramLabel = "TEXT", description = "How it was fixed (e.g. the release).")
        String note;

        @Override
        int run() {
            output().record(view(new KnownIssueService(session()).resolve(number, note), null));
            return ExitCodes.OK;
        }
    }
}
