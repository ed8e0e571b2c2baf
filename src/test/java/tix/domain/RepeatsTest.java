package tix.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RepeatsTest {
    @Test
    void answersDifferingOnlyInCaseSpacingPunctuationDigitsAndTheNameAreTheSame() {
        String a = Repeats.normalise("Hello Carla,\n\nPlease clear your browser cache (see ticket #12).", "Carla Diaz",
                "carla@example.com");
        String b = Repeats.normalise("hello dan -- please  clear your browser cache; see ticket #345!", "Dan", "dan@example.org");
        assertEquals("hello please clear your browser cache see ticket", a);
        assertEquals(a, b);
        assertEquals(a, Repeats.normalise("Hello Diaz, please clear your browser cache, see ticket 9. carla@example.com",
                "Carla Diaz", "carla@example.com"), "surname and address are the customer's too");
    }

    @Test
    void differentWordsStayDifferent() {
        assertNotEquals(Repeats.normalise("Please clear your cache.", null, null),
                Repeats.normalise("Please clear your cookies.", null, null));
        assertEquals("", Repeats.normalise("123 !!!", null, null), "nothing but digits and punctuation");
    }

    @Test
    void theNameIsTakenOutOnlyAsAWholeWord() {
        assertEquals("hello andrea", Repeats.normalise("Hello Andrea", "Andre", null));
        assertEquals("hi", Repeats.normalise("Hi Ana Ana", "Ana", null));
    }

    @Test
    void anAnswerCarryingAMacrosTextUsesIt() {
        String macro = "Hello {name},\n\nUse the reset link on the login page (ticket #{id}).\n{agent}";
        String answer = Repeats.normalise("Sorry for the wait.\n\nHello Carla,\n\nUse the reset link on the login page "
                + "(ticket #7).\nLee Adams", "Carla", null);
        assertTrue(Repeats.usesMacro(answer, macro));
        assertFalse(Repeats.usesMacro(Repeats.normalise("Use the login page.", null, null), macro));
        assertFalse(Repeats.usesMacro(answer, "{name}"), "a macro of placeholders alone matches nothing");
    }
}
