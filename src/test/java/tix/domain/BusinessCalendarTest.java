package tix.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Worked examples of business-time arithmetic (SPEC §4): nights, weekends, holidays, lunch breaks, DST. */
class BusinessCalendarTest {
    private static final BusinessCalendar DEFAULT = BusinessCalendar.of("default", "UTC", "mon-fri 09:00-17:00", "");

    private static Instant at(String s) {
        return Instant.parse(s);
    }

    @Test
    void twoBusinessHoursFromFridayAfternoonEndMondayAtTen() {
        // 2026-11-20 is a Friday
        assertEquals(at("2026-11-23T10:00:00Z"), DEFAULT.add(at("2026-11-20T16:00:00Z"), Duration.ofHours(2)));
        assertEquals(Duration.ofHours(2), DEFAULT.between(at("2026-11-20T16:00:00Z"), at("2026-11-23T10:00:00Z")));
    }

    @Test
    void anAmountEndingAtClosingTimeEndsThenNotNextMorning() {
        assertEquals(at("2026-11-23T17:00:00Z"), DEFAULT.add(at("2026-11-23T15:00:00Z"), Duration.ofHours(2)));
    }

    @Test
    void timeBeforeOpeningCountsFromOpening() {
        assertEquals(at("2026-11-23T11:00:00Z"), DEFAULT.add(at("2026-11-23T06:12:00Z"), Duration.ofHours(2)));
        assertEquals(Duration.ZERO, DEFAULT.between(at("2026-11-21T10:00:00Z"), at("2026-11-22T23:00:00Z")));
    }

    @Test
    void oneBusinessDayIsEightBusinessHours() {
        assertEquals(Duration.ofHours(8), Durations.business("1bd"));
        assertEquals(at("2026-11-24T10:30:00Z"), DEFAULT.add(at("2026-11-23T10:30:00Z"), Durations.business("1bd")));
    }

    @Test
    void holidaysAreSkippedWholeAndYearlyOnesRepeat() {
        BusinessCalendar c = BusinessCalendar.of("x", "UTC", "mon-fri 09:00-17:00", "--12-25, 2026-12-24");
        // Wed 2026-12-23 16:00 + 2h: Thu 24th and Fri 25th are holidays -> Mon 28th 10:00
        assertEquals(at("2026-12-28T10:00:00Z"), c.add(at("2026-12-23T16:00:00Z"), Duration.ofHours(2)));
        assertTrue(c.isHoliday(java.time.LocalDate.parse("2031-12-25")));
        assertFalse(c.isHoliday(java.time.LocalDate.parse("2027-12-24")));
        assertEquals("--12-25,2026-12-24", c.holidays());
    }

    @Test
    void severalIntervalsADaySkipTheLunchBreak() {
        BusinessCalendar c = BusinessCalendar.of("x", "UTC", "mon-thu 09:00-12:00,13:00-17:00; fri 09:00-13:00", "");
        assertEquals(at("2026-11-23T14:00:00Z"), c.add(at("2026-11-23T11:00:00Z"), Duration.ofHours(2)));
        // Friday closes at 13:00: 12:00 + 2h -> Monday 10:00
        assertEquals(at("2026-11-23T10:00:00Z"), c.add(at("2026-11-20T12:00:00Z"), Duration.ofHours(2)));
        assertEquals(Duration.ofHours(4 * 7 + 4), c.weeklyHours());
        assertEquals("mon-thu 09:00-12:00,13:00-17:00; fri 09:00-13:00", c.hours());
    }

    @Test
    void localHoursFollowTheZoneAcrossTheSpringDstChange() {
        BusinessCalendar berlin = BusinessCalendar.of("b", "Europe/Berlin", "mon-fri 09:00-17:00", "");
        // Fri 2026-03-27 16:00 CET (15:00Z) + 2h: 1h on Friday, then Monday 09:00 CEST (07:00Z) + 1h
        assertEquals(at("2026-03-30T08:00:00Z"), berlin.add(at("2026-03-27T15:00:00Z"), Duration.ofHours(2)));
    }

    @Test
    void a24x7DayLasts23HoursInSpringAnd25InAutumn() {
        BusinessCalendar berlin = BusinessCalendar.of("b", "Europe/Berlin", "24x7", "");
        assertEquals(Duration.ofHours(23), berlin.between(at("2026-03-28T23:00:00Z"), at("2026-03-29T22:00:00Z")));
        assertEquals(Duration.ofHours(25), berlin.between(at("2026-10-24T22:00:00Z"), at("2026-10-25T23:00:00Z")));
        BusinessCalendar utc = BusinessCalendar.allDay("24x7");
        assertEquals(at("2026-11-21T01:30:00Z"), utc.add(at("2026-11-21T00:00:00Z"), Duration.ofMinutes(90)));
    }

    @Test
    void workingHoursInsideTheSkippedDstHourStartWhenTheClockResumes() {
        // 02:00-04:00 local on 2026-03-29 in Berlin: 02:00-03:00 does not exist, so only one hour is worked
        BusinessCalendar c = BusinessCalendar.of("n", "Europe/Berlin", "sun 02:00-04:00", "");
        assertEquals(Duration.ofHours(1), c.between(at("2026-03-28T00:00:00Z"), at("2026-03-30T00:00:00Z")));
        assertEquals(Duration.ofHours(2), c.between(at("2026-04-04T00:00:00Z"), at("2026-04-06T00:00:00Z")));
    }

    @Test
    void nextOpenIsNowDuringHoursElseTheNextOpening() {
        assertEquals(at("2026-11-23T09:00:00Z"), DEFAULT.nextOpen(at("2026-11-21T03:00:00Z")));
        assertEquals(at("2026-11-23T12:00:00Z"), DEFAULT.nextOpen(at("2026-11-23T12:00:00Z")));
        assertEquals(at("2026-11-24T09:00:00Z"), DEFAULT.nextOpen(at("2026-11-23T17:00:00Z")));
    }

    @Test
    void badTextIsAUsageErrorThatSaysWhatIsWrong() {
        var e = assertThrows(DomainException.class, () -> BusinessCalendar.of("x", "UTC", "mon-fri 17:00-09:00", ""));
        assertEquals(DomainException.Reason.USAGE, e.reason());
        assertTrue(e.getMessage().contains("ends before it starts"), e.getMessage());
        assertThrows(DomainException.class, () -> BusinessCalendar.of("x", "Mars/Olympus", "24x7", ""));
        assertThrows(DomainException.class, () -> BusinessCalendar.of("x", "UTC", "mon-fri 09:00-12:00,11:00-13:00", ""));
        assertThrows(DomainException.class, () -> BusinessCalendar.of("x", "UTC", "24x7", "2026-13-01"));
        assertThrows(DomainException.class, () -> BusinessCalendar.of("x", "UTC", "funday 09:00-10:00", ""));
    }

    @Test
    void durationsReadTheUnitsOfTheSpec() {
        assertEquals(Duration.ofMinutes(90), Durations.business("90m"));
        assertEquals(Duration.ofMinutes(90), Durations.business("1.5h"));
        assertEquals(Duration.ofMinutes(90), Durations.business("1h30m"));
        assertEquals(Duration.ofHours(16), Durations.business("2bd"));
        assertEquals(Duration.ofDays(3), Durations.calendar("3d"));
        assertThrows(DomainException.class, () -> Durations.calendar("3bd"));
        assertThrows(DomainException.class, () -> Durations.business("soon"));
        assertEquals("1bd", Durations.formatBusiness(Duration.ofHours(8)));
        assertEquals("1h30m", Durations.formatBusiness(Duration.ofMinutes(90)));
    }
}
