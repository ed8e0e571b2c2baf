package tix.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of time as people type it for reports and filters: {@code 7d} (the last seven days up to now), a date or
 * instant (from then up to now), or {@code SINCE..UNTIL} with either side left out ({@code 7d..}, {@code
 * ..2027-03-01}, {@code 2026-11-01..2026-12-01}). SINCE is inclusive, UNTIL exclusive. A relative side ({@code 7d},
 * {@code 12h}, {@code 2w}) counts back from {@code now}; a date is midnight in the given zone.
 */
public record Period(Instant from, Instant until) {
    private static final Pattern RELATIVE = Pattern.compile("(\\d{1,5})([hdw])");

    public Period {
        if (from != null && until != null && from.equals(until)) {
            throw DomainException.usage("the period is empty: UNTIL is not included",
                    "one day is SINCE..the next day, e.g. 2026-11-23..2026-11-24");
        }
        if (from != null && until != null && !from.isBefore(until)) {
            throw DomainException.usage("the period ends before it starts", "SINCE..UNTIL with SINCE earlier, e.g. 14d..7d");
        }
    }

    /** Everything: no bound on either side. */
    public static final Period ALWAYS = new Period(null, null);

    public static Period parse(String text, Instant now, ZoneId zone) {
        String t = text == null ? "" : text.strip();
        int dots = t.indexOf("..");
        if (dots < 0) {
            if (t.isEmpty()) throw bad(text);
            return new Period(point(t, now, zone, text), null);
        }
        String a = t.substring(0, dots).strip();
        String b = t.substring(dots + 2).strip();
        if (a.isEmpty() && b.isEmpty()) throw bad(text);
        return new Period(a.isEmpty() ? null : point(a, now, zone, text), b.isEmpty() ? null : point(b, now, zone, text));
    }

    public boolean contains(Instant at) {
        return (from == null || !at.isBefore(from)) && (until == null || at.isBefore(until));
    }

    /** The epoch millisecond bounds for a query: from (or the smallest long) and until (or the largest long). */
    public long fromMillis() {
        return from == null ? Long.MIN_VALUE : from.toEpochMilli();
    }

    public long untilMillis() {
        return until == null ? Long.MAX_VALUE : until.toEpochMilli();
    }

    private static Instant point(String s, Instant now, ZoneId zone, String whole) {
        Matcher m = RELATIVE.matcher(s);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration unit = switch (m.group(2)) {
                case "h" -> Duration.ofHours(1);
                case "d" -> Duration.ofDays(1);
                default -> Duration.ofDays(7);
            };
            return now.minus(unit.multipliedBy(n));
        }
        try {
            return Times.parse(s, zone);
        } catch (DomainException e) {
            throw bad(whole);
        }
    }

    private static DomainException bad(String text) {
        return DomainException.usage("bad period '" + text + "'",
                "7d, 12h, 2w, a date YYYY-MM-DD, or SINCE..UNTIL such as 14d..7d or 2026-11-01..2026-12-01");
    }
}
