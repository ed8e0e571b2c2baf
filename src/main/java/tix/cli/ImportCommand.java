package tix.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tix.app.ArchiveService;
import tix.csv.TicketArchiveReader;
import tix.render.Output;
import tix.render.Progress;

@Command(name = "import", description = "Read back what 'tix export' wrote (CSV or JSON, told apart by the first "
        + "character; '-' reads standard input): every ticket with its own id, version, times, tags, messages and "
        + "history. Admin only, all or nothing: a bad row is exit 7, an id the database already has is exit 4, and "
        + "then nothing is written. Queues, tiers, teams, agents (role agent) and accounts the tickets name but the "
        + "desk lacks are created with defaults and listed.")
final class ImportCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @picocli.CommandLine.Option(names = "--create",
            description = "Create the desk at --db if there is none (like 'tix init'); without it a missing desk is exit 3.")
    boolean create;

    @Override
    int run() {
        root().mayCreate = create;
        TicketArchiveReader.Read read = TicketArchiveReader.read(file, root().env().stdin());
        ArchiveService.Restored r;
        try (Progress p = progress("importing", read.records().size())) {
            r = new ArchiveService(session()).restore(read.source(), read.records(), p::advance);
        }
        Output out = output();
        if (r.droppedLinks() > 0) {
            spec.commandLine().getErr().println("tix: warning: " + r.droppedLinks() + " link(s) to tickets neither in "
                    + read.source() + " nor in the database were dropped");
            spec.commandLine().getErr().flush();
        }
        if (out.format() == Output.Format.TEXT) {
            out.say("Imported " + r.tickets() + " ticket(s), " + r.messages() + " message(s), " + r.events() + " event(s)"
                    + (r.created().isEmpty() ? "" : "; created " + String.join(", ", r.created())));
        } else {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("count", r.tickets());
            m.put("messages", r.messages());
            m.put("events", r.events());
            m.put("created", r.created());
            m.put("dropped_links", r.droppedLinks());
            out.record(m);
        }
        return ExitCodes.OK;
    }
}
