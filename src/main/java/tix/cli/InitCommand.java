package tix.cli;

import picocli.CommandLine.Command;

@Command(name = "init", description = {"Create the database with the default desk: queue support, the tiers "
        + "triage, t1-t5 and oncall, the Mon-Fri 09:00-17:00 UTC calendar, and the acting agent as admin."})
final class InitCommand extends BaseCommand {
    @Override
    int run() {
        boolean added = new tix.app.AgentService(session()).init();
        String db = root().dbPath().toString();
        output().say(added ? "Initialised " + db + " with " + session().actorLogin() + " as admin."
                : db + " is already initialised.");
        return ExitCodes.OK;
    }
}
