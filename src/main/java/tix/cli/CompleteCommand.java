package tix.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.domain.Agent;
import tix.domain.Queue;

/**
 * Hidden: the values completion offers, one a line, read from the database in one read transaction. Never creates
 * a database and never fails loudly: a missing or unreadable file gives nothing.
 */
@Command(name = "_complete", hidden = true, description = "Values for shell completion: one per line.")
final class CompleteCommand extends BaseCommand {
    /** Ticket ids offered with their titles: the most recently worked on first (the cache's "ticket" file). */
    static final int TICKETS = 200;
    /** Events looked at for "recently worked on", and the newest tickets looked at when those are too few. */
    static final int TOUCHES = 2000;
    static final int WINDOW = 2000;
    /** Every open ticket's id (the "ids" file), for a typed id that is not among {@link #TICKETS}; a cap, not a page. */
    static final int IDS = 100_000;
    /** Tags offered (those on the newest tickets first), before the families' own. */
    static final int TAGS = 1000;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND")
    String kind;

    @Option(names = "--refresh", description = "Rewrite the completion cache of the database (what the scripts read).")
    boolean refresh;

    @Option(names = "--describe", description = "Add a tab and a description (for fish).")
    boolean describe;

    @Override
    int run() {
        PrintWriter out = spec.commandLine().getOut();
        if (refresh) {
            if (Files.isRegularFile(root().dbPath())) {
                try {
                    CompletionCache.refresh(root(), CompletionCache.dir(root()), CompletionCache.KINDS);
                } catch (java.io.IOException | RuntimeException e) {
                    // completion must never spill errors into the command line being typed
                }
            }
            return ExitCodes.OK;
        }
        if (kind == null) return ExitCodes.OK;
        List<String> fixed = Completion.STATIC.get(kind);
        if (fixed != null) {
            for (String v : fixed) out.println(v);
        } else if (root().dbUrlOrNull() != null || Files.isRegularFile(root().dbPath())) {
            try {
                for (String v : values(root(), kind, describe)) out.println(v);
            } catch (RuntimeException e) {
                // completion must never spill errors into the command line being typed
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The desk's values of {@code kind} ("value\tdescription" when {@code describe}). */
    static List<String> values(TixCommand root, String kind, boolean describe) {
        List<String> out = new ArrayList<>();
        switch (kind) {
            case "ticket":
                // runs after every write: a bounded read (the last events, the newest tickets), whatever the desk's size
                for (tix.app.Reports.Offered t : root.session().store().read(tx -> tx.reports().recentTickets(TICKETS,
                        TOUCHES, WINDOW))) {
                    String id = String.valueOf(t.id());
                    out.add(describe ? id + "\t" + oneLine(t.title()) : id);
                }
                break;
            case "ids":
                for (long id : root.session().store().read(tx -> tx.reports().openIds(IDS))) out.add(String.valueOf(id));
                break;
            case "agent":
                root.session().store().read(tx -> {
                    for (Agent a : tx.agents().agents()) {
                        out.add(describe && a.name() != null ? a.login() + "\t" + oneLine(a.name()) : a.login());
                    }
                    return null;
                });
                break;
            case "queue":
                root.session().store().read(tx -> {
                    for (Queue q : tx.queues().queues()) out.add(q.name());
                    return null;
                });
                break;
            case "tier": out.addAll(root.session().store().read(tx -> tx.tiers().tiers())); break;
            case "team": out.addAll(root.session().store().read(tx -> tx.teams().teams())); break;
            case "tag":
                root.session().store().read(tx -> {
                    out.addAll(tx.reports().tags(TAGS));
                    for (tix.domain.TagFamilies.Family f : tx.tagSets().tagFamilies().all()) {
                        for (String t : f.tags()) {
                            if (!out.contains(f.tag(t))) out.add(f.tag(t));
                        }
                    }
                    return null;
                });
                break;
            case "tagfamily":
                root.session().store().read(tx -> {
                    for (tix.domain.TagFamilies.Family f : tx.tagSets().tagFamilies().all()) out.add(f.name());
                    return null;
                });
                break;
            case "field": case "fieldset":
                root.session().store().read(tx -> {
                    for (tix.domain.CustomField f : tx.fields().fields()) {
                        out.add(kind.equals("field") ? f.name() : f.name() + "=");
                    }
                    return null;
                });
                break;
            case "role":
                for (tix.app.RoleService.RoleView r : new tix.app.RoleService(root.session()).list()) out.add(r.name());
                break;
            case "macro":
                root.session().store().read(tx -> {
                    for (tix.app.Macros.Macro m : tx.macros().macros()) out.add(m.name());
                    return null;
                });
                break;
            case "watcher":
                // agents watching any ticket: what `unfollow --agent` can take back
                out.addAll(root.session().store().read(tx -> tx.watchers().watchingAgents()));
                break;
            default: break;
        }
        return out;
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("[\\x00-\\x1f\\x7f]+", " ").strip();
        return t.length() > 60 ? t.substring(0, 59) + "\u2026" : t;
    }
}
