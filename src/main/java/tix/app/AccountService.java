package tix.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tix.domain.Account;
import tix.domain.Contact;
import tix.domain.DomainException;
import tix.domain.Right;
import tix.domain.Rules;

/** `tix account`: customer accounts synced from a CRM export (SPEC §2 Contact/Account, §7 CSV). */
public final class AccountService {
    private final Session session;

    public AccountService(Session session) {
        this.session = session;
    }

    /** One row of `account import`: {@code row} is its record number in the file, for messages. */
    public record AccountRow(long row, String name, String plan, String status, List<String> emails) {
    }

    /** An account with its contacts' addresses and how many tickets they requested. */
    public record AccountInfo(Account account, List<String> emails, long tickets) {
    }

    public record ImportResult(int accounts, int created, int updated, int contacts) {
    }

    /**
     * Creates or updates every account of the file in one transaction; a bad row refuses the whole file (exit 7).
     * The file is the truth for the accounts it names: their plan and status are replaced, their contacts are
     * exactly the addresses given (new addresses become contacts; addresses no longer listed leave the account).
     * Accounts the file does not name are left alone.
     */
    public ImportResult importAccounts(String source, List<AccountRow> rows) {
        List<AccountRow> clean = new ArrayList<>();
        Map<String, Long> names = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (AccountRow r : rows) {
            String where = source + " row " + r.row() + ": ";
            String name = r.name() == null ? "" : r.name().strip();
            if (name.isEmpty()) throw DomainException.invalidData(where + "the account name is empty", "every row needs a name");
            Long seen = names.put(name.toLowerCase(Locale.ROOT), r.row());
            if (seen != null) throw DomainException.invalidData(where + "account '" + name + "' is also on row " + seen, "one row per account");
            String status = r.status() == null ? "" : r.status().strip().toLowerCase(Locale.ROOT);
            if (status.isEmpty()) status = null;
            else if (!Account.STATUSES.contains(status)) {
                throw DomainException.invalidData(where + "unknown status '" + r.status() + "'", "one of " + String.join(", ", Account.STATUSES));
            }
            String plan = r.plan() == null || r.plan().isBlank() ? null : r.plan().strip();
            List<String> emails = new ArrayList<>();
            for (String e : r.emails()) {
                if (e.isBlank()) continue;
                String email;
                try {
                    email = Contacts.checkAddress(e);
                } catch (DomainException ex) {
                    throw DomainException.invalidData(where + "bad email '" + e.strip() + "'", "addresses separated by ';'");
                }
                String key = email.toLowerCase(Locale.ROOT);
                String other = owners.put(key, name);
                if (other != null && !other.equals(name)) {
                    throw DomainException.invalidData(where + email + " is also listed for '" + other + "'", "an address belongs to one account");
                }
                if (!emails.contains(email)) emails.add(email);
            }
            clean.add(new AccountRow(r.row(), name, plan, status, emails));
        }
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            int created = 0;
            int updated = 0;
            int contacts = 0;
            for (AccountRow r : clean) {
                boolean exists = tx.accounts().account(r.name()).isPresent();
                Account a = tx.accounts().saveAccount(r.name(), r.plan(), r.status());
                if (exists) updated++;
                else created++;
                for (String old : tx.accounts().accountEmails(a.id())) {
                    if (r.emails().stream().noneMatch(old::equalsIgnoreCase)) {
                        tx.contacts().setContactAccount(tx.contacts().contactByEmail(old).orElseThrow().id(), null);
                    }
                }
                for (String email : r.emails()) {
                    Contact c = tx.contacts().contact(email, null);
                    tx.contacts().setContactAccount(c.id(), a.id());
                    contacts++;
                }
            }
            return new ImportResult(clean.size(), created, updated, contacts);
        });
    }

    public List<AccountInfo> list(String status) {
        String s = status == null ? null : status.strip().toLowerCase(Locale.ROOT);
        if (s != null && !Account.STATUSES.contains(s)) {
            throw DomainException.usage("unknown account status '" + status + "'", "one of " + String.join(", ", Account.STATUSES));
        }
        return session.store().read(tx -> {
            List<AccountInfo> out = new ArrayList<>();
            for (Account a : tx.accounts().accounts()) {
                if (s != null && !s.equals(a.status())) continue;
                out.add(info(tx, a));
            }
            return out;
        });
    }

    public AccountInfo show(String name) {
        return session.store().read(tx -> info(tx, tx.accounts().account(name).orElseThrow(() ->
                DomainException.notFound("account '" + name + "' not found", "see 'tix account list'"))));
    }

    private static AccountInfo info(Tx tx, Account a) {
        return new AccountInfo(a, tx.accounts().accountEmails(a.id()), tx.accounts().accountTickets(a.id()));
    }
}
