package tix.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import tix.app.AgentService;
import tix.render.Output;

@Command(name = "init", description = {"Create the database with the default desk: queue support, the tiers "
        + "triage, t1-t5 and oncall, the Mon-Fri 09:00-17:00 UTC calendar, and the acting agent as admin. Running it again changes nothing."})
final class InitCommand extends BaseCommand {
    @Override
    int run() {
        root().mayCreate = true;
        AgentService.InitResult r = new AgentService(session()).init();
        String db = root().dbName();
        Output out = output();
        if (out.format() == Output.Format.TEXT) {
            out.say(r.registered() ? "Initialised " + db + " with " + session().actorLogin() + " as admin."
                    : db + " is already initialised (admin: " + String.join(", ", r.admins()) + ").");
        } else {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("db", db);
            row.put("created", r.registered());
            row.put("admins", r.admins());
            out.record(row);
        }
        return ExitCodes.OK;
    }
}
