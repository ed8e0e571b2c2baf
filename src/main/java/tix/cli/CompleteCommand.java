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
        return root.session().store().read(tx -> values(tx, kind, describe));
    }

    /** As above, read in {@code tx} (the completion cache renews several kinds in one go). */
    static List<String> values(tix.app.Tx tx, String kind, boolean describe) {
        List<String> out = new ArrayList<>();
        switch (kind) {
            case "ticket":
                // runs after every write: a bounded read (the last events, the newest tickets), whatever the desk's size
                for (tix.app.Reports.Offered t : tx.reports().recentTickets(TICKETS, TOUCHES, WINDOW)) {
                    String id = String.valueOf(t.id());
                    out.add(describe ? id + "\t" + oneLine(t.title()) : id);
                }
                break;
            case "ids":
                for (long id : tx.reports().openIds(IDS)) out.add(String.valueOf(id));
                break;
            case "agent":
                for (Agent a : tx.agents().agents()) {
                    out.add(describe && a.name() != null ? a.login() + "\t" + oneLine(a.name()) : a.login());
                }
                break;
            case "queue":
                for (Queue q : tx.queues().queues()) out.add(q.name());
                break;
            case "tier": out.addAll(tx.tiers().tiers()); break;
            case "team": out.addAll(tx.teams().teams()); break;
            case "tag":
                out.addAll(tx.reports().tags(TAGS));
                for (tix.domain.TagFamilies.Family f : tx.tagSets().tagFamilies().all()) {
                    for (String t : f.tags()) {
                        if (!out.contains(f.tag(t))) out.add(f.tag(t));
                    }
                }
                break;
            case "tagfamily":
                for (tix.domain.TagFamilies.Family f : tx.tagSets().tagFamilies().all()) out.add(f.name());
                break;
            case "field": case "fieldset":
                for (tix.domain.CustomField f : tx.fields().fields()) {
                    out.add(kind.equals("field") ? f.name() : f.name() + "=");
                }
                break;
            case "role":
                // the names `role list` shows, in its order: the built-in roles, then the desk's own
                for (tix.domain.Role r : tix.domain.Role.builtIns()) out.add(r.name());
                out.addAll(tx.roles().customRoles().keySet());
                break;
            case "macro":
                for (tix.app.Macros.Macro m : tx.macros().macros()) out.add(m.name());
                break;
            case "watcher":
                // agents watching any ticket: what `unfollow --agent` can take back
                out.addAll(tx.watchers().watchingAgents());
                break;
            default: break;
        }
        return out;
    }

    private static String oneLine(String s) {
        // the regex only for a text that has a control character (a title rarely does; this runs 200 times a renewal)
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c >= 0x20 && c != 0x7f;
        }
        String t = (plain ? s : s.replaceAll("[\\x00-\\x1f\\x7f]+", " ")).strip();
        return t.length() > 60 ? t.substring(0, 59) + "\u2026" : t;
    }
}
