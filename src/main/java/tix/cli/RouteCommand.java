package tix.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.RouteService;
import tix.domain.Channel;
import tix.domain.Route;
import tix.render.AdminViews;
import tix.render.Output;

@Command(name = "route", description = "Routing rules: when a ticket is created (by 'tix create' or by mail), the "
        + "rules whose FIELD matches VALUE send it to a queue and/or team, set its priority and/or add a tag. Every "
        + "matching rule adds its action: tags add up, and for queue, team and priority the first matching rule "
        + "(by position) that sets one wins. Options given to 'tix create' win over the rule; for mail, the rule's queue wins over the one the To "
        + "address chose. Suspended mail, follow-ups and splits are not routed. Changes are admin only.",
        subcommands = {RouteCommand.Add.class, RouteCommand.ListRoutes.class, RouteCommand.Remove.class,
            RouteCommand.Move.class, RouteCommand.Test.class})
final class RouteCommand extends BaseCommand {
    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    @Command(name = "add", description = "Add a rule, e.g. tix route add account_status trial --queue trials --tag trial, "
            + "or tix route add domain example.com --team enterprise --priority high.")
    static final class Add extends BaseCommand {
        @Parameters(index = "0", paramLabel = "FIELD", description = "What the rule looks at: channel (email, web, "
                + "phone ...), to (an address the mail was sent to), requester (the sender's email), domain (the "
                + "requester's email domain, subdomains included), account (account name), plan, account_status "
                + "(paid, trial, community, potential, vip) or title (a case-insensitive substring).")
        String field;

        @Parameters(index = "1", paramLabel = "VALUE", description = "The value to match (case-insensitive).")
        String value;

        @Option(converter = DeskNames.QueueName.class, names = "--queue", paramLabel = "Q", description = "Put the ticket in this queue (its default tier and "
                + "priority apply).")
        String queue;

        @Option(converter = DeskNames.TeamName.class, names = "--team", paramLabel = "T", description = "Assign the ticket to this team.")
        String team;

        @Option(names = "--priority", paramLabel = "P", converter = ClosedSets.PriorityConverter.class, description = "Set the priority: 1-99 or low, medium, high, urgent.")
        tix.domain.Priority priority;

        @Option(converter = DeskNames.TagName.class, names = "--tag", paramLabel = "TAG", description = "Add this tag to the ticket.")
        String tag;

        @Option(names = "--position", paramLabel = "N", description = "Where the rule goes (1 is tried first; default: last).")
        Integer position;

        @Override
        int run() {
            output().record(AdminViews.route(new RouteService(session()).add(
                    new RouteService.NewRoute(field, value, queue, team, priority, tag, position))));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", aliases = "ls", description = "Every rule in the order they are tried.")
    static final class ListRoutes extends BaseCommand {
        @Override
        int run() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Route r : new RouteService(session()).list()) rows.add(AdminViews.route(r));
            output().records(rows, AdminViews.ROUTE_COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", aliases = "rm", description = "Delete a rule; the rules after it move up one.")
    static final class Remove extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The rule's id (see 'tix route list').")
        long id;

        @Override
        int run() {
            Route r = new RouteService(session()).remove(id);
            Output out = output();
            if (out.format() == Output.Format.TEXT) {
                out.say("Removed route " + AdminViews.routeText(r));
            } else {
                out.record(AdminViews.route(r));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "move", description = "Put a rule at another position; the others keep their order. Prints every rule.")
    static final class Move extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The rule's id (see 'tix route list').")
        long id;

        @Parameters(index = "1", paramLabel = "POSITION", description = "The new position, 1 to the number of rules.")
        int position;

        @Override
        int run() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Route r : new RouteService(session()).move(id, position)) rows.add(AdminViews.route(r));
            output().records(rows, AdminViews.ROUTE_COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", description = "Which rules a new ticket with these facts would get, and what they would set "
            + "(--json: the first matching rule). "
            + "Changes nothing. The plan and account status come from --account, or from the requester's account "
            + "when --account is not given. Facts not given match no rule.")
    static final class Test extends BaseCommand {
        @Option(names = "--channel", paramLabel = "C", converter = ClosedSets.ChannelConverter.class, completionCandidates = ClosedSets.Channels.class, 
                description = "email, web, phone, chat, social, review, api or agent.")
        Channel channel;

        @Option(names = "--to", paramLabel = "ADDR", description = "The address the mail was sent to.")
        String to;

        @Option(names = "--requester", paramLabel = "EMAIL", description = "The requester's email.")
        String requester;

        @Option(names = "--account", paramLabel = "A", description = "The requester's account name.")
        String account;

        @Option(names = "--title", paramLabel = "T", description = "The ticket's title.")
        String title;

        @Override
        int run() {
            RouteService.Trial t = new RouteService(session()).test(
                    new RouteService.TrialFacts(channel, to, requester, account, title));
            Output out = output();
            if (out.format() == Output.Format.TEXT) {
                if (t.route() == null) {
                    out.say("No rule matches: the ticket would keep its queue (support for 'tix "
                            + "create', the To address's queue for mail).");
                }
                for (tix.domain.Route r : t.routing().matched()) {
                    out.say("Matches route " + AdminViews.routeText(r) + " (position " + r.position() + ")");
                }
            } else {
                out.record(AdminViews.route(t.route()));
            }
            return ExitCodes.OK;
        }
    }
}
