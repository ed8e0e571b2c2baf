package tix.app;

import java.util.List;
import java.util.Optional;
import tix.domain.Account;

/** Customer accounts (the CRM sync). A port the store implements. */
public interface Accounts {
    Optional<Account> account(String name);

    Account saveAccount(String name, String plan, String status);

    List<Account> accounts();

    /** The email addresses of the account's contacts, sorted. */
    List<String> accountEmails(long accountId);

    /** How many tickets (any status) the account's contacts requested. */
    long accountTickets(long accountId);
}
