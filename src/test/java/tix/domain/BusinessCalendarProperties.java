package tix.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

/** The algebra of business time, over calendars with nights, weekends, holidays, lunch breaks and DST changes. */
class BusinessCalendarProperties {
    private static final List<BusinessCalendar> CALENDARS = List.of(
            BusinessCalendar.of("default", "UTC", "mon-fri 09:00-17:00", ""),
            BusinessCalendar.of("berlin", "Europe/Berlin", "mon-thu 08:30-12:00,13:00-17:30; fri 08:30-14:00",
                    "--12-25,--12-26,--01-01,2026-04-03,2027-03-26"),
            BusinessCalendar.of("ny", "America/New_York", "mon-fri 00:30-02:30,09:00-18:00; sat 10:00-13:00", "--07-04"),
            BusinessCalendar.of("lordhowe", "Australia/Lord_Howe", "sun-thu 01:00-03:00,22:00-24:00", ""),
            BusinessCalendar.of("oncall", "Europe/London", "24x7", ""));

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return Arbitraries.of(CALENDARS);
    }

    @Provide
    Arbitrary<Instant> instants() {
        // 2025-01-01 .. 2028-12-31, to the minute or the millisecond
        long from = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2028-12-31T00:00:00Z").toEpochMilli();
        return Combinators.combine(Arbitraries.longs().between(from, to), Arbitraries.of(true, false))
                .as((ms, round) -> Instant.ofEpochMilli(round ? ms - ms % 60_000 : ms));
    }

    @Provide
    Arbitrary<Duration> amounts() {
        return Arbitraries.longs().between(0, 5L * 8 * 3_600_000).map(Duration::ofMillis);
    }

    @Property(tries = 400)
    void measuringWhatWasAddedGivesItBack(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant a,
                                           @ForAll("amounts") Duration d) {
        assertEquals(d, c.between(a, c.add(a, d)));
    }

    @Property(tries = 300)
    void addIsMonotoneInTheAmountAndTheStart(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant a,
                                             @ForAll("instants") Instant b, @ForAll("amounts") Duration d,
                                             @ForAll("amounts") Duration e) {
        Duration small = d.compareTo(e) <= 0 ? d : e;
        Duration big = d.compareTo(e) <= 0 ? e : d;
        assertFalse(c.add(a, small).isAfter(c.add(a, big)));
        Instant early = a.isBefore(b) ? a : b;
        Instant late = a.isBefore(b) ? b : a;
        assertFalse(c.add(early, d).isAfter(c.add(late, d)));
    }

    @Property(tries = 300)
    void betweenIsAdditiveAndNeverMoreThanWallTime(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant x,
                                                   @ForAll("amounts") Duration d, @ForAll("amounts") Duration e) {
        Instant a = x;
        Instant b = a.plus(d);
        Instant cc = b.plus(e);
        assertEquals(c.between(a, cc), c.between(a, b).plus(c.between(b, cc)));
        assertTrue(c.between(a, b).compareTo(Duration.between(a, b)) <= 0);
        assertEquals(Duration.ZERO, c.between(b, a));
    }

    @Property(tries = 400)
    void betweenOverLongSpansIsTheSumOfTheIntervals(@ForAll("calendars") BusinessCalendar c,
                                                    @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        // between() sums the days well inside a span from a table; the intervals are counted one day at a time
        long ms = 0;
        for (BusinessCalendar.Interval i : c.intervalsBetween(a, b)) ms += i.length().toMillis();
        assertEquals(Duration.ofMillis(ms), c.between(a, b));
    }

    @Property(tries = 300)
    void businessTimeNeverRunsFasterThanTheClock(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant a,
                                                 @ForAll("amounts") Duration d) {
        assertFalse(c.add(a, d).isBefore(a.plus(d)));
    }

    @Property(tries = 300)
    void aPositiveAmountEndsOnABusinessMillisecond(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant a,
                                                   @ForAll("amounts") Duration d) {
        if (d.isZero()) return;
        Instant end = c.add(a, d);
        assertEquals(Duration.ofMillis(1), c.between(end.minusMillis(1), end));
    }

    @Property(tries = 300)
    void nextOpenSkipsOnlyClosedTime(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant a) {
        Instant open = c.nextOpen(a);
        assertFalse(open.isBefore(a));
        assertEquals(Duration.ZERO, c.between(a, open));
        assertTrue(c.isOpen(open));
        assertEquals(Duration.ofMillis(1), c.between(open, open.plusMillis(1)));
    }
}
