package tix.domain;

/** A requester, identified by email; belongs to an account when the CRM sync knows them. */
public record Contact(long id, String email, String name, String account, boolean undeliverable) {
}
