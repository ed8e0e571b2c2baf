package tix.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tix.app.MaintenanceService;
import tix.render.Output;

@Command(name = "backup", description = {"Copy the whole desk to a new FILE (mode 0600), consistent as of one instant "
        + "even while other agents and cron write: SQLite's VACUUM INTO, written under a temporary name and renamed "
        + "when whole. Never overwrites a file (exit 4). Read it back with 'tix restore FILE'."})
final class BackupCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The new backup file.")
    Path file;

    @Override
    int run() {
        new MaintenanceService(session()).backup(file);
        Output out = output();
        if (out.format() == Output.Format.TEXT) {
            out.say("Backed up " + root().dbName() + " to " + file + ".");
        } else {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("db", root().dbName());
            row.put("backup", file.toString());
            out.record(row);
        }
        return ExitCodes.OK;
    }
}
