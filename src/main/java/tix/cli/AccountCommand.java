package tix.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.AccountService;
import tix.csv.AccountCsv;
import tix.csv.CsvFile;
import tix.render.AdminViews;
import tix.render.Output;

@Command(name = "account", description = "Customer accounts (name, plan, status: paid, trial, community, potential, "
        + "vip) and their contacts, synced from a CRM export. SLA policies and routing rules match on them.",
        subcommands = {AccountCommand.Import.class, AccountCommand.ListAccounts.class, AccountCommand.Show.class})
final class AccountCommand extends BaseCommand {
    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    @Command(name = "import", description = "Create or update accounts from a CSV file (RFC 4180, header row "
            + "name,plan,status,emails; emails separated by ';'; '-' reads standard input). Admin only. The file is "
            + "the truth for the accounts it names: plan and status are replaced and their contacts become exactly the "
            + "addresses listed. A bad row refuses the whole file (exit 7) and nothing is written.")
    static final class Import extends BaseCommand {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        int run() {
            CsvFile csv = CsvFile.read(file, root().env().stdin());
            AccountService.ImportResult r = new AccountService(session()).importAccounts(csv.source(), AccountCsv.rows(csv));
            Output out = output();
            if (out.format() == Output.Format.TEXT) {
                out.say("Imported " + r.accounts() + " account(s): " + r.created() + " new, " + r.updated() + " updated, "
                        + r.contacts() + " contact(s)");
            } else {
                out.record(AdminViews.accountImport(r));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", aliases = "ls", description = "Every account with its contacts and ticket count.")
    static final class ListAccounts extends BaseCommand {
        @Option(names = "--status", paramLabel = "S", description = "Only accounts of this status.")
        String status;

        @Override
        int run() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AccountService.AccountInfo a : new AccountService(session()).list(status)) rows.add(AdminViews.account(a));
            output().records(rows, AdminViews.ACCOUNT_COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "One account: plan, status, contacts, ticket count.")
    static final class Show extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        int run() {
            output().record(AdminViews.account(new AccountService(session()).show(name)));
            return ExitCodes.OK;
        }
    }
}
