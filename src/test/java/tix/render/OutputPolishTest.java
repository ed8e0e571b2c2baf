package tix.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.Main;
import tix.TixRunner;
import tix.cli.Env;

/** Human output as a person at a terminal sees it: colours, width, bold unanswered tickets, templates. */
class OutputPolishTest {
    private static final String LONG = "The export of contacts to CSV stops at row 65536 and the browser shows a blank page";

    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() throws Exception {
        tix = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
        tix.ok("create", "--title", LONG, "--requester", "ana@example.com", "--body", "It stops.");
        tix.ok("create", "--title", "Invoice VAT", "--requester", "dan@example.org", "--body", "Wrong rate");
        tix.ok("reply", "2", "--body", "Fixed", "--status", "pending");
        try (Connection c = tix.connection(); Statement st = c.createStatement()) {
            // what the sweep stores once the SLA is breached
            st.execute("UPDATE tickets SET sla_colour = 'red' WHERE id = 1");
        }
    }

    /** Runs tix as if stdout and stderr were a terminal of COLUMNS x 24, with {@code extra} environment. */
    private String[] onTerminal(Map<String, String> extra, String... args) {
        Map<String, String> vars = new HashMap<>(Map.of("HOME", dir.toString(), "USER", "lead", "COLUMNS", "72",
                "LINES", "200", "TERM", "xterm-256color"));
        vars.putAll(extra);
        vars.values().removeIf(v -> v == null);
        List<String> argv = new java.util.ArrayList<>(List.of(args));
        argv.addAll(List.of("--db", tix.location(), "--now", "2026-11-23T10:00:00Z"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Env env = new Env(vars, new ByteArrayInputStream(new byte[0]), true, true, true);
        int code = Main.run(argv.toArray(new String[0]), env, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void onATerminalTheRedSlaIsRedTheUnansweredTicketBoldAndLinesFitTheWidth() {
        String[] r = onTerminal(Map.of(), "list", "--status", "new,pending");
        assertEquals("0", r[0], r[2]);
        String[] lines = r[1].split("\n");
        assertEquals(3, lines.length, r[1]);
        String first = lines[1];
        assertTrue(first.startsWith("\u001b[1m"), "unanswered #1 is bold: " + first);
        assertTrue(first.contains("\u001b[31mred\u001b[0m"), "SLA red in red: " + first);
        assertFalse(lines[2].startsWith("\u001b[1m"), "answered #2 is not bold: " + lines[2]);
        for (String l : lines) {
            String plain = l.replaceAll("\u001b\\[[0-9;]*m", "");
            assertTrue(Text.columns(plain) <= 72, "fits 72 columns: '" + plain + "' (" + plain.length() + ")");
        }
        assertTrue(first.contains("The export ") && first.contains("\u2026"), "long title cut with ...: " + first);
    }

    @Test
    void noColourWithNoColorOrTheFlagOrInAPipe() {
        String[] withVar = onTerminal(Map.of("NO_COLOR", "1"), "list");
        assertFalse(withVar[1].contains("\u001b["), withVar[1]);
        String[] withFlag = onTerminal(Map.of(), "list", "--no-color");
        assertFalse(withFlag[1].contains("\u001b["), withFlag[1]);
        var piped = tix.ok("list");
        assertFalse(piped.out().contains("\u001b["), piped.out());
        assertTrue(piped.out().contains(LONG), "a pipe is 160 wide: the title is whole\n" + piped.out());
        var narrow = tix.env("COLUMNS", "50").ok("list");
        assertFalse(narrow.out().contains(LONG), narrow.out());
        for (String l : narrow.out().split("\n")) assertTrue(l.length() <= 50, l);
    }

    @Test
    void formatPrintsOneLinePerTicketAndRefusesUnknownFields() {
        var r = tix.ok("list", "--status", "new,pending", "--format", "{id}\\t{status}\\t{sla}\\t{requester}\\t{title}");
        assertEquals("1\tnew\tred\tana@example.com\t" + LONG + "\n2\tpending\tgreen\tdan@example.org\tInvoice VAT\n", r.out());
        assertEquals("#2 pending\n", tix.ok("show", "2", "--format", "#{id} {status}").out());
        assertEquals("1 {x}\n", tix.ok("search", "export", "--format", "{id} {{x}}").out());
        var bad = tix.run("list", "--format", "{id} {colour}");
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().startsWith("tix: unknown field '{colour}' in --format"), bad.err());
        assertEquals("", bad.out());
        var both = tix.run("list", "--format", "{id}", "--json");
        assertEquals(2, both.code(), both.toString());
    }

    @Test
    void jsonFieldSelectionWorksOnListsObjectsAndRecords() {
        var list = tix.ok("list", "--json", "id,status");
        assertEquals("[{\"id\":1,\"status\":\"new\"},{\"id\":2,\"status\":\"pending\"}]", list.json().toString());
        assertEquals("{\"id\":2,\"title\":\"Invoice VAT\"}", tix.ok("show", "2", "--json", "id,title").json().toString());
        var history = tix.ok("history", "2", "--json", "action,actor");
        assertEquals("{\"action\":\"created\",\"actor\":\"lead\"}", history.json().get(0).toString());
        var bad = tix.run("list", "--json", "id,nope");
        assertEquals(2, bad.code(), bad.toString());
    }

    @Test
    void progressDrawsOnlyOnATerminalAndErasesItself() {
        StringWriter shown = new StringWriter();
        try (Progress p = Progress.start(new PrintWriter(shown), true, "importing", 4)) {
            for (int i = 0; i < 4; i++) p.advance();
        }
        String s = shown.toString();
        assertTrue(s.startsWith("\rimporting ["), s);
        assertTrue(s.contains("100%  4/4"), s);
        assertTrue(s.endsWith("\r\u001b[K"), "erased at the end: " + s);
        StringWriter hidden = new StringWriter();
        try (Progress p = Progress.start(new PrintWriter(hidden), false, "importing", 4)) {
            for (int i = 0; i < 4; i++) p.advance();
            assertEquals(4, p.done());
        }
        assertEquals("", hidden.toString());
    }
}
