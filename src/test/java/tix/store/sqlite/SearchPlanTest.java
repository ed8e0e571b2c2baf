package tix.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * How PostgreSQL's search finds the window of the newest 10,000 matches (SearchWindowTest checks that both ways give
 * the same answers): the newest tickets read backwards only when that reads fewer rows than the matches, else every
 * match from the index. On the 1M demo desk a word in a fortieth of the tickets was read backwards first (100,000
 * tickets, 2,500 matches, too few) and then from the index: 150 ms where the index alone takes 65.
 */
class SearchPlanTest {
    @Test
    void aWordInAFortiethOfTheTicketsIsTakenFromTheIndex() {
        assertFalse(SqliteTickets.backwards(25_000, 1_000_000), "backwards would read 400,000 tickets for 25,000 rows");
        assertFalse(SqliteTickets.backwards(60_000, 1_000_000), "166,667 tickets: more than ten windows");
    }

    @Test
    void aWordInATenthOrMoreIsReadBackwards() {
        assertTrue(SqliteTickets.backwards(100_000, 1_000_000), "100,000 tickets read for 100,000 matches");
        assertTrue(SqliteTickets.backwards(1_000_000, 1_000_000), "a word in every ticket: the newest 10,000 tickets");
        assertTrue(SqliteTickets.backwards(10_500, 10_503), "SearchWindowTest's desk with statistics");
    }

    @Test
    void fewerMatchesThanTheWindowAreAllTakenFromTheIndex() {
        assertFalse(SqliteTickets.backwards(9_999, 10_000));
        assertFalse(SqliteTickets.backwards(0, 0));
    }

    @Test
    void thePlannersRowsAreReadFromItsJsonPlan() {
        assertEquals(24_646, SqliteTickets.planRows("[{\"Plan\": {\"Node Type\": \"Bitmap Heap Scan\", \"Plan Rows\": 24646}}]"));
        assertEquals(0, SqliteTickets.planRows("[]"));
    }
}
