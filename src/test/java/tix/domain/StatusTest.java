package tix.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The transition table in the domain, and the words, priorities, tags and dates users type. */
class StatusTest {
    @Test
    void nothingGoesBackToNewOrIntoSuspendedAndClosedAndSuspendedHaveNoManualWayOut() {
        for (Status s : Status.values()) {
            assertFalse(s.canMoveTo(Status.NEW), s + " -> new");
            assertFalse(s.canMoveTo(Status.SUSPENDED), s + " -> suspended");
        }
        assertEquals(EnumSet.noneOf(Status.class), Status.CLOSED.manualNext());
        assertEquals(EnumSet.noneOf(Status.class), Status.SUSPENDED.manualNext());
        assertEquals(EnumSet.of(Status.OPEN, Status.CLOSED), Status.RESOLVED.manualNext());
    }

    @Test
    void wordsParseCaseInsensitivelyAndUnknownWordsAreUsageErrors() {
        assertEquals(Status.HOLD, Status.parse(" Hold "));
        assertEquals(DomainException.Reason.USAGE, assertThrows(DomainException.class, () -> Status.parse("done")).reason());
        assertEquals(Channel.EMAIL, Channel.parse("EMAIL"));
        assertEquals(Role.ADMIN, Role.parse("Admin"));
    }

    @Test
    void prioritiesHaveNamesAndBands() {
        assertEquals(25, Priority.parse("low"));
        assertEquals(50, Priority.parse("MEDIUM"));
        assertEquals(75, Priority.parse("high"));
        assertEquals(95, Priority.parse("urgent"));
        assertEquals(1, Priority.parse("1"));
        assertEquals(99, Priority.parse("99"));
        for (String bad : new String[] {"0", "100", "-5", "", "high!", "9999999999"}) {
            assertEquals(DomainException.Reason.USAGE, assertThrows(DomainException.class, () -> Priority.parse(bad)).reason(), bad);
        }
        assertEquals("low", Priority.band(39));
        assertEquals("medium", Priority.band(40));
        assertEquals("medium", Priority.band(69));
        assertEquals("high", Priority.band(70));
        assertEquals("high", Priority.band(89));
        assertEquals("urgent", Priority.band(90));
    }

    @Test
    void tagsKeepTheFirstSpellingOfEachKeySortedByKey() {
        assertEquals(java.util.List.of("1234-login-loop", "Billing", "Insufficient Documentation"), Tags.normalise(
                java.util.List.of("Billing", "Insufficient  Documentation ", "1234-login-loop", "billing", "insufficient-documentation")));
        assertEquals("apps-integrations", Tags.key("Apps / Integrations"));
        assertEquals("apps-integrations", Tags.key("apps_integrations"));
        assertEquals("type:sales-related-question", Tags.key("Type: Sales Related Question"));
        assertEquals("type:Bug", Tags.check(" type : Bug"));
        assertThrows(DomainException.class, () -> Tags.check("a;b"));
        assertThrows(DomainException.class, () -> Tags.check("a,b"));
        assertThrows(DomainException.class, () -> Tags.check(" / "));
        assertThrows(DomainException.class, () -> Tags.check(""));
        assertThrows(DomainException.class, () -> Tags.word("two words"));
    }

    @Test
    void datesAreDaysInTheZoneOrInstants() {
        assertEquals("2026-12-01T00:00:00Z", Times.parse("2026-12-01", java.time.ZoneOffset.UTC).toString());
        assertEquals("2026-11-30T23:00:00Z", Times.parse("2026-12-01", java.time.ZoneId.of("Europe/Berlin")).toString());
        assertEquals("2026-12-01T08:30:00Z", Times.parse("2026-12-01T10:30:00+02:00", java.time.ZoneOffset.UTC).toString());
        assertThrows(DomainException.class, () -> Times.parse("tomorrow", java.time.ZoneOffset.UTC));
    }
}
