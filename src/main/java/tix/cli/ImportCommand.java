package tix.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.AgentService;
import tix.app.ArchiveService;
import tix.app.TicketArchive;
import tix.csv.TicketArchiveReader;
import tix.render.Output;
import tix.render.Progress;

@Command(name = "import", description = "Read back what 'tix export' wrote (CSV or JSON, told apart by the first "
        + "character; '-' reads standard input): every ticket with its own id, version, times, tags, messages and "
        + "history. Admin only, all or nothing: a bad row is exit 7, an id the database already has is exit 4, and "
        + "then nothing is written (nor when the import is killed). The file is read one ticket at a time and written "
        + "in one transaction, so memory stays small whatever its size. Queues, tiers, teams, agents (role agent) and "
        + "accounts the tickets name but the desk lacks are created with defaults and counted (--json lists them).")
final class ImportCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--create", description = "Create the desk when it does not exist yet, as 'tix init' does (the "
            + "acting agent its admin); if the import fails, no desk is left behind.")
    boolean create;

    @Override
    int run() {
        TicketArchive.Source source = TicketArchiveReader.source(file, root().env().stdin());
        boolean url = root().dbUrlOrNull() != null;
        // asked before mayCreate is set: on PostgreSQL the question opens the database, which may not make a desk
        boolean creating = create && (url ? !root().databaseHoldsDesk() : !Files.exists(root().dbPath()));
        root().mayCreate = create;
        ArchiveService.Restored r;
        try (Progress p = progress("importing", 0)) {
            // a desk made by import is made as init makes it (the acting agent its admin), and only if the import
            // succeeds: a refused file leaves no desk behind
            if (creating) new AgentService(session()).init();
            r = new ArchiveService(session()).restore(source, p::advance);
        } catch (RuntimeException e) {
            if (creating) removeDesk(url);
            throw e;
        }
        Output out = output();
        if (r.droppedLinks() > 0) {
            spec.commandLine().getErr().println("tix: warning: " + r.droppedLinks() + " link(s) to tickets neither in "
                    + source.name() + " nor in the database were dropped");
            spec.commandLine().getErr().flush();
        }
        if (out.format() == Output.Format.TEXT) {
            out.say(summary(r));
        } else {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("count", r.tickets());
            m.put("messages", r.messages());
            m.put("events", r.events());
            m.put("created", r.created());
            m.put("created_counts", r.createdCounts());
            m.put("dropped_links", r.droppedLinks());
            out.record(m);
        }
        return ExitCodes.OK;
    }

    private void removeDesk(boolean url) {
        if (url) {
            try {
                session().store().dropDesk();
            } catch (RuntimeException ignored) {
                // the error being reported matters more than a schema left behind
            }
            return;
        }
        Path db = root().dbPath();
        session().store().close();
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
            } catch (java.io.IOException ignored) {
                // the error being reported matters more than a stray file
            }
        }
    }

    /**
     * "Imported 5 ticket(s), 12 message(s), 30 event(s); created 200 account(s), 4 agent(s)": counts, never every
     * name (the counts read as they always have; scripts and docs quote them).
     */
    static String summary(ArchiveService.Restored r) {
        StringBuilder sb = new StringBuilder("Imported ").append(count(r.tickets(), "ticket")).append(", ")
                .append(count(r.messages(), "message")).append(", ").append(count(r.events(), "event"));
        String sep = "; created ";
        for (Map.Entry<String, Integer> e : r.createdCounts().entrySet()) {
            sb.append(sep).append(count(e.getValue(), e.getKey()));
            sep = ", ";
        }
        return sb.toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + "(s)";
    }
}
