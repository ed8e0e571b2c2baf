package tix.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.RoleService;
import tix.domain.Right;
import tix.render.AdminViews;

@Command(name = "role", description = "Roles: named sets of rights. Built in: agent, lead, admin; add the desk's own "
        + "and give them to agents with 'tix agent set LOGIN --role NAME'.",
        subcommands = {RoleCommand.Add.class, RoleCommand.Set.class, RoleCommand.ListRoles.class, RoleCommand.Show.class,
            RoleCommand.Rights.class})
final class RoleCommand extends BaseCommand {
    static final List<String> COLUMNS = List.of("name", "built_in", "rights", "agents");

    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    @Command(name = "add", description = "Add a role with these rights (admin), e.g. tix role add technician "
            + "--right ticket.see --right ticket.work --right ticket.take.")
    static final class Add extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "A letter, then letters, digits, - or _.")
        String name;

        @Option(converter = DeskNames.RightName.class, names = "--right", paramLabel = "RIGHT", split = ",",
                description = "A right the role holds (repeatable; see 'tix role rights').")
        List<String> rights;

        @Override
        int run() {
            output().record(AdminViews.role(new RoleService(session()).add(name, rights)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "set", description = "Grant or revoke rights of a role of the desk's own (admin); built-in roles "
            + "do not change.")
    static final class Set extends BaseCommand {
        @Parameters(converter = DeskNames.RoleName.class, index = "0", paramLabel = "ROLE")
        String name;

        @Option(converter = DeskNames.RightName.class, names = "--grant", paramLabel = "RIGHT", split = ",", description = "Add a right (repeatable).")
        List<String> grant;

        @Option(converter = DeskNames.RightName.class, names = "--revoke", paramLabel = "RIGHT", split = ",", description = "Take a right away (repeatable).")
        List<String> revoke;

        @Override
        int run() {
            output().record(AdminViews.role(new RoleService(session()).set(name, new RoleService.RoleChange(grant, revoke))));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", aliases = "ls", description = "Every role with its rights and agents.")
    static final class ListRoles extends BaseCommand {
        @Override
        int run() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (RoleService.RoleView r : new RoleService(session()).list()) rows.add(AdminViews.role(r));
            output().records(rows, COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "One role: {\"name\", \"built_in\", \"rights\", \"agents\"} with --json.")
    static final class Show extends BaseCommand {
        @Parameters(converter = DeskNames.RoleName.class, index = "0", paramLabel = "ROLE")
        String name;

        @Override
        int run() {
            output().record(AdminViews.role(new RoleService(session()).show(name)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "rights", description = "Every right there is, with what it allows.")
    static final class Rights extends BaseCommand {
        @Override
        int run() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Right r : Right.values()) rows.add(AdminViews.right(r));
            output().records(rows, List.of("right", "means"));
            return ExitCodes.OK;
        }
    }
}
