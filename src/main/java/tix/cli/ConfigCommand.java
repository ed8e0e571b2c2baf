package tix.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tix.app.ConfigService;
import tix.domain.DomainException;
import tix.render.Output;

@Command(name = "config", description = "Desk settings kept in the database: the sweep's timers (see `config list`) "
        + "and any other key. export/import move them as one JSON object.",
        subcommands = {ConfigCommand.Get.class, ConfigCommand.Set.class, ConfigCommand.Unset.class,
            ConfigCommand.ListAll.class, ConfigCommand.Export.class, ConfigCommand.Import.class})
final class ConfigCommand extends BaseCommand {
    static final List<String> COLUMNS = List.of("key", "value", "default", "description");

    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    static Map<String, Object> row(ConfigService.Setting s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", s.key());
        m.put("value", s.value());
        m.put("default", s.isDefault());
        m.put("description", s.description());
        return m;
    }

    @Command(name = "get", description = "One setting's value (a known key's default when unset).")
    static final class Get extends BaseCommand {
        @Parameters(index = "0", paramLabel = "KEY")
        String key;

        @Override
        int run() {
            ConfigService.Setting s = new ConfigService(session()).get(key);
            Output out = output();
            if (out.format() == Output.Format.TEXT) out.say(s.value());
            else out.record(row(s));
            return ExitCodes.OK;
        }
    }

    @Command(name = "set", description = "Set a value (admin), e.g. `config set pending.reminder_after 2d`; "
            + "timers take durations like 90m, 12h, 3d, business ones 1bh, 1bd, or off.")
    static final class Set extends BaseCommand {
        @Parameters(index = "0", paramLabel = "KEY")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE")
        String value;

        @Override
        int run() {
            output().record(row(new ConfigService(session()).set(key, value)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "unset", description = "Remove a stored value; a known key goes back to its default (admin).")
    static final class Unset extends BaseCommand {
        @Parameters(index = "0", paramLabel = "KEY")
        String key;

        @Override
        int run() {
            output().record(row(new ConfigService(session()).unset(key)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "Every known key with its value or default, and every other stored key.")
    static final class ListAll extends BaseCommand {
        @Override
        int run() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ConfigService.Setting s : new ConfigService(session()).list().values()) rows.add(row(s));
            output().records(rows, COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", description = "The stored settings as one JSON object {\"key\": \"value\", ...}.")
    static final class Export extends BaseCommand {
        @Override
        int run() {
            Map<String, String> all = new ConfigService(session()).export();
            spec.commandLine().getOut().println(ConfigJson.write(all));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", description = "Set every pair of a JSON object (as `export` writes) from FILE or - (stdin); "
            + "all or nothing (admin).")
    static final class Import extends BaseCommand {
        @Parameters(index = "0", paramLabel = "FILE")
        String file;

        @Override
        int run() {
            byte[] bytes;
            try {
                bytes = file.equals("-") ? root().env().stdin().readAllBytes() : Files.readAllBytes(Path.of(file));
            } catch (NoSuchFileException e) {
                throw DomainException.usage("no such file: " + file, "give a JSON file or - for stdin");
            } catch (IOException e) {
                throw DomainException.usage("cannot read " + file, String.valueOf(e.getMessage()));
            }
            int n = new ConfigService(session()).importAll(ConfigJson.read(Body.decode(bytes, file)));
            output().say("imported " + n + " setting" + (n == 1 ? "" : "s"));
            return ExitCodes.OK;
        }
    }
}
