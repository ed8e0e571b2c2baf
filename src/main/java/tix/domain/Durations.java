package tix.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/**
 * Durations as people type them: {@code 90m}, {@code 2h}, {@code 1.5h}, {@code 3d}, {@code 1w}, and for business time
 * {@code 2bh} (= 2h) and {@code 1bd} (one business day = 8 business hours, SPEC §4). Units combine: {@code 1h30m}.
 */
public final class Durations {
    /** One business day is 8 business hours, whatever the calendar. */
    public static final Duration BUSINESS_DAY = Duration.ofHours(8);

    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(bd|bh|m|h|d|w)");

    private Durations() {
        throw new AssertionError();
    }

    /** Parses a business-time amount (SLA thresholds, business-hour timers): m, h, bh, bd (and d = 24 h). */
    public static Duration business(String text) {
        return parse(text, true);
    }

    /** Parses a calendar-time amount (pending, waiting, resolved timers): m, h, d, w. */
    public static Duration calendar(String text) {
        return parse(text, false);
    }

    private static Duration parse(String text, boolean business) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (t.isEmpty()) throw bad(text, business);
        Duration total = Duration.ZERO;
        // amount by amount, each where the last ended: a whole-text regex of repeated groups recursed once per
        // amount and overflowed the stack on a long text (found by TimeFuzzTest)
        var m = AMOUNT.matcher(t);
        for (int at = 0; at < t.length(); at = m.end()) {
            if (!m.region(at, t.length()).lookingAt()) throw bad(text, business);
            BigDecimal n = new BigDecimal(m.group(1));
            String unit = m.group(2);
            if (!business && (unit.equals("bd") || unit.equals("bh"))) throw bad(text, false);
            long minutesPer;
            switch (unit) {
                case "m": minutesPer = 1; break;
                case "h": case "bh": minutesPer = 60; break;
                case "bd": minutesPer = BUSINESS_DAY.toMinutes(); break;
                case "d": minutesPer = 24 * 60; break;
                default: minutesPer = 7 * 24 * 60; break;
            }
            BigDecimal minutes = n.multiply(BigDecimal.valueOf(minutesPer));
            if (minutes.compareTo(BigDecimal.valueOf(10L * 366 * 24 * 60)) > 0) throw bad(text, business);
            total = total.plus(Duration.ofMillis(minutes.multiply(BigDecimal.valueOf(60_000)).longValue()));
        }
        return total;
    }

    private static DomainException bad(String text, boolean business) {
        return DomainException.usage("bad duration '" + text + "'",
                business ? "e.g. 90m, 2h, 1.5h, 1bd (8 business hours)" : "e.g. 90m, 12h, 3d, 1w");
    }

    /** Short text for a business amount: "1bd" for whole business days, "2h", "1h30m", "45m". */
    public static String formatBusiness(Duration d) {
        long min = d.toMinutes();
        if (min > 0 && min % BUSINESS_DAY.toMinutes() == 0) return (min / BUSINESS_DAY.toMinutes()) + "bd";
        return hm(min);
    }

    /** Short text for a calendar amount: "3d", "12h", "1h30m". */
    public static String formatCalendar(Duration d) {
        long min = d.toMinutes();
        if (min > 0 && min % (24 * 60) == 0) return (min / (24 * 60)) + "d";
        return hm(min);
    }

    /** Whether the text names business units ({@code bh} or {@code bd}): such an amount always counts business time. */
    public static boolean namesBusiness(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return t.contains("bh") || t.contains("bd");
    }

    /** Short text that says business time by its units: "1bd", "2bh", "1bh30m", "0bh45m". */
    public static String formatBusinessUnits(Duration d) {
        long min = d.toMinutes();
        if (min > 0 && min % BUSINESS_DAY.toMinutes() == 0) return (min / BUSINESS_DAY.toMinutes()) + "bd";
        return (min / 60) + "bh" + (min % 60 > 0 ? (min % 60) + "m" : "");
    }

    /**
     * An amount of time and the clock it counts on: wall-clock time (every minute counts) or the business time of a
     * calendar (only its open minutes count). Each time rule has one (SPEC §3 rules, issue 13).
     */
    public record Span(Duration amount, boolean business) {
        public Span {
            java.util.Objects.requireNonNull(amount, "amount");
        }

        public static Span wall(Duration d) {
            return new Span(d, false);
        }

        public static Span business(Duration d) {
            return new Span(d, true);
        }

        /** The instant this span after {@code from}, on the calendar when it is business time. */
        public java.time.Instant after(BusinessCalendar cal, java.time.Instant from) {
            return business ? cal.add(from, amount) : from.plus(amount);
        }

        /** The time between two instants as this span's clock counts it. */
        public Duration between(BusinessCalendar cal, java.time.Instant from, java.time.Instant to) {
            if (!to.isAfter(from)) return Duration.ZERO;
            return business ? cal.between(from, to) : Duration.between(from, to);
        }

        public Span times(long n) {
            return new Span(amount.multipliedBy(n), business);
        }

        /** "1bh of business time", "90m", "3d": how notes and sweep lines name it. */
        public String describe() {
            return business ? formatBusiness(amount) + " of business time" : formatCalendar(amount);
        }
    }

    private static String hm(long min) {
        if (min == 0) return "0m";
        long h = min / 60;
        long m = min % 60;
        return (h > 0 ? h + "h" : "") + (m > 0 ? m + "m" : "");
    }
}
