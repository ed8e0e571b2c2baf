package tix.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of the SLA table (SPEC §4): a tier and optionally a priority band, an account plan and an account status,
 * with the business time a ticket may stay green and yellow. Beyond yellow is red.
 */
public record SlaPolicy(long id, String tier, String band, String plan, String accountStatus, Duration green,
                        Duration yellow) {
    public static final List<String> BANDS = List.of("low", "medium", "high", "urgent");

    public SlaPolicy {
        Objects.requireNonNull(tier, "tier");
        if (green.isNegative() || green.isZero()) {
            throw DomainException.usage("the green limit must be positive", "e.g. --green 2h");
        }
        if (yellow.compareTo(green) < 0) {
            throw DomainException.usage("the yellow limit " + Durations.formatBusiness(yellow)
                    + " is shorter than the green limit " + Durations.formatBusiness(green), "yellow ends after green");
        }
        if (band != null && !BANDS.contains(band)) {
            throw DomainException.usage("unknown priority band '" + band + "'", "low, medium, high or urgent");
        }
        if (accountStatus != null && !Account.STATUSES.contains(accountStatus)) {
            throw DomainException.usage("unknown account status '" + accountStatus + "'", String.join(", ", Account.STATUSES));
        }
    }

    /**
     * Whether this row applies to a ticket of this tier and priority whose account has this plan and status. Plans
     * compare without case: the CRM's "Enterprise" is the row's "enterprise" (each keeps its own spelling).
     */
    public boolean matches(String tier, int priority, String plan, String status) {
        return this.tier.equals(tier)
                && (band == null || band.equals(Priority.band(priority)))
                && (this.plan == null || this.plan.equalsIgnoreCase(plan))
                && (accountStatus == null || accountStatus.equals(status));
    }

    /** How specific the row is: account status weighs most, then plan, then priority band. */
    public int specificity() {
        return (accountStatus != null ? 4 : 0) + (plan != null ? 2 : 0) + (band != null ? 1 : 0);
    }

    /** The key in words, e.g. "tier t1, band high, status vip". */
    public String key() {
        List<String> parts = new ArrayList<>();
        parts.add("tier " + tier);
        if (band != null) parts.add("band " + band);
        if (plan != null) parts.add("plan " + plan);
        if (accountStatus != null) parts.add("account status " + accountStatus);
        return String.join(", ", parts);
    }

    /** The most specific matching row (ties: the lower id, i.e. the older row), or null when none applies. */
    public static SlaPolicy match(List<SlaPolicy> table, String tier, int priority, String plan, String status) {
        SlaPolicy best = null;
        for (SlaPolicy p : table) {
            if (!p.matches(tier, priority, plan, status)) continue;
            if (best == null || p.specificity() > best.specificity()
                    || (p.specificity() == best.specificity() && p.id < best.id)) {
                best = p;
            }
        }
        return best;
    }
}
