package tix.domain;

import java.util.Locale;

/** Priority 1-99 with the names and bands of SPEC §2. */
public final class Priority {
    public static final int LOW = 25;
    public static final int MEDIUM = 50;
    public static final int HIGH = 75;
    public static final int URGENT = 95;

    private Priority() {
        throw new AssertionError();
    }

    /** Parses "1".."99" or a name (low, medium, high, urgent). */
    public static int parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "low": return LOW;
            case "medium": return MEDIUM;
            case "high": return HIGH;
            case "urgent": return URGENT;
            default: break;
        }
        try {
            return check(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw DomainException.usage("bad priority '" + text + "'", "1-99 or low, medium, high, urgent");
        }
    }

    public static int check(int value) {
        if (value < 1 || value > 99) {
            throw DomainException.usage("priority " + value + " is out of range", "1-99 or low, medium, high, urgent");
        }
        return value;
    }

    /** The band name: 1-39 low, 40-69 medium, 70-89 high, 90-99 urgent. */
    public static String band(int value) {
        if (value >= 90) return "urgent";
        if (value >= 70) return "high";
        if (value >= 40) return "medium";
        return "low";
    }
}
