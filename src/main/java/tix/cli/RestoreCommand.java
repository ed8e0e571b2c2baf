package tix.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tix.app.MaintenanceService;
import tix.render.Output;

@Command(name = "restore", description = {"Replace the whole desk with a backup FILE made by 'tix backup' (admin "
        + "only). The file is checked first: a damaged file, one that is not a tix desk, or one made by a newer tix is "
        + "refused with exit 7 and nothing changes. The pages are copied under one write lock, so other processes see "
        + "the old desk or the restored one, never a mix; a backup from an older tix is brought up to date. Creates the "
        + "desk at --db when there is none."})
final class RestoreCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "A file written by 'tix backup'.")
    Path file;

    @Override
    int run() {
        root().mayCreate = true;
        new MaintenanceService(session()).restore(file);
        Output out = output();
        if (out.format() == Output.Format.TEXT) {
            out.say("Restored " + root().dbName() + " from " + file + ".");
        } else {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("db", root().dbName());
            row.put("restored_from", file.toString());
            out.record(row);
        }
        return ExitCodes.OK;
    }
}
