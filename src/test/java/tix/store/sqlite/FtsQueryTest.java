package tix.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** User text becomes FTS5 strings only: every word or "phrase" quoted, ANDed; punctuation alone is dropped. */
class FtsQueryTest {
    @Test
    void wordsAndPhrasesAreQuotedAndAnded() {
        assertEquals("\"printer\" AND \"jams\"", SqliteTickets.ftsQuery("printer  jams"));
        assertEquals("\"paper jam\" AND \"again\"", SqliteTickets.ftsQuery("\"paper jam\" again"));
        assertEquals("\"OR\"", SqliteTickets.ftsQuery("OR"));
        assertEquals("\"NEAR(a\" AND \"b)\"", SqliteTickets.ftsQuery("NEAR(a b)"));
        assertEquals("\"a*\"", SqliteTickets.ftsQuery("a*"));
        assertEquals("\"unterminated\"", SqliteTickets.ftsQuery("\"unterminated"));
        assertEquals("", SqliteTickets.ftsQuery("* - ( ) \"\" :"));
        assertEquals("\"\u65e5\u672c\"", SqliteTickets.ftsQuery("\u65e5\u672c"));
    }
}
