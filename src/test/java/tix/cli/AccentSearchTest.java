package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/**
 * Search folds diacritics on both engines (SQLite: FTS5's unicode61 remove_diacritics 2; PostgreSQL: tix_fold of
 * migration pg/015): a word typed with or without its accents finds the same tickets and docs, in the same order.
 */
class AccentSearchTest {
    @TempDir
    static Path dir;

    static TixRunner tix;

    @BeforeAll
    static void desk() {
        tix = new Desk(dir).tix;
        tix.ok("create", "--title", "Café machine leaks", "--requester", "zoe@example.com", "--body", "water everywhere");
        tix.ok("create", "--title", "Menu", "--requester", "ana@example.com", "--body", "the cafe menu has a typo");
        tix.ok("create", "--title", "Dessert", "--requester", "ana@example.com", "--body", "Crème BRÛLÉE is cold");
        tix.ok("create", "--title", "Straße closed", "--requester", "dan@example.com", "--body", "Ærø ferry, Łódź, naïve");
        tix.ok("note", "2", "--body", "Ǖber-accent: ḯ and ſ");
        tix.ok("doc", "add", "--title", "Résumé of the café rules", "--body", "Clean the espresso machine daily.",
                "--tag", "café");
        tix.ok("doc", "add", "--title", "Coffee", "--body", "Beans and a cafe latte.");
    }

    static List<Long> search(String... terms) {
        List<String> argv = new ArrayList<>(List.of("search"));
        argv.addAll(List.of(terms));
        return tix.ids(argv.toArray(new String[0]));
    }

    static List<String> docs(String... terms) {
        List<String> argv = new ArrayList<>(List.of("doc", "search"));
        argv.addAll(List.of(terms));
        argv.add("--json");
        List<String> out = new ArrayList<>();
        for (var n : tix.ok(argv.toArray(new String[0])).json()) out.add(n.get("title").asText());
        return out;
    }

    @Test
    void aWordWithOrWithoutItsAccentsFindsTheSameTicketsTitleMatchesFirst() {
        assertEquals(List.of(1L, 2L), search("café"));
        assertEquals(List.of(1L, 2L), search("cafe"));
        assertEquals(List.of(1L, 2L), search("CAFÉ"));
        assertEquals(List.of(1L, 2L), search("CAFE"));
    }

    @Test
    void phrasesAndUpperCaseFoldToo() {
        assertEquals(List.of(3L), search("\"creme brulee\""));
        assertEquals(List.of(3L), search("\"CRÈME brûlée\""));
        assertEquals(List.of(4L), search("naive"));
        assertEquals(List.of(4L), search("Łodz"));
        assertEquals(List.of(), search("lodz"), "Ł is a letter of its own (no decomposition), ó and ź fold");
    }

    @Test
    void lettersWithoutADecompositionStayThemselvesAsInSqlite() {
        // ß, Æ, ø and Ł have no canonical decomposition: unicode61 keeps them, and so does PostgreSQL
        assertEquals(List.of(), search("strasse"));
        assertEquals(List.of(4L), search("straße"));
        assertEquals(List.of(), search("aero"));
        // several marks on one letter (Ǖ: U, diaeresis, macron), and the long s that SQLite folds to s
        assertEquals(List.of(2L), search("uber"));
        assertEquals(List.of(2L), search("s"));
    }

    @Test
    void docsFoldTheirTitlesTagsAndBodies() {
        assertEquals(List.of("Résumé of the café rules", "Coffee"), docs("cafe"));
        assertEquals(List.of("Résumé of the café rules", "Coffee"), docs("café"));
        assertEquals(List.of("Résumé of the café rules"), docs("resume"));
    }
}
