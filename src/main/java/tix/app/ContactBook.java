package tix.app;

import java.util.Optional;
import tix.domain.Contact;

/** Requesters (contacts), found or made by address, and the account each belongs to. A port the store implements. */
public interface ContactBook {
    Optional<Contact> contact(long id);

    Optional<Contact> contactByEmail(String email);

    /** The contact for {@code email}, created if new; a non-null {@code name} replaces the stored one. */
    Contact contact(String email, String name);

    void setContactAccount(long contactId, Long accountId);
}
