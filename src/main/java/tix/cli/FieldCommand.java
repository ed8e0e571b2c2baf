package tix.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.FieldService;
import tix.render.AdminViews;

@Command(name = "field", description = "Custom ticket fields: a name and a type (bool, text, number, date or choice). "
        + "Set them with 'tix edit ID --set NAME=VALUE' (--unset NAME clears), filter with 'list --field NAME=VALUE' "
        + "(also bulk and export); 'show --json' has them under \\\"fields\\\". Adding and removing are admin only.",
        subcommands = {FieldCommand.Add.class, FieldCommand.ListFields.class, FieldCommand.Remove.class})
final class FieldCommand extends BaseCommand {
    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    static void print(BaseCommand cmd, List<FieldService.Row> rows, boolean changed) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FieldService.Row r : rows) out.add(AdminViews.field(r));
        if (changed) cmd.output().changedRecords(out, AdminViews.FIELD_COLUMNS);
        else cmd.output().records(out, AdminViews.FIELD_COLUMNS);
    }

    @Command(name = "add", description = "Add a custom field, e.g. tix field add plan-tier --type choice "
            + "--choices gold,silver.")
    static final class Add extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "A lowercase letter, then letters, digits, - _.")
        String name;

        @Option(names = "--type", required = true, paramLabel = "TYPE", completionCandidates = Types.class,
                description = "bool (true/false, yes/no), text, number, date (YYYY-MM-DD) or choice.")
        String type;

        @Option(names = "--choices", paramLabel = "A,B", description = "The values a choice field allows, separated by commas.")
        String choices;

        @Override
        int run() {
            print(this, List.of(new FieldService(session()).add(name, new FieldService.NewField(type, choices))), true);
            return ExitCodes.OK;
        }
    }

    /** The field types, for completion. */
    static final class Types extends ArrayList<String> {
        Types() {
            super(List.of("bool", "text", "number", "date", "choice"));
        }
    }

    @Command(name = "list", aliases = "ls", description = "Every custom field with its type, choices and how many "
            + "tickets have a value.")
    static final class ListFields extends BaseCommand {
        @Override
        int run() {
            print(this, new FieldService(session()).list(), false);
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", aliases = "rm", description = "Remove a custom field. One that tickets still use is "
            + "refused (exit 4) unless --force, which drops every ticket's value with it.")
    static final class Remove extends BaseCommand {
        @Parameters(converter = DeskNames.FieldName.class, index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--force", description = "Remove it even when tickets have values (they go with it).")
        boolean force;

        @Override
        int run() {
            print(this, List.of(new FieldService(session()).remove(name, force)), true);
            return ExitCodes.OK;
        }
    }
}
