package tix.domain;

/** A customer account from the CRM sync: status is one of paid, trial, community, potential, vip. */
public record Account(long id, String name, String plan, String status) {
    public static final java.util.List<String> STATUSES = java.util.List.of("paid", "trial", "community", "potential", "vip");
}
