package tix.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.regex.Pattern;
import tix.app.InboundMail;
import tix.domain.DomainException;
import tix.mail.Mbox;
import tix.mail.MimeReader;

/**
 * Any bytes straight into the MIME reader that `mail ingest`, `mail fetch` and `mail import` use, in process (thousands
 * of inputs a second, where {@link MailFuzzTest} runs a whole command per input). The reader promises that a message
 * it cannot read whole is still returned, marked malformed, so it is kept; only input with nothing in it is refused,
 * as invalid data (exit 7). What it returns must be something the rest of tix can store and show: a Message-ID in
 * angle brackets, a sender that is an address, one-line subject and names, a body without CR, attachment names that
 * cannot leave their folder, the raw bytes kept as they came. An mbox is split without losing or adding a byte.
 *
 * <p>Long run: {@code nice -n 19 mvn -B -o -Pfuzz test -Dtest=MimeReaderFuzzTest -Djazzer.max_duration=15m}; seed it
 * with real mail first (docs/reliability.md).
 */
class MimeReaderFuzzTest {
    private static final MimeReader READER = new MimeReader();
    private static final Pattern ID = Pattern.compile("<[^<>\\s]+>");

    @FuzzTest(maxDuration = "5m")
    void read(byte[] raw) {
        if (Mbox.looksLikeMbox(raw)) {
            List<byte[]> parts = Mbox.split(raw);
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            for (byte[] p : parts) {
                assertTrue(p.length > 0, "an empty mbox part");
                joined.writeBytes(p);
            }
            assertArrayEquals(raw, joined.toByteArray(), "the mbox parts are not the mbox");
            for (int i = 1; i < parts.size(); i++) assertTrue(Mbox.looksLikeMbox(parts.get(i)), "a part not at a From line");
        }
        InboundMail m;
        try {
            m = READER.read(raw, "fuzz");
        } catch (DomainException e) {
            assertEquals(DomainException.Reason.INVALID_DATA, e.reason(), e::toString);
            // nothing but blank lines and at most one mbox "From " line (after blanks) is refused
            String rest = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1).replaceFirst("^[ \t\r\n]*From [^\r\n]*", "");
            assertTrue(rest.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r' || c == '\n'),
                    "refused a message with something in it: " + e.getMessage());
            return;
        }
        assertNotNull(m.messageId());
        assertTrue(ID.matcher(m.messageId()).matches(), "Message-ID " + m.messageId());
        assertArrayEquals(raw, m.raw(), "the raw source was not kept as it came");
        if (m.from() != null) assertAddress(m.from());
        if (m.replyTo() != null) assertAddress(m.replyTo());
        for (String a : m.recipients()) assertAddress(a);
        for (String id : m.threadIds()) assertTrue(ID.matcher(id).matches(), "thread id " + id);
        oneLine("subject", m.subject());
        oneLine("name", m.fromName());
        assertFalse(m.body().contains("\r"), "a CR left in the body");
        for (InboundMail.Attachment a : m.attachments()) {
            String n = a.filename();
            assertNotNull(n);
            assertFalse(n.isBlank(), "a blank attachment name");
            assertFalse(n.contains("/") || n.contains("\\") || n.startsWith("."), "attachment name " + n);
            assertTrue(n.codePoints().noneMatch(Character::isISOControl), "a control character in attachment name " + n);
            if (a.data() != null) assertEquals(a.data().length, a.size(), "attachment size");
        }
        if (m.report() != null) for (String id : m.report().originalIds()) assertTrue(ID.matcher(id).matches(), "report id " + id);
    }

    private static void assertAddress(String a) {
        assertFalse(a.isBlank(), "a blank address");
        assertTrue(a.indexOf('@') > 0, "not an address: " + a);
        assertTrue(a.chars().noneMatch(c -> c <= 32 || c == '<' || c == '>' || c == ',' || c == 127), "address " + a);
    }

    private static void oneLine(String what, String s) {
        if (s == null) return;
        assertTrue(s.chars().noneMatch(c -> c == '\n' || c == '\r' || c == 0), "a " + what + " over more than one line: " + s);
    }
}
