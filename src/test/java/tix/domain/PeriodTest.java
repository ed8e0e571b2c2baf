package tix.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PeriodTest {
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    static Period p(String text) {
        return Period.parse(text, NOW, ZoneOffset.UTC);
    }

    @Test
    void aRelativePeriodCountsBackFromNow() {
        assertEquals(new Period(Instant.parse("2026-11-16T09:00:00Z"), null), p("7d"));
        assertEquals(new Period(Instant.parse("2026-11-22T21:00:00Z"), null), p("12h"));
        assertEquals(new Period(Instant.parse("2026-11-09T09:00:00Z"), null), p("2w"));
    }

    @Test
    void rangesHaveAnInclusiveStartAndAnExclusiveEnd() {
        Period week = p("2026-11-16..2026-11-23");
        assertTrue(week.contains(Instant.parse("2026-11-16T00:00:00Z")));
        assertTrue(week.contains(Instant.parse("2026-11-22T23:59:59Z")));
        assertFalse(week.contains(Instant.parse("2026-11-23T00:00:00Z")));
        assertEquals(new Period(Instant.parse("2026-11-09T09:00:00Z"), Instant.parse("2026-11-16T09:00:00Z")), p("14d..7d"));
        assertNull(p("7d..").until());
        assertNull(p("..2027-03-01").from());
        assertEquals(Instant.parse("2027-03-01T00:00:00Z"), p("..2027-03-01").until());
        assertEquals(Instant.parse("2026-11-20T10:00:00Z"), p("2026-11-20T10:00:00Z..").from());
    }

    @Test
    void aDateIsMidnightInTheGivenZone() {
        assertEquals(Instant.parse("2026-11-15T23:00:00Z"), Period.parse("2026-11-16", NOW, ZoneId.of("Europe/Berlin")).from());
    }

    @Test
    void badPeriodsAreUsageErrors() {
        for (String bad : new String[] {"", "..", "7x", "yesterday", "2026-13-01", "7d..14d", "-3d", "d7"}) {
            DomainException e = assertThrows(DomainException.class, () -> p(bad), bad);
            assertEquals(DomainException.Reason.USAGE, e.reason(), bad);
        }
    }

    @Test
    void aPeriodOfOneInstantIsEmptyAndSaysWhy() {
        DomainException e = assertThrows(DomainException.class, () -> p("2026-11-23..2026-11-23"));
        assertEquals("the period is empty: UNTIL is not included", e.getMessage());
        assertEquals("one day is SINCE..the next day, e.g. 2026-11-23..2026-11-24", e.hint());
        assertEquals("the period ends before it starts", assertThrows(DomainException.class,
                () -> p("2026-11-24..2026-11-23")).getMessage());
    }

    @Test
    void alwaysHoldsEverything() {
        assertTrue(Period.ALWAYS.contains(Instant.EPOCH));
        assertEquals(Long.MIN_VALUE, Period.ALWAYS.fromMillis());
        assertEquals(Long.MAX_VALUE, Period.ALWAYS.untilMillis());
    }
}
