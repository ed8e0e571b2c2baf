package tix.cli;

import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.DocService;
import tix.domain.Doc;
import tix.render.DocViews;
import tix.render.Output;

@Command(name = "doc", description = "The knowledge base: articles to answer with. A doc has a title and a body, a "
        + "URL to an article kept elsewhere, or both, and tags. 'tix reply ID --doc N' puts its link in the answer. "
        + "Every agent may add and edit docs; removing one is admin only.",
        subcommands = {DocCommand.Add.class, DocCommand.Edit.class, DocCommand.ListDocs.class, DocCommand.Show.class,
            DocCommand.Search.class, DocCommand.Remove.class})
final class DocCommand extends BaseCommand {
    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** Under a ticket in `show`: docs that may answer it, with the command that links one. */
    static void suggest(Output out, List<Doc> docs) {
        if (docs.isEmpty()) return;
        out.say("");
        out.say("Related docs (tix reply ID --doc N)");
        for (Doc d : docs) out.say("  " + d.id() + "  " + d.link());
    }

    @Command(name = "add", description = "Add a doc, e.g. tix doc add --title \"Resetting a password\" "
            + "--url https://docs.example.com/reset --tag login.")
    static final class Add extends BaseCommand {
        @Option(names = "--title", required = true, paramLabel = "TITLE", description = "One line.")
        String title;

        @Mixin
        Body body;

        @Option(names = "--url", paramLabel = "URL", description = "Where the article lives (http or https).")
        String url;

        @Option(converter = DeskNames.TagName.class, names = "--tag", paramLabel = "TAG", split = ",", description = "A tag (repeatable).")
        List<String> tags;

        @Override
        int run() {
            // the editor opens only when there is neither a body nor a URL
            String text = body.read(root().env(), url == null);
            Doc d = new DocService(session()).add(new DocService.NewDoc(title, text, url, tags));
            output().record(DocViews.doc(d));
            return ExitCodes.OK;
        }
    }

    /** --url or --no-url. */
    static final class UrlChange {
        @Option(names = "--url", paramLabel = "URL", description = "A new URL.")
        String url;

        @Option(names = "--no-url", description = "Drop the URL (the doc keeps its body).")
        boolean none;
    }

    @Command(name = "edit", description = "Change a doc's title, body, URL or tags.")
    static final class Edit extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", converter = DocIdConverter.class, description = "The doc's number.")
        long id;

        @Option(names = "--title", paramLabel = "TITLE")
        String title;

        @Mixin
        Body body;

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        UrlChange url;

        @Option(converter = DeskNames.TagName.class, names = "--add-tag", paramLabel = "TAG", split = ",", description = "Add a tag (repeatable).")
        List<String> add;

        @Option(converter = DeskNames.TagName.class, names = "--remove-tag", paramLabel = "TAG", split = ",", description = "Remove a tag (repeatable).")
        List<String> remove;

        @Override
        int run() {
            String text = body.read(root().env(), false);
            Doc d = new DocService(session()).edit(id, new DocService.Change(title, text, url == null ? null : url.url,
                    url != null && url.none, add, remove));
            output().record(DocViews.doc(d));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", aliases = "ls", description = "Every doc (or those with --tag), the latest changed first.")
    static final class ListDocs extends BaseCommand {
        @Option(converter = DeskNames.TagName.class, names = "--tag", paramLabel = "TAG", description = "Only docs with this tag.")
        String tag;

        @Override
        int run() {
            output().records(DocViews.docs(new DocService(session()).list(tag)), DocViews.COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "A doc: in a table its title, link and body, ready to read.")
    static final class Show extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", converter = DocIdConverter.class)
        long id;

        @Override
        int run() {
            Doc d = new DocService(session()).show(id);
            Output out = output();
            if (out.format() == Output.Format.TEXT) {
                out.out().println(d.title());
                if (d.url() != null) out.out().println(d.url());
                if (!d.tags().isEmpty()) out.out().println("tags: " + String.join(", ", d.tags()));
                if (d.body() != null) {
                    out.out().println();
                    out.out().println(d.body());
                }
                out.out().flush();
            } else {
                out.record(DocViews.doc(d));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "search", description = "Docs matching words and \"quoted phrases\" in their title, body or tags, "
            + "best first (the title counts most). Any text is accepted.")
    static final class Search extends BaseCommand {
        @Parameters(arity = "1..*", paramLabel = "TEXT")
        List<String> words;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N docs (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        int run() {
            output().records(DocViews.docs(new DocService(session()).search(String.join(" ", words), limit)),
                    DocViews.COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", aliases = "rm", description = "Delete a doc (admin). Answers that linked it keep the link text.")
    static final class Remove extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", converter = DocIdConverter.class)
        long id;

        @Override
        int run() {
            Doc d = new DocService(session()).remove(id);
            output().say("Removed doc " + d.id() + " (" + d.title() + ")");
            return ExitCodes.OK;
        }
    }
}
