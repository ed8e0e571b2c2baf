package tix.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void aNameCannotLeaveItsFolder() {
        assertEquals("passwd", FileNames.safe("../../etc/passwd", "x"));
        assertEquals("evil.bat", FileNames.safe("C:\\Windows\\evil.bat", "x"));
        assertEquals("bashrc", FileNames.safe(".bashrc", "x"), "no hidden files");
        assertEquals("x", FileNames.safe("..", "x"));
        assertEquals("x", FileNames.safe("/", "x"));
        assertEquals("x", FileNames.safe(null, "x"));
        assertEquals("ab.txt", FileNames.safe("a\u0000b\n.txt", "x"), "no control characters");
        assertEquals("Rechnung März.pdf", FileNames.safe("Rechnung März.pdf", "x"), "other names stay as sent");
    }

    @Test
    void aLongNameKeepsItsExtension() {
        String n = FileNames.safe("a".repeat(300) + ".png", "x");
        assertEquals(200, n.length());
        assertEquals(".png", n.substring(196));
    }
}
