package tix.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.QueueService;
import tix.render.AdminViews;

@Command(name = "queue", description = "Queues (departments): their inbound addresses, default priority and tier, "
        + "calendar, priority growth, auto-close and follow-up policy, auto-response. Admin only.",
        subcommands = {QueueCommand.Add.class, QueueCommand.ListQueues.class, QueueCommand.Show.class,
            QueueCommand.Set.class, QueueCommand.Remove.class, QueueCommand.Member.class})
final class QueueCommand extends BaseCommand {
    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** The settings `queue add` and `queue set` share. */
    static class Settings {
        @Option(names = "--address", paramLabel = "EMAIL", split = ",",
                description = "Inbound address of the queue (repeatable; on set it replaces the list). The first one "
                        + "is the From of the queue's mail unless --from says otherwise.")
        List<String> addresses;

        @Option(names = "--from", paramLabel = "EMAIL", description = "The From address of the queue's mail ('none' to clear).")
        String from;

        @Option(names = "--priority", paramLabel = "P", converter = ClosedSets.PriorityConverter.class, description = "Default priority of new tickets: 1-99 or low, medium, high, urgent (default medium).")
        tix.domain.Priority priority;

        @Option(converter = DeskNames.TierName.class, names = "--tier", paramLabel = "TIER", description = "Default tier of new tickets (default: the first tier, triage).")
        String tier;

        @Option(names = "--calendar", paramLabel = "NAME", description = "Business-hours calendar for SLAs and timers (default 'default').")
        String calendar;

        @Option(names = "--priority-growth", negatable = true,
                description = "Unanswered tickets gain priority with time (default on; --no-priority-growth switches it off).")
        Boolean priorityGrowth;

        @Option(names = "--priority-growth-new", negatable = true,
                description = "Unanswered new tickets gain priority too, not only open ones (default on; "
                        + "--no-priority-growth-new: only open ones).")
        Boolean priorityGrowthNew;

        @Option(names = "--auto-close-days", paramLabel = "N",
                description = "Resolved tickets close after N days: 0 at once, -1 never (default 4).")
        Integer autoCloseDays;

        @Option(names = "--follow-up", paramLabel = "POLICY",
                description = "A customer mail on a closed ticket: new (a linked follow-up ticket, default), "
                        + "'reopen N' (reopen when closed less than N days ago, else new) or reject.")
        String followUp;

        @Option(names = "--auto-response", negatable = true,
                description = "Send the new-ticket auto-response (default on; --no-auto-response switches it off).")
        Boolean autoResponse;

        @Option(names = "--members-only", negatable = true,
                description = "Only the queue's members (tix queue member add) and roles with queue.all see and take "
                        + "its tickets (default off).")
        Boolean membersOnly;

        QueueService.Change change() {
            QueueService.Change c = new QueueService.Change();
            c.addresses = addresses;
            c.from = from;
            c.priority = priority;
            c.tier = tier;
            c.calendar = calendar;
            c.priorityGrowth = priorityGrowth;
            c.priorityGrowthNew = priorityGrowthNew;
            c.autoCloseDays = autoCloseDays;
            c.followUp = followUp;
            c.autoResponse = autoResponse;
            c.membersOnly = membersOnly;
            return c;
        }
    }

    /** A queue as printed: its settings plus its default CC on replies. */
    static Map<String, Object> view(BaseCommand c, QueueService.QueueInfo info) {
        Map<String, Object> view = AdminViews.queue(info);
        view.put("cc", new tix.app.SideService(c.session()).queueCc(String.valueOf(view.get("name"))));
        return view;
    }

    @Command(name = "add", description = "Add a queue, e.g. tix queue add billing --address billing@example.com --priority high.")
    static final class Add extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "Letters, digits, . _ -")
        String name;

        @Mixin
        Settings settings;

        @Mixin
        MailQueueOptions mail;

        @Override
        int run() {
            mail.check();
            QueueService queues = new QueueService(session());
            String added = queues.add(name, settings.change()).queue().name();
            mail.apply(this, added);
            output().record(view(this, queues.show(added)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "set", description = "Change a queue's settings; options left out keep their value.")
    static final class Set extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Mixin
        Settings settings;

        @Option(names = "--add-address", paramLabel = "EMAIL", split = ",", description = "Add an inbound address (repeatable).")
        List<String> addAddresses;

        @Option(names = "--remove-address", paramLabel = "EMAIL", split = ",", description = "Remove an inbound address (repeatable).")
        List<String> removeAddresses;

        @Mixin
        MailQueueOptions mail;

        @Option(names = "--cc", paramLabel = "ADDR", split = ",",
                description = "Default CC of every reply from this queue (repeatable or comma-separated; 'none' clears it).")
        List<String> cc;

        @Override
        int run() {
            QueueService.Change c = settings.change();
            c.addAddresses = addAddresses;
            c.removeAddresses = removeAddresses;
            mail.check();
            boolean clearCc = cc != null && cc.size() == 1 && cc.get(0).equalsIgnoreCase("none");
            if (cc != null && !clearCc) tix.app.SideService.check(cc);
            QueueService queues = new QueueService(session());
            QueueService.QueueInfo info = queues.set(name, c);
            if (mail.given()) {
                mail.apply(this, name);
                info = queues.show(name);
            }
            if (cc != null) new tix.app.SideService(session()).setQueueCc(name, clearCc ? List.of() : cc);
            output().record(view(this, info));
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "One queue's settings, addresses and ticket count.")
    static final class Show extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        int run() {
            output().record(view(this, new QueueService(session()).show(name)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", aliases = "ls", description = "Every queue with its settings and ticket count.")
    static final class ListQueues extends BaseCommand {
        @Override
        int run() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (QueueService.QueueInfo q : new QueueService(session()).list()) rows.add(view(this, q));
            var out = output();
            out.records(rows, out.format() == tix.render.Output.Format.TEXT ? AdminViews.QUEUE_TABLE : AdminViews.QUEUE_COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", aliases = "rm", description = "Delete a queue. Its tickets move to --move-to QUEUE "
            + "(an 'edited queue' event on each) or are deleted for ever with --delete-tickets. The last queue "
            + "cannot be deleted (exit 4), nor the default queue support (where create without --queue and mail to "
            + "unclaimed addresses go), nor one that still holds tickets without either option (exit 4).")
    static final class Remove extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(converter = DeskNames.QueueName.class, names = "--move-to", paramLabel = "QUEUE", description = "Move the queue's tickets there.")
        String moveTo;

        @Option(names = "--delete-tickets", description = "Delete the queue's tickets, messages and history for ever.")
        boolean deleteTickets;

        @Override
        int run() {
            QueueService.Removal r = new QueueService(session()).remove(name, new QueueService.Removing(moveTo, deleteTickets));
            var out = output();
            if (out.format() == tix.render.Output.Format.TEXT) {
                String what = r.movedTo() != null ? "; moved " + r.moved().size() + " ticket(s) to " + r.movedTo()
                        : r.deleted().isEmpty() ? "" : "; deleted " + r.deleted().size() + " ticket(s)";
                out.say("Removed queue " + r.queue() + what);
            } else {
                out.record(AdminViews.queueRemoval(r));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "member", description = "Who belongs to a queue. With 'queue set Q --members-only', only members "
            + "(and roles with queue.all) see and take its tickets.",
            subcommands = {Member.AddMember.class, Member.RemoveMember.class, Member.ListMembers.class})
    static final class Member extends BaseCommand {
        @Override
        int run() {
            spec.commandLine().usage(spec.commandLine().getOut());
            return ExitCodes.OK;
        }

        @Command(name = "add", description = "Make agents members of a queue (admin).")
        static final class AddMember extends BaseCommand {
            @Parameters(converter = DeskNames.QueueName.class, index = "0", paramLabel = "QUEUE")
            String queue;

            @Parameters(converter = DeskNames.AgentLogin.class, index = "1..*", arity = "1..*", paramLabel = "AGENT")
            List<String> logins;

            @Override
            int run() {
                output().record(AdminViews.membership(new tix.app.RoleService(session()).addMembers(queue, logins)));
                return ExitCodes.OK;
            }
        }

        @Command(name = "remove", aliases = "rm", description = "Take an agent out of a queue (admin).")
        static final class RemoveMember extends BaseCommand {
            @Parameters(converter = DeskNames.QueueName.class, index = "0", paramLabel = "QUEUE")
            String queue;

            @Parameters(converter = DeskNames.AgentLogin.class, index = "1", paramLabel = "AGENT")
            String login;

            @Override
            int run() {
                output().record(AdminViews.membership(new tix.app.RoleService(session()).removeMember(queue, login)));
                return ExitCodes.OK;
            }
        }

        @Command(name = "list", aliases = "ls", description = "A queue's members and whether it is members-only.")
        static final class ListMembers extends BaseCommand {
            @Parameters(converter = DeskNames.QueueName.class, index = "0", paramLabel = "QUEUE")
            String queue;

            @Override
            int run() {
                output().record(AdminViews.membership(new tix.app.RoleService(session()).members(queue)));
                return ExitCodes.OK;
            }
        }
    }
}
