package tix.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import tix.csv.TicketArchiveReader;
import tix.domain.BusinessCalendar;
import tix.domain.DomainException;
import tix.domain.Durations;
import tix.domain.Period;
import tix.domain.Priority;
import tix.domain.Times;

/**
 * Any text into the parsers of time as people type it, in process: dates and instants ({@code --now}, {@code --due},
 * {@code --until}: {@link Times#parse}), durations (SLA thresholds and timers: {@link Durations}), periods
 * ({@code --created 14d..7d}, reports: {@link Period}), business calendars ({@code calendar set --hours --holidays}),
 * priorities, and the import's fast instant reader. The first byte picks the parser, the rest is the text. Each either
 * gives a value that reads back to itself from its own printed form, or refuses with a usage error (exit 2); nothing
 * else escapes. The import's instant reader must agree with {@link Instant#parse} on every text.
 *
 * <p>Long run: {@code nice -n 19 mvn -B -o -Pfuzz test -Dtest=TimeFuzzTest -Djazzer.max_duration=10m}.
 */
class TimeFuzzTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/Sao_Paulo"), ZoneId.of("Australia/Lord_Howe"));
    private static final Method IMPORT_INSTANT;

    static {
        try {
            IMPORT_INSTANT = TicketArchiveReader.class.getDeclaredMethod("instant", String.class);
            IMPORT_INSTANT.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void parse(byte[] data) {
        if (data.length == 0) return;
        int pick = Byte.toUnsignedInt(data[0]);
        String text = new String(Arrays.copyOfRange(data, 1, data.length), StandardCharsets.UTF_8);
        ZoneId zone = ZONES.get((pick >> 3) % ZONES.size());
        switch (pick % 7) {
            case 0 -> usage(() -> {
                Instant i = Times.parse(text, zone);
                assertEquals(i, Times.parse(i.toString(), zone), "an instant that does not read back: " + i);
            });
            case 1 -> usage(() -> {
                Duration d = Durations.calendar(text);
                assertFalse(d.isNegative(), "a negative duration from " + text);
                assertEquals(d.toMinutes(), Durations.calendar(Durations.formatCalendar(d)).toMinutes(),
                        "printed as " + Durations.formatCalendar(d));
            });
            case 2 -> usage(() -> {
                Duration d = Durations.business(text);
                assertFalse(d.isNegative(), "a negative duration from " + text);
                assertEquals(d.toMinutes(), Durations.business(Durations.formatBusiness(d)).toMinutes(),
                        "printed as " + Durations.formatBusiness(d));
                assertEquals(d.toMinutes(), Durations.business(Durations.formatBusinessUnits(d)).toMinutes(),
                        "printed as " + Durations.formatBusinessUnits(d));
                assertTrue(Durations.namesBusiness(Durations.formatBusinessUnits(d)));
            });
            case 3 -> usage(() -> {
                Period p = Period.parse(text, NOW, zone);
                assertTrue(p.from() == null || p.until() == null || p.from().isBefore(p.until()), "period " + p);
                if (p.from() != null) assertFalse(p.contains(p.from().minusNanos(1)), "period " + p);
                if (p.until() != null) assertFalse(p.contains(p.until()), "period " + p);
            });
            case 4 -> importInstant(text);
            case 5 -> usage(() -> {
                int p = Priority.parse(text);
                assertTrue(p >= 1 && p <= 99, "priority " + p);
                assertEquals(p, Priority.parse(Integer.toString(p)));
                assertEquals(Priority.band(p), Priority.of(text).band());
            });
            default -> calendar(text, zone);
        }
    }

    /** The import's fast path and the general parser: the same instant for the same text, or both refuse. */
    private static void importInstant(String text) {
        Instant general;
        try {
            general = Instant.parse(text);
        } catch (DateTimeException e) {
            general = null;
        }
        Instant fast;
        try {
            fast = (Instant) IMPORT_INSTANT.invoke(null, text);
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof DateTimeException)) throw new AssertionError("import instant '" + text + "'", e.getCause());
            fast = null;
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
        assertEquals(general, fast, "import reads '" + text + "' otherwise than Instant.parse");
    }

    /**
     * "HOURS|HOLIDAYS" as `calendar set` takes them: refused as a usage error, or a calendar whose canonical texts
     * read back to themselves, and whose business time added then measured is the time added.
     */
    private static void calendar(String text, ZoneId zone) {
        int bar = text.indexOf('|');
        String hours = bar < 0 ? text : text.substring(0, bar);
        String holidays = bar < 0 ? "" : text.substring(bar + 1);
        usage(() -> {
            BusinessCalendar c = BusinessCalendar.of("fuzz", zone.getId(), hours, holidays);
            BusinessCalendar again = BusinessCalendar.of("fuzz", zone.getId(), c.hours(), c.holidays());
            assertEquals(c.hours(), again.hours());
            assertEquals(c.holidays(), again.holidays());
            assertEquals(c.weeklyHours(), again.weeklyHours());
            assertTrue(c.weeklyHours().compareTo(Duration.ofDays(7)) <= 0, "weekly hours " + c.weeklyHours());
            if (c.weeklyHours().toMinutes() >= 60) {
                Duration amount = Duration.ofMinutes(1 + (hours.length() * 37L) % 600);
                Instant end = c.add(NOW, amount);
                assertEquals(amount, c.between(NOW, end), "business time from " + NOW + " to " + end + " on " + c.hours());
                assertTrue(c.isOpen(c.nextOpen(NOW)));
            }
        });
    }

    /** Runs {@code r}; the only refusal allowed is a usage error with words. */
    private static void usage(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            assertEquals(DomainException.Reason.USAGE, e.reason(), () -> "not a usage error: " + e);
            assertFalse(e.getMessage().isBlank());
        }
    }
}
