package tix.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/**
 * A generated corpus of varied real-world messages piped through `tix mail ingest`, each with its expected outcome.
 * They run in order against one desk, so replies thread onto earlier tickets. Whatever the input: exit 0 with the
 * message kept, or exit 7 with nothing written; never a stack trace.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailCorpusTest {
    TixRunner tix;
    final List<String> kept = new ArrayList<>();
    int refused;

    @BeforeAll
    void desk(@TempDir Path dir) {
        tix = new TixRunner(dir).as("lead").at("2026-11-23T10:00:00Z");
        tix.ok("init");
        tix.ok("queue", "set", "support", "--add-address", "support@example.com");
        tix.ok("queue", "add", "billing", "--address", "billing@example.com");
        tix.ok("queue", "add", "tiny", "--address", "tiny@example.com", "--max-message-bytes", "2000");
    }

    /** One corpus entry: the raw bytes, the expected exit code and outcome, and what `show` must then show. */
    record Case(String name, byte[] raw, int code, String outcome, Consumer<JsonNode> check) {
    }

    // ---------------------------------------------------------------- message builders

    static String headers(String id, String from, String subject, String... extra) {
        StringBuilder b = new StringBuilder();
        if (from != null) b.append("From: ").append(from).append("\r\n");
        b.append("To: support@example.com\r\n");
        if (subject != null) b.append("Subject: ").append(subject).append("\r\n");
        b.append("Date: Mon, 23 Nov 2026 09:00:00 +0000\r\n");
        if (id != null) b.append("Message-ID: ").append(id).append("\r\n");
        for (String e : extra) b.append(e).append("\r\n");
        return b.toString();
    }

    static byte[] plain(String id, String from, String subject, String body, String... extra) {
        return (headers(id, from, subject, extra) + "\r\n" + body + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] charset(String id, String subject, String body, String cs, String cte) {
        Charset c = Charset.forName(cs);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String h = headers(id, "Kim <kim@example.net>", subject, "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=" + cs, "Content-Transfer-Encoding: " + cte) + "\r\n";
        out.writeBytes(h.getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = body.getBytes(c);
        if (cte.equals("base64")) out.writeBytes(Base64.getMimeEncoder().encode(bytes));
        else out.writeBytes(bytes);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static byte[] multipart(String id, String type, String subject, String... parts) {
        StringBuilder b = new StringBuilder(headers(id, "Lee <lee@example.net>", subject, "MIME-Version: 1.0",
                "Content-Type: " + type + "; boundary=\"OUTER\""));
        b.append("\r\nThis is a multi-part message in MIME format.\r\n");
        for (String p : parts) b.append("--OUTER\r\n").append(p).append("\r\n");
        b.append("--OUTER--\r\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String part(String type, String body) {
        return "Content-Type: " + type + "\r\n\r\n" + body;
    }

    static String attachment(String type, String disposition, byte[] data) {
        return "Content-Type: " + type + "\r\nContent-Disposition: " + disposition
                + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(data);
    }

    static byte[] bounce(String id, String about, String status) {
        return ("From: MAILER-DAEMON@mx.example.net\r\nTo: support@example.com\r\nSubject: Undelivered Mail Returned\r\n"
                + "Message-ID: " + id + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"R\"\r\n\r\n"
                + "--R\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n"
                + "--R\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.net\r\n\r\n"
                + "Final-Recipient: rfc822; gone@example.org\r\nAction: failed\r\nStatus: " + status + "\r\n"
                + "Diagnostic-Code: smtp; 550 mailbox unavailable\r\n"
                + "--R\r\nContent-Type: message/rfc822\r\n\r\nMessage-ID: " + about + "\r\nSubject: x\r\n\r\nbody\r\n"
                + "--R--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    static Consumer<JsonNode> body(String... contains) {
        return t -> {
            String b = lastBody(t);
            for (String c : contains) assertTrue(b.contains(c), "body lacks '" + c + "':\n" + b);
        };
    }

    static Consumer<JsonNode> bodyLacks(String... absent) {
        return t -> {
            String b = lastBody(t);
            for (String c : absent) assertFalse(b.contains(c), "body has '" + c + "':\n" + b);
        };
    }

    static String lastBody(JsonNode t) {
        JsonNode ms = t.get("messages");
        for (int i = ms.size() - 1; i >= 0; i--) {
            if (!ms.get(i).get("kind").asText().equals("system") || ms.size() == 1) return ms.get(i).get("body").asText();
        }
        return ms.get(ms.size() - 1).get("body").asText();
    }

    static Consumer<JsonNode> title(String expected) {
        return t -> assertEquals(expected, t.get("title").asText());
    }

    static Consumer<JsonNode> field(String name, String expected) {
        return t -> assertEquals(expected, t.get(name).asText(), name);
    }

    static Consumer<JsonNode> id(long expected) {
        return t -> assertEquals(expected, t.get("id").asLong(), "ticket id");
    }

    static Consumer<JsonNode> all(List<Consumer<JsonNode>> checks) {
        return t -> checks.forEach(c -> c.accept(t));
    }

    static Case c(String name, byte[] raw, int code, String outcome, Consumer<JsonNode>... checks) {
        return new Case(name, raw, code, outcome, all(List.of(checks)));
    }

    // ---------------------------------------------------------------- the corpus

    @SuppressWarnings("unchecked")
    List<Case> corpus() {
        List<Case> cs = new ArrayList<>();
        byte[] big = new byte[20 * 1024 * 1024];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 31 + (i >> 9));
        String noId = headers(null, "Nia <nia@example.net>", "no id", "X-Mailer: old") + "\r\nNo Message-ID here.\r\n";

        cs.add(c("plain ascii", plain("<c1@example.net>", "Ana <ana@example.net>", "Printer broken", "It smokes."),
                0, "new", id(1), title("Printer broken"), field("status", "new"), field("channel", "email"),
                field("priority", "50"), body("It smokes.")));
        cs.add(c("utf-8 quoted-printable", charset("<c2@example.net>", "qp", "Der Kaffee ist kalt, café ☕", "UTF-8",
                "8bit"), 0, "new", body("café ☕")));
        cs.add(c("iso-8859-1 8bit", charset("<c3@example.net>", "latin1", "Viele Grüße aus Köln", "ISO-8859-1", "8bit"),
                0, "new", body("Grüße aus Köln")));
        cs.add(c("windows-1252 smart quotes", charset("<c4@example.net>", "cp1252", "He said “hello” – ok €5",
                "windows-1252", "8bit"), 0, "new", body("“hello” – ok €5")));
        cs.add(c("koi8-r", charset("<c5@example.net>", "koi8", "Привет, мир", "KOI8-R", "8bit"), 0, "new",
                body("Привет, мир")));
        cs.add(c("shift_jis base64", charset("<c6@example.net>", "sjis", "こんにちは世界", "Shift_JIS", "base64"), 0,
                "new", body("こんにちは世界")));
        cs.add(c("utf-8 base64", charset("<c7@example.net>", "b64", "Zażółć gęślą jaźń", "UTF-8", "base64"), 0, "new",
                body("Zażółć gęślą jaźń")));
        cs.add(c("rfc 2047 B subject", plain("<c8@example.net>", "a@example.net", "=?UTF-8?B?w5xiZXJ3ZWlzdW5nIGZlaGx0?=",
                "x"), 0, "new", title("Überweisung fehlt")));
        cs.add(c("rfc 2047 Q subject latin1", plain("<c9@example.net>", "a@example.net",
                "=?ISO-8859-1?Q?Caf=E9_cr=E8me?= and more", "x"), 0, "new", title("Café crème and more")));
        cs.add(c("encoded sender name", plain("<c10@example.net>", "=?UTF-8?Q?J=C3=B6rg_M=C3=BCller?= <jorg@example.net>",
                "name", "x"), 0, "new", t -> assertEquals("Jörg Müller", t.get("requester").get("name").asText())));
        cs.add(c("undeclared charset, utf-8 bytes", plain("<c11@example.net>", "a@example.net", "nocs", "naïve façade"),
                0, "new", body("naïve façade")));
        cs.add(c("undeclared charset, latin1 bytes", concat(headers("<c12@example.net>", "a@example.net", "nocs2")
                + "\r\n", "Gr\u00fc\u00dfe".getBytes(StandardCharsets.ISO_8859_1)), 0, "new", body("Grüße")));
        cs.add(c("unknown charset", charset("<c13@example.net>", "x-unknown", "plain words", "UTF-8", "8bit")
                .clone(), 0, "new", body("plain words")));
        cs.add(c("html only", plain("<c14@example.net>", "h@example.net", "html",
                "<html><head><style>p{color:red}</style></head><body><p>Hello&nbsp;there &amp; welcome</p>"
                        + "<p>See <a href=\"https://example.net/doc\">the docs</a><br>thanks</p><script>x()</script></body></html>",
                "MIME-Version: 1.0", "Content-Type: text/html; charset=utf-8"), 0, "new",
                body("Hello there & welcome", "the docs (https://example.net/doc)", "thanks"), bodyLacks("<p>", "color:red", "x()")));
        cs.add(c("alternative takes plain", multipart("<c15@example.net>", "multipart/alternative", "alt",
                part("text/plain; charset=utf-8", "PLAIN VERSION"), part("text/html", "<b>HTML VERSION</b>")), 0, "new",
                body("PLAIN VERSION"), bodyLacks("HTML VERSION")));
        cs.add(c("alternative with empty plain", multipart("<c16@example.net>", "multipart/alternative", "alt2",
                part("text/plain", "  "), part("text/html", "<div>Only <i>html</i> here</div>")), 0, "new",
                body("Only html here")));
        cs.add(c("mixed with pdf", multipart("<c17@example.net>", "multipart/mixed", "pdf",
                part("text/plain", "Invoice attached."), attachment("application/pdf; name=\"invoice.pdf\"",
                        "attachment; filename=\"invoice.pdf\"", "%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII))),
                0, "new", body("Invoice attached.", "[attachment: invoice.pdf, application/pdf, 13 bytes]")));
        String nested = "Content-Type: multipart/alternative; boundary=\"INNER\"\r\n\r\n--INNER\r\n"
                + part("text/plain", "nested plain") + "\r\n--INNER\r\n" + part("text/html", "<p>nested html</p>")
                + "\r\n--INNER--";
        cs.add(c("nested mixed(alternative, image)", multipart("<c18@example.net>", "multipart/mixed", "nested", nested,
                attachment("image/png", "attachment; filename=shot.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})),
                0, "new", body("nested plain", "[attachment: shot.png, image/png, 4 bytes]"), bodyLacks("nested html")));
        cs.add(c("related with inline image", multipart("<c19@example.net>", "multipart/related", "related",
                part("text/html", "<p>see picture</p><img src=\"cid:img1\">"),
                "Content-Type: image/gif\r\nContent-ID: <img1>\r\nContent-Transfer-Encoding: base64\r\n\r\nR0lGODlhAQABAAAAACw="),
                0, "new", body("see picture", "attachment-1.gif")));
        cs.add(c("path traversal file name", multipart("<c20@example.net>", "multipart/mixed", "evil name",
                part("text/plain", "see file"), attachment("text/x-sh", "attachment; filename=\"../../etc/passwd\"",
                        "root".getBytes(StandardCharsets.US_ASCII))), 0, "new", body("[attachment: passwd,"),
                bodyLacks("../")));
        cs.add(c("rfc 2231 file name", multipart("<c21@example.net>", "multipart/mixed", "2231",
                part("text/plain", "umlauts"), attachment("text/plain",
                        "attachment; filename*=UTF-8''Gr%C3%BC%C3%9Fe%20%26%20Co.txt", "x".getBytes(StandardCharsets.US_ASCII))),
                0, "new", body("[attachment: Grüße & Co.txt,")));
        cs.add(c("control characters in file name", multipart("<c22@example.net>", "multipart/mixed", "ctl",
                part("text/plain", "ctl"), attachment("application/octet-stream",
                        "attachment; filename=\"a\tb;rm -rf $HOME.bin\"", new byte[] {1, 2})), 0, "new",
                body("[attachment: ab_rm -rf _HOME.bin,")));
        cs.add(c("20 MB attachment", multipart("<c23@example.net>", "multipart/mixed", "big log",
                part("text/plain", "the log is attached"), attachment("application/octet-stream",
                        "attachment; filename=big.log", big)), 0, "new",
                body("the log is attached", "[attachment: big.log, application/octet-stream, 20971520 bytes]")));
        cs.add(c("forwarded message/rfc822", multipart("<c24@example.net>", "multipart/mixed", "Fwd: old",
                part("text/plain", "see below"), "Content-Type: message/rfc822\r\n\r\n"
                        + new String(plain("<inner@example.org>", "x@example.org", "inner", "inner text"), StandardCharsets.UTF_8)),
                0, "new", body("see below", ".eml, message/rfc822")));
        cs.add(c("quoted reply trimmed", plain("<c25@example.net>", "q@example.net", "question",
                "My answer is yes.\r\n\r\nOn Mon, 23 Nov 2026 at 09:00, Support <support@example.com> wrote:\r\n> old text\r\n> more"),
                0, "new", body("My answer is yes."), bodyLacks("old text", "wrote:")));
        cs.add(c("outlook original message trimmed", plain("<c26@example.net>", "q@example.net", "q2",
                "Thanks!\r\n\r\n-----Original Message-----\r\nFrom: Support\r\nSent: Monday\r\nold stuff"), 0, "new",
                body("Thanks!"), bodyLacks("old stuff")));
        cs.add(c("reply by In-Reply-To", plain("<c27@example.net>", "Ana <ana@example.net>", "Re: Printer broken",
                "Still smoking.", "In-Reply-To: <c1@example.net>"), 0, "thread", id(1), body("Still smoking.")));
        cs.add(c("reply by References only", plain("<c28@example.net>", "ana@example.net", "Re: whatever",
                "Now it works.", "References: <unknown@x.example> <c1@example.net>"), 0, "thread", id(1),
                body("Now it works.")));
        cs.add(c("reply by subject tag", plain("<c29@example.net>", "ana@example.net", "Re: [#1] Printer broken",
                "one more thing", "In-Reply-To: <lost@elsewhere.example>"), 0, "thread", id(1)));
        cs.add(c("subject tag of no ticket", plain("<c30@example.net>", "z@example.net", "Re: [#999] huh", "hi"), 0, "new",
                t -> assertTrue(t.get("id").asLong() != 999)));
        cs.add(c("same Message-ID again", plain("<c1@example.net>", "Ana <ana@example.net>", "Printer broken",
                "It smokes."), 0, "new", id(1), t -> assertEquals(4, t.get("messages").size(), "not added again")));
        cs.add(c("no Message-ID", noId.getBytes(StandardCharsets.UTF_8), 0, "new", body("No Message-ID here.")));
        cs.add(c("no Message-ID, same bytes again", noId.getBytes(StandardCharsets.UTF_8), 0, "new",
                title("no id")));
        cs.add(c("auto-reply on a new thread", plain("<c33@example.net>", "ooo@example.net", "Out of office",
                "I am away.", "Auto-Submitted: auto-replied"), 0, "suspended", field("status", "suspended")));
        cs.add(c("auto-reply in a thread", plain("<c34@example.net>", "ana@example.net", "Automatic reply: Printer",
                "I am away.", "Auto-Submitted: auto-replied", "In-Reply-To: <c1@example.net>"), 0, "system", id(1),
                field("status", "new"), t -> {
                    JsonNode last = t.get("messages").get(t.get("messages").size() - 1);
                    assertEquals("system", last.get("kind").asText());
                    assertTrue(last.get("body").asText().startsWith("Automated mail from ana@example.net"));
                }));
        cs.add(c("Auto-Submitted: no is a person", plain("<c35@example.net>", "p@example.net", "human", "typed by me",
                "Auto-Submitted: no"), 0, "new", field("status", "new")));
        cs.add(c("X-Autoreply", plain("<c36@example.net>", "ar@example.net", "Re: hi", "away", "X-Autoreply: yes"), 0,
                "suspended"));
        cs.add(c("Precedence bulk", plain("<c37@example.net>", "news@example.net", "Newsletter", "buy", "Precedence: bulk"),
                0, "suspended"));
        cs.add(c("list mail on a new thread", plain("<c38@example.net>", "list@example.net", "[list] digest", "digest",
                "List-Unsubscribe: <mailto:unsub@example.net>", "List-Id: <l.example.net>"), 0, "suspended"));
        cs.add(c("list headers in a thread", plain("<c39@example.net>", "ana@example.net", "Re: [#1] via list",
                "from the list", "List-Unsubscribe: <mailto:unsub@example.net>"), 0, "thread", id(1)));
        cs.add(c("X-Auto-Response-Suppress", plain("<c40@example.net>", "robot@example.net", "Report", "numbers",
                "X-Auto-Response-Suppress: All"), 0, "suspended"));
        cs.add(c("empty Return-Path", plain("<c41@example.net>", "sys@example.net", "notice", "x", "Return-Path: <>"),
                0, "suspended"));
        cs.add(c("mailer-daemon sender", plain("<c42@example.net>", "MAILER-DAEMON@mx.example.net", "failure", "x"), 0,
                "suspended"));
        cs.add(c("postmaster sender", plain("<c43@example.net>", "postmaster@example.net", "notice", "x"), 0,
                "suspended"));
        cs.add(c("bounce about unknown mail", bounce("<c44@mx.example.net>", "<never@sent.example>", "5.1.1"), 0,
                "suspended"));
        cs.add(c("missing From", plain("<c45@example.net>", null, "who am I", "anonymous"), 0, "suspended",
                t -> assertEquals("unknown@invalid", t.get("requester").get("email").asText())));
        cs.add(c("invalid From", plain("<c46@example.net>", "not an address at all", "bad from", "x"), 0, "suspended"));
        cs.add(c("multipart without its boundary", (headers("<c47@example.net>", "m@example.net", "broken mime",
                "MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=\"NEVER\"")
                + "\r\nno boundary anywhere\r\n").getBytes(StandardCharsets.UTF_8), 0, "new",
                body("no boundary anywhere")));
        cs.add(c("broken base64 body", (headers("<c48@example.net>", "b@example.net", "bad b64", "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64")
                + "\r\n!!!! not base64 at all ####\r\n").getBytes(StandardCharsets.UTF_8), 0, "suspended",
                body("not base64 at all")));
        cs.add(c("header garbage after a good header", ("From: g@example.net\r\nMessage-ID: <c49@example.net>\r\n"
                + "Subject: ok\r\nthis line is not a header\r\n\r\nbody").getBytes(StandardCharsets.UTF_8), 0, "new"));
        cs.add(c("deeply nested multiparts", deep("<c50@example.net>", 30), 0, "new"));
        cs.add(c("routed by To to billing", plain("<c51@example.net>", "pay@example.net", "refund", "money back",
                "Cc: someone@example.org").clone(), 0, "new", field("queue", "support")));
        cs.add(c("routed by Cc to billing", (("From: pay@example.net\r\nTo: friend@example.org\r\n"
                + "Cc: Billing <BILLING@example.com>\r\nSubject: refund\r\nMessage-ID: <c52@example.net>\r\n\r\nmoney"))
                .getBytes(StandardCharsets.UTF_8), 0, "new", field("queue", "billing")));
        cs.add(c("routed by Delivered-To", (("From: pay@example.net\r\nTo: undisclosed-recipients:;\r\n"
                + "Delivered-To: billing@example.com\r\nSubject: bcc\r\nMessage-ID: <c53@example.net>\r\n\r\nmoney"))
                .getBytes(StandardCharsets.UTF_8), 0, "new", field("queue", "billing")));
        cs.add(c("Reply-To is the requester", plain("<c54@example.net>", "Form <noreply@forms.example.net>",
                "web form", "from the form", "Reply-To: Real Person <real@example.org>"), 0, "new",
                t -> assertEquals("real@example.org", t.get("requester").get("email").asText())));
        cs.add(c("over the queue's size limit", ("From: t@example.net\r\nTo: tiny@example.com\r\nSubject: big\r\n"
                + "Message-ID: <c55@example.net>\r\n\r\n" + "x".repeat(3000)).getBytes(StandardCharsets.UTF_8), 0,
                "suspended", field("queue", "tiny")));
        cs.add(c("encoded newline in subject", plain("<c56@example.net>", "i@example.net",
                "=?UTF-8?Q?Hi=0D=0ABcc:_evil@example.org?=", "x"), 0, "new", title("Hi Bcc: evil@example.org")));
        cs.add(c("very long subject kept whole", plain("<c57@example.net>", "l@example.net", "S".repeat(2000), "x"), 0,
                "new", title("S".repeat(2000))));
        cs.add(c("mbox From_ line first", ("From someone@example.net Mon Nov 23 09:00:00 2026\n"
                + new String(plain("<c58@example.net>", "mb@example.net", "mbox", "from a mbox"), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8), 0, "new", body("from a mbox")));
        cs.add(c("empty input", new byte[0], 7, null));
        cs.add(c("blank input", "\r\n \r\n".getBytes(StandardCharsets.US_ASCII), 7, null));
        cs.add(c("not a message: held with its raw text", "hello, this is just text\nwith lines\n"
                .getBytes(StandardCharsets.US_ASCII), 0, "suspended", body("hello, this is just text")));
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        junk[0] = 0;
        cs.add(c("binary junk: held with its raw bytes", junk, 0, "suspended", field("status", "suspended")));
        return cs;
    }

    static byte[] concat(String head, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static byte[] deep(String id, int depth) {
        StringBuilder b = new StringBuilder(headers(id, "d@example.net", "deep", "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"B0\"")).append("\r\n");
        for (int i = 0; i < depth; i++) {
            b.append("--B").append(i).append("\r\nContent-Type: multipart/mixed; boundary=\"B").append(i + 1)
                    .append("\"\r\n\r\n");
        }
        b.append("--B").append(depth).append("\r\nContent-Type: text/plain\r\n\r\ndeep down\r\n");
        for (int i = depth; i >= 0; i--) b.append("--B").append(i).append("--\r\n");
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @TestFactory
    Stream<DynamicTest> everyMessageHasItsExpectedOutcome() {
        List<Case> corpus = corpus();
        assertTrue(corpus.size() >= 40, "the corpus has " + corpus.size() + " messages");
        return corpus.stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> run(k)));
    }

    private void run(Case k) throws Exception {
        byte[] before = k.code() == 7 ? tix.bytes() : null;
        TixRunner.Result r = tix.runWithBytes(k.raw(), "mail", "ingest", "--json");
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "a stack trace:\n" + r.err());
        assertEquals(k.code(), r.code(), r.toString());
        if (k.code() == 7) {
            assertEquals("", r.out());
            assertTrue(r.err().startsWith("tix: ") && r.err().strip().lines().count() == 1, r.err());
            org.junit.jupiter.api.Assertions.assertArrayEquals(before, tix.bytes(), "nothing was written");
            refused++;
            return;
        }
        JsonNode t = r.json();
        long ticket = t.get("id").asLong();
        String[] raw = outcomeOf(ticket, k);
        assertEquals(k.outcome(), raw[0], "outcome of " + k.name() + " (" + raw[1] + ")");
        k.check().accept(t);
        if ("suspended".equals(k.outcome())) {
            assertEquals("suspended", t.get("status").asText());
            assertEquals("", tix.ok("mail", "outbox", "--json").json().findValues("ticket_id").stream()
                    .filter(v -> v.asLong() == ticket).map(JsonNode::toString).reduce("", String::concat),
                    "suspended mail is never answered");
        }
        kept.add(k.name());
    }

    /** The outcome recorded for the message just ingested: the newest mail_raw row of that ticket. */
    private String[] outcomeOf(long ticket, Case k) throws Exception {
        try (Connection c = tix.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT outcome, reason, length(raw) FROM mail_raw WHERE ticket_id = "
                     + ticket + " ORDER BY id DESC LIMIT 1")) {
            assertTrue(rs.next(), "no raw message kept for ticket " + ticket);
            String raw = new String(k.raw(), StandardCharsets.ISO_8859_1);
            if (raw.contains("Message-ID: <c1@example.net>") && k.name().startsWith("same")) return new String[] {"new", ""};
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }

    @AfterAll
    void nothingLost() throws Exception {
        try (Connection c = tix.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM mail_raw")) {
            // every accepted message has its raw source, except the two re-ingestions (same id, same bytes)
            rs.next();
            assertEquals(kept.size() - 2, rs.getInt(1), "raw messages kept");
        }
    }
}
