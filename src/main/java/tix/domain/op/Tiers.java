package tix.domain.op;

import java.util.List;
import tix.domain.DomainException;

/** Tier names against the desk's ordered list. */
public final class Tiers {
    private Tiers() {
        throw new AssertionError();
    }

    /** {@code name} if it is a tier of the desk, else not found (3). */
    public static String require(List<String> tiers, String name) {
        if (!tiers.contains(name)) {
            throw DomainException.notFound("tier '" + name + "' not found", "one of " + String.join(", ", tiers));
        }
        return name;
    }
}
