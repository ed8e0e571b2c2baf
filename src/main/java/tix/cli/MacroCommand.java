package tix.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.Macros;
import tix.app.MacroService;
import tix.render.AdminViews;
import tix.render.Output;

@Command(name = "macro", description = "Canned responses: 'tix reply ID --macro NAME' appends one to the reply. "
        + "Placeholders {name} (the requester's name, else email), {email}, {id}, {title} and {agent} are filled in. "
        + "Adding and removing is admin only.",
        subcommands = {MacroCommand.Add.class, MacroCommand.ListMacros.class, MacroCommand.Show.class,
            MacroCommand.Remove.class, MacroCommand.Suggest.class})
final class MacroCommand extends BaseCommand {
    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    @Command(name = "add", description = "Add a macro, e.g. tix macro add reset --body-file reset.txt.")
    static final class Add extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "Letters, digits, . _ -")
        String name;

        @Mixin
        Body body;

        @Option(names = "--replace", description = "Replace the text of an existing macro (its use count stays).")
        boolean replace;

        @Override
        int run() {
            String text = body.read(root().env(), true);
            output().record(AdminViews.macro(new MacroService(session()).add(name, new MacroService.NewMacro(text, replace))));
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "A macro's text (in a table: the text alone, ready to read or pipe).")
    static final class Show extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        int run() {
            Macros.Macro m = new MacroService(session()).show(name);
            Output out = output();
            if (out.format() == Output.Format.TEXT) {
                out.out().println(m.body());
                out.out().flush();
            } else {
                out.record(AdminViews.macro(m));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", aliases = "ls", description = "Every macro with how often it was used and its text.")
    static final class ListMacros extends BaseCommand {
        @Override
        int run() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Macros.Macro m : new MacroService(session()).list()) rows.add(AdminViews.macro(m));
            output().records(rows, AdminViews.MACRO_COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", aliases = "rm", description = "Delete a macro.")
    static final class Remove extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        int run() {
            new MacroService(session()).remove(name);
            output().say("Removed macro " + name);
            return ExitCodes.OK;
        }
    }

    @Command(name = "suggest", description = "Public answers written at least --min times word for word: each one "
            + "is a macro (or a doc) waiting to be written.")
    static final class Suggest extends BaseCommand {
        @Option(names = "--min", paramLabel = "N", defaultValue = "" + MacroService.REPEATED,
                description = "How many times (default ${DEFAULT-VALUE}).")
        int min;

        @Override
        int run() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Macros.RepeatedAnswer a : new MacroService(session()).repeated(min)) rows.add(AdminViews.repeated(a));
            output().records(rows, AdminViews.REPEATED_COLUMNS);
            return ExitCodes.OK;
        }
    }
}
