package tix.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import tix.app.MaintenanceService;
import tix.domain.DomainException;
import tix.render.Output;

@Command(name = "check", description = {"Check the desk: SQLite's integrity check and foreign keys, the values the "
        + "schema allows (statuses, priorities), rows nothing owns, and that every live ticket's next time rule is "
        + "scheduled no later than its rules say. Prints each problem on stdout and exits 6 when there is any; "
        + "prints the summary and exits 0 when the desk is sound. Writes nothing."})
final class CheckCommand extends BaseCommand {
    @Override
    int run() {
        MaintenanceService.Report r = new MaintenanceService(session()).check();
        Output out = output();
        if (out.format() == Output.Format.TEXT) {
            for (String p : r.problems()) out.say(p);
            if (r.problems().isEmpty()) {
                out.say("ok: " + root().dbName() + ": integrity, foreign keys and " + r.tickets()
                        + " live tickets' rules checked, no problems");
            }
        } else {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ok", r.problems().isEmpty());
            row.put("live_tickets", r.tickets());
            row.put("problems", r.problems());
            out.record(row);
        }
        if (r.problems().isEmpty()) return ExitCodes.OK;
        spec.commandLine().getOut().flush();
        throw new DomainException(DomainException.Reason.BUSY, r.problems().size() + " problem(s) in "
                + root().dbName(), "see above; restore the desk from a backup: tix restore FILE");
    }
}
