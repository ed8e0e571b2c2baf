package tix.app;

import java.util.List;
import java.util.Optional;
import tix.domain.Account;

/** Customer accounts (the CRM sync). A port the store implements. */
public interface Accounts {
    Optional<Account> account(String name);

    /** The accounts of {@code names} that exist, by name: a list's requesters' accounts in one query. */
    default java.util.Map<String, Account> accounts(java.util.Collection<String> names) {
        java.util.Map<String, Account> out = new java.util.HashMap<>();
        for (String name : names) account(name).ifPresent(a -> out.put(name, a));
        return out;
    }

    Account saveAccount(String name, String plan, String status);

    List<Account> accounts();

    /** The email addresses of the account's contacts, sorted. */
    List<String> accountEmails(long accountId);

    /** How many tickets (any status) the account's contacts requested. */
    long accountTickets(long accountId);
}
