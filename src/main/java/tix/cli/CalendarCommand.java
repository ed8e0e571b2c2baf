package tix.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.CalendarService;

@Command(name = "calendar", description = "Business calendars: timezone, weekly hours (several intervals a day) and "
        + "holidays. Queues count SLAs and business-hour timers in their calendar; a tier may force one (oncall: 24x7).",
        subcommands = {CalendarCommand.ListCalendars.class, CalendarCommand.Show.class, CalendarCommand.Add.class,
            CalendarCommand.Set.class})
final class CalendarCommand extends BaseCommand {
    static final List<String> COLUMNS = List.of("name", "zone", "hours", "holidays", "used_by");

    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    static Map<String, Object> row(CalendarService.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.calendar().name());
        m.put("zone", e.calendar().zone().getId());
        m.put("hours", e.calendar().hours());
        m.put("holidays", e.calendar().holidays().isEmpty() ? List.of() : List.of(e.calendar().holidays().split(",")));
        m.put("used_by", e.usedBy());
        return m;
    }

    @Command(name = "list", description = "Every calendar and who uses it.")
    static final class ListCalendars extends BaseCommand {
        @Override
        int run() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CalendarService.Entry e : new CalendarService(session()).list()) rows.add(row(e));
            output().records(rows, COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "One calendar.")
    static final class Show extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        int run() {
            output().record(row(new CalendarService(session()).show(name)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "add", description = "A new calendar (admin). Default: UTC, mon-fri 09:00-17:00, no holidays.")
    static final class Add extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--zone", paramLabel = "ZONE", description = "IANA timezone, e.g. Europe/Berlin.")
        String zone;

        @Option(names = "--hours", paramLabel = "HOURS",
                description = "Weekly hours: \"mon-fri 09:00-17:00\", \"mon-thu 09:00-12:00,13:00-17:00; fri 09:00-13:00\" or \"24x7\".")
        String hours;

        @Option(names = "--holidays", paramLabel = "DATES", description = "Comma-separated YYYY-MM-DD, or --MM-DD for every year.")
        String holidays;

        @Override
        int run() {
            output().record(row(new CalendarService(session()).add(name,
                    new CalendarService.NewCalendar(zone, hours, holidays))));
            return ExitCodes.OK;
        }
    }

    @Command(name = "set", description = "Change a calendar's zone, hours or holidays (admin).")
    static final class Set extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--zone", paramLabel = "ZONE", description = "IANA timezone, e.g. Europe/Berlin.")
        String zone;

        @Option(names = "--hours", paramLabel = "HOURS", description = "Weekly hours (replaces them), e.g. \"mon-fri 08:00-16:00\".")
        String hours;

        @Option(names = "--holidays", paramLabel = "DATES", description = "Replace the holidays (\"\" clears them).")
        String holidays;

        @Option(names = "--add-holiday", paramLabel = "DATE", split = ",", description = "Add YYYY-MM-DD or --MM-DD (repeatable).")
        List<String> add = new ArrayList<>();

        @Option(names = "--remove-holiday", paramLabel = "DATE", split = ",", description = "Remove a holiday (repeatable).")
        List<String> remove = new ArrayList<>();

        @Override
        int run() {
            output().record(row(new CalendarService(session()).set(name,
                    new CalendarService.CalendarChange(zone, hours, holidays, add, remove))));
            return ExitCodes.OK;
        }
    }
}
