package tix.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.SlaService;
import tix.domain.Durations;
import tix.domain.SlaPolicy;
import tix.render.Output;
import tix.render.SlaText;

@Command(name = "sla", description = "The SLA table (green and yellow limits in business time per tier, optionally per "
        + "priority band, account plan and account status; the most specific row wins) and `sla explain ID`.",
        subcommands = {SlaCommand.ListRows.class, SlaCommand.Set.class, SlaCommand.Remove.class, SlaCommand.Explain.class})
final class SlaCommand extends BaseCommand {
    static final List<String> COLUMNS = List.of("id", "tier", "priority_band", "plan", "account_status", "green", "yellow");

    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    static Map<String, Object> row(SlaPolicy p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("tier", p.tier());
        m.put("priority_band", p.band());
        m.put("plan", p.plan());
        m.put("account_status", p.accountStatus());
        m.put("green", Durations.formatBusiness(p.green()));
        m.put("yellow", Durations.formatBusiness(p.yellow()));
        return m;
    }

    static class Key {
        @Option(names = "--band", paramLabel = "BAND", description = "Priority band: low, medium, high, urgent.")
        String band;

        @Option(names = "--plan", paramLabel = "PLAN", description = "Account plan (as the CRM sync names it).")
        String plan;

        @Option(names = "--account-status", paramLabel = "STATUS", description = "paid, trial, community, potential or vip.")
        String status;
    }

    @Command(name = "list", description = "The SLA table, tier by tier.")
    static final class ListRows extends BaseCommand {
        @Override
        int run() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SlaPolicy p : new SlaService(session()).list()) rows.add(row(p));
            output().records(rows, COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "set", description = "Add a row, or change the limits of the row with the same key (admin). "
            + "Limits are business time: 90m, 2h, 1.5h, 1bd (= 8 business hours).")
    static final class Set extends BaseCommand {
        @Parameters(converter = DeskNames.TierName.class, index = "0", paramLabel = "TIER")
        String tier;

        @picocli.CommandLine.Mixin
        Key key;

        @Option(names = "--green", paramLabel = "LIMIT", required = true, description = "Green while elapsed business time is below this.")
        String green;

        @Option(names = "--yellow", paramLabel = "LIMIT", required = true, description = "Yellow while below this; red after.")
        String yellow;

        @Override
        int run() {
            output().record(row(new SlaService(session()).set(tier,
                    new SlaService.SlaRow(key.band, key.plan, key.status, green, yellow))));
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", description = "Remove a row by its id, or by tier and the same key options as `set` (admin).")
    static final class Remove extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID|TIER")
        String which;

        @picocli.CommandLine.Mixin
        Key key;

        @Override
        int run() {
            output().record(row(new SlaService(session()).remove(which,
                    new SlaService.SlaKey(key.band, key.plan, key.status))));
            return ExitCodes.OK;
        }
    }

    @Command(name = "explain", description = "How a ticket's SLA is computed: the policy matched and why, the calendar, "
            + "the business intervals counted and the hours skipped, pauses, thresholds, and when the colour changes next.")
    static final class Explain extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
        long id;

        @Override
        int run() {
            print(output(), new SlaService(session()).explain(id));
            return ExitCodes.OK;
        }
    }

    static void print(Output out, SlaService.Explanation x) {
        if (out.format() == Output.Format.TEXT) out.text(SlaText.text(x));
        else out.record(SlaText.json(x));
    }
}
