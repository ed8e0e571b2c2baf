package tix.app;

import java.util.Optional;
import tix.domain.Contact;

/** Requesters (contacts), found or made by address, and the account each belongs to. A port the store implements. */
public interface ContactBook {
    Optional<Contact> contact(long id);

    Optional<Contact> contactByEmail(String email);

    /** The contacts of {@code ids} that exist, by id: a list's requesters in one query rather than one each. */
    default java.util.Map<Long, Contact> contacts(java.util.Collection<Long> ids) {
        java.util.Map<Long, Contact> out = new java.util.HashMap<>();
        for (long id : ids) contact(id).ifPresent(c -> out.put(id, c));
        return out;
    }

    /** The contact for {@code email}, created if new; a non-null {@code name} replaces the stored one. */
    Contact contact(String email, String name);

    void setContactAccount(long contactId, Long accountId);
}
