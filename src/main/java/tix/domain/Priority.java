package tix.domain;

import java.util.Locale;

/**
 * Priority 1-99 with the names and bands of SPEC §2: a value carried from the command line down (the store keeps its
 * number). The static methods read and check the bare number where no value is built.
 */
public record Priority(int value) {
    public static final int LOW = 25;
    public static final int MEDIUM = 50;
    public static final int HIGH = 75;
    public static final int URGENT = 95;

    public Priority {
        check(value);
    }

    /** Reads "1".."99" or a name (low, medium, high, urgent); null stays null (no priority given). */
    public static Priority of(String text) {
        return text == null ? null : new Priority(parse(text));
    }

    /** The number of a priority that may be absent. */
    public static Integer valueOf(Priority p) {
        return p == null ? null : p.value;
    }

    /** Its band name (low, medium, high, urgent). */
    public String band() {
        return band(value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
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
