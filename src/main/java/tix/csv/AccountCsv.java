package tix.csv;

import java.util.ArrayList;
import java.util.List;
import tix.app.AccountService.AccountRow;

/** The CRM sync file of `account import`: columns name, plan, status, emails (addresses separated by ';'). */
public final class AccountCsv {
    public static final List<String> COLUMNS = List.of("name", "plan", "status", "emails");

    private AccountCsv() {
        throw new AssertionError();
    }

    public static List<AccountRow> rows(CsvFile file) {
        file.requireColumns(List.of("name"), COLUMNS);
        List<AccountRow> out = new ArrayList<>();
        for (CsvFile.Row r : file.rows()) {
            List<String> emails = new ArrayList<>();
            for (String e : r.get("emails").split(";")) {
                if (!e.isBlank()) emails.add(e.strip());
            }
            out.add(new AccountRow(r.row(), r.get("name"), r.get("plan"), r.get("status"), emails));
        }
        return out;
    }
}
