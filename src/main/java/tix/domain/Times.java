package tix.domain;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Dates and instants as users type them (SPEC §7 Durations). */
public final class Times {
    private Times() {
        throw new AssertionError();
    }

    /** {@code YYYY-MM-DD} (midnight in {@code zone}) or a full ISO-8601 instant / offset date-time. */
    public static Instant parse(String text, ZoneId zone) {
        String t = text == null ? "" : text.trim();
        try {
            if (t.length() == 10) return LocalDate.parse(t).atStartOfDay(zone).toInstant();
            try {
                return Instant.parse(t);
            } catch (DateTimeParseException e) {
                return OffsetDateTime.parse(t).toInstant();
            }
        } catch (DateTimeException e) {
            throw DomainException.usage("bad date '" + text + "'", "YYYY-MM-DD or ISO-8601 like 2026-11-23T10:00:00Z");
        }
    }

    /** N calendar days of 24 hours. */
    public static Instant plusDays(Instant from, long days) {
        if (days < 0) throw DomainException.usage("--days must not be negative", "a whole number of days");
        return from.plus(Duration.ofDays(days));
    }
}
