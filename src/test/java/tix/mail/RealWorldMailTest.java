package tix.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tix.TixRunner;
import tix.app.InboundMail;

/**
 * One synthetic message (written for tix) for each way real mail goes wrong, read as a mail client reads it: the
 * failure classes of issue 11, measured on ../shared/mail-corpus by bench/mail-corpus.sh.
 */
class RealWorldMailTest {
    private final MimeReader reader = new MimeReader();

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] join(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) out.writeBytes(p instanceof byte[] ? (byte[]) p : ((String) p).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private InboundMail read(String raw) {
        return reader.read(bytes(raw), "test");
    }

    // ---------------------------------------------------------------- 1. never lose a message

    @Test
    void junkLinesBeforeTheHeaderAreSkipped() {
        InboundMail m = read("---- Original email message ----\r\nFrom: Ana <ana@example.org>\r\n"
                + "Subject: printer jam\r\nMessage-ID: <j1@example.org>\r\n\r\nThe printer jams again.\r\n");
        assertEquals("ana@example.org", m.from());
        assertEquals("printer jam", m.subject());
        assertEquals("The printer jams again.", m.body());
        assertNull(m.malformed());
    }

    @Test
    void aSpaceBeforeTheColonIsStillAHeader() {
        InboundMail m = read("From : Bo <bo@example.org>\nTo  : help@example.com\nSubject   : old mailer\n\nhello\n");
        assertEquals("bo@example.org", m.from());
        assertEquals(List.of("help@example.com"), m.recipients());
        assertEquals("old mailer", m.subject());
        assertEquals("hello", m.body());
    }

    @Test
    void bareCarriageReturnsAreLineEnds() {
        InboundMail m = read("From: cr@example.org\rSubject: classic mac\rMIME-Version: 1.0\r"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\r--b\rContent-Type: text/plain\r\rline one\rline two\r"
                + "--b\rContent-Type: application/pdf; name=\"a.pdf\"\rContent-Transfer-Encoding: base64\r\rJVBERg==\r--b--\r");
        assertEquals("classic mac", m.subject());
        assertEquals("line one\nline two", m.body());
        assertEquals("a.pdf", m.attachments().get(0).filename());
        InboundMail mbox = read("From MAILER-DAEMON Mon Nov 23 09:00:00 2026\rFrom: cr@example.org\rSubject: after an "
                + "envelope line\r\rtext\r");
        assertEquals("after an envelope line", mbox.subject(), "an mbox From line ended by a CR alone");
    }

    @Test
    void aMissingBlankLineStartsTheBodyAtTheFirstLineThatIsNoHeader() {
        InboundMail m = read("From: nb@example.org\r\nSubject: no gap\r\nPlease call me back.\r\nThanks\r\n");
        assertEquals("no gap", m.subject());
        assertEquals("Please call me back.\nThanks", m.body());
    }

    @Test
    void aFoldedLineThatLostItsIndentStaysInTheHeader() {
        InboundMail m = read("Received: from a.example.net\r\nby b.example.net with SMTP\r\nid 42\r\n"
                + "From: fold@example.org\r\nSubject: folded\r\n\r\nbody text\r\n");
        assertEquals("fold@example.org", m.from());
        assertEquals("body text", m.body());
    }

    @Test
    void inputWithoutAnyHeaderIsHeldWithItsRawBytes(@TempDir Path dir) {
        TixRunner tix = new TixRunner(dir).as("lead");
        tix.ok("init");
        byte[] junk = new byte[2048];
        new java.util.Random(11).nextBytes(junk);
        TixRunner.Result r = tix.runWithBytes(junk, "mail", "ingest", "--json");
        assertEquals(0, r.code(), r.toString());
        assertEquals("suspended", r.json().get("status").asText());
        TixRunner.Result empty = tix.runWithBytes(new byte[0], "mail", "ingest");
        assertEquals(7, empty.code(), "only empty input is refused");
    }

    @Test
    void aReusedMessageIdWithOtherContentIsStoredAndFlaggedWhileTheSameBytesAreADuplicate(@TempDir Path dir) {
        TixRunner tix = new TixRunner(dir).as("lead");
        tix.ok("init");
        String head = "From: re@example.org\r\nTo: support@example.com\r\nMessage-ID: <same@example.org>\r\n";
        byte[] first = bytes(head + "Subject: first\r\n\r\nfirst text\r\n");
        byte[] second = bytes(head + "Subject: Re: first\r\nIn-Reply-To: <same@example.org>\r\n\r\nsecond text\r\n");
        long t1 = tix.runWithBytes(first, "mail", "ingest", "--json").json().get("id").asLong();
        TixRunner.Result r2 = tix.runWithBytes(second, "mail", "ingest", "--json");
        assertEquals(0, r2.code(), r2.toString());
        JsonNode t2 = r2.json();
        assertEquals(t1, t2.get("id").asLong(), "threading by In-Reply-To links it to the same ticket");
        JsonNode messages = tix.ok("show", String.valueOf(t1), "--json").json().get("messages");
        assertTrue(messages.toString().contains("second text"), messages.toString());
        TixRunner.Result again = tix.runWithBytes(second, "mail", "ingest", "--json");
        assertEquals(0, again.code());
        assertEquals(messages.size(), tix.ok("show", String.valueOf(t1), "--json").json().get("messages").size(),
                "the same bytes again are a duplicate: nothing new");
        assertTrue(tix.dump().contains("reused with other content"), "the reuse is recorded with the raw source");
    }

    // ---------------------------------------------------------------- 2. robots

    @ParameterizedTest
    @ValueSource(strings = {
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\r\nSubject: Undelivered Mail Returned to Sender\r\n",
        "From: post_master@mx.example.net\r\nSubject: notice\r\n",
        "From: listserv@lists.example.net\r\nSubject: your command\r\n",
        "From: majordomo@lists.example.net\r\nSubject: Majordomo results\r\n",
        "From: ana@example.org\r\nSubject: hello\r\nX-Autoreply: yes\r\n",
        "From: ana@example.org\r\nSubject: hello\r\nX-Autorespond: on\r\n",
        "From: ana@example.org\r\nSubject: hello\r\nX-Mailer: Vacation Autoresponder 2.1\r\n",
        "From: ana@example.org\r\nSubject: hello\r\nPrecedence: junk\r\n",
        "From: ana@example.org\r\nSubject: hello\r\nAuto-Submitted: auto-generated\r\n",
        "From: ana@example.org\r\nSubject: Automatic reply: your ticket\r\n",
        "From: ana@example.org\r\nSubject: Out of Office: back Monday\r\n",
        "From: ana@example.org\r\nSubject: Abwesenheitsnotiz: Urlaub\r\n",
        "From: ana@example.org\r\nSubject: Réponse automatique : absent\r\n",
        "From: ana@example.org\r\nSubject: Respuesta automática: fuera\r\n",
        "From: ana@example.org\r\nSubject: Risposta automatica: ferie\r\n",
        "From: ana@example.org\r\nSubject: Automatisch antwoord: vakantie\r\n",
        "From: ana@example.org\r\nSubject: =?UTF-8?B?6Ieq5YuV5b+c562UOiDkuI3lnKg=?=\r\n",
        "From: ana@example.org\r\nSubject: =?UTF-8?B?6Ieq5Yqo5Zue5aSNOiDkvJHlgYc=?=\r\n",
        "From: ana@example.org\r\nSubject: =?UTF-8?B?0JDQstGC0L7QvtGC0LLQtdGCOiDQvtGC0L/Rg9GB0Lo=?=\r\n",
        "From: ana@example.org\r\nSubject: =?UTF-8?B?4pyJIOODoeODvOODq+mFjemAgeOCqOODqeODvA==?=\r\n",
        "From: noreply@shop.example.net\r\nSubject: your order\r\n",
    })
    void robotsAreRecognised(String head) {
        InboundMail m = read(head + "Message-ID: <r@example.net>\r\n\r\nmachine text\r\n");
        assertNotNull(m.automated(), head);
    }

    @Test
    void aReportWithoutReportTypeAndAnArfReportAreAutomatic() {
        InboundMail dsn = read("From: Mail Delivery System <mds@mx.example.net>\r\nSubject: failure\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; boundary=\"r\"\r\n\r\n--r\r\nContent-Type: text/plain\r\n\r\nfailed\r\n"
                + "--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.net\r\n\r\n"
                + "Final-Recipient: rfc822; gone@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--r--\r\n");
        assertNotNull(dsn.automated());
        assertNotNull(dsn.report());
        assertEquals("5.1.1", dsn.report().status());
        InboundMail arf = read("From: abuse@isp.example.net\r\nSubject: complaint\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=feedback-report; boundary=\"f\"\r\n\r\n--f\r\n"
                + "Content-Type: text/plain\r\n\r\nA complaint.\r\n--f\r\nContent-Type: message/feedback-report\r\n\r\n"
                + "Feedback-Type: abuse\r\nVersion: 1\r\n\r\n--f--\r\n");
        assertTrue(arf.automated().contains("ARF"), arf.automated());
    }

    @Test
    void mailThatOnlyLooksAutomaticIsAPersons() {
        assertNull(read("From: Form <noreply@forms.example.net>\r\nReply-To: real@example.org\r\nSubject: Web form\r\n\r\nx\r\n")
                .automated(), "a web form's noreply sender with a Reply-To");
        assertNull(read("From: ana@example.org\r\nSubject: Urlaubsantrag for December\r\n\r\nx\r\n").automated());
        assertNull(read("From: ana@example.org\r\nSubject: Re: out of office hours support?\r\n\r\nx\r\n").automated());
    }

    @Test
    void aVacationReplyWithoutAutoSubmittedGetsNoAutoResponse(@TempDir Path dir) {
        TixRunner tix = new TixRunner(dir).as("lead");
        tix.ok("init");
        TixRunner.Result r = tix.runWithBytes(bytes("From: ana@example.org\r\nTo: support@example.com\r\n"
                + "Subject: Auto-Reply: I am on vacation\r\nMessage-ID: <v1@example.org>\r\n\r\nBack on Monday.\r\n"),
                "mail", "ingest", "--json");
        assertEquals("suspended", r.json().get("status").asText(), r.toString());
        assertEquals("", tix.ok("mail", "outbox").out().strip(), "no auto-response");
    }

    // ---------------------------------------------------------------- 3. decoding

    @Test
    void raw8BitHeadersAreReadInTheBodyCharsetThenUtf8() {
        byte[] koi8 = join("From: ", "Иван".getBytes(Charset.forName("KOI8-R")), " <ivan@example.ru>\r\nSubject: ",
                "Привет мир".getBytes(Charset.forName("KOI8-R")), "\r\nContent-Type: text/plain; charset=koi8-r\r\n\r\n",
                "тело".getBytes(Charset.forName("KOI8-R")), "\r\n");
        InboundMail m = reader.read(koi8, "test");
        assertEquals("Привет мир", m.subject());
        assertEquals("Иван", m.fromName());
        assertEquals("тело", m.body());
        byte[] latin = join("From: x@example.org\r\nSubject: ", "Grüße aus Köln".getBytes(StandardCharsets.ISO_8859_1),
                "\r\n\r\nhi\r\n");
        assertEquals("Grüße aus Köln", reader.read(latin, "test").subject());
        byte[] sjis = join("From: x@example.org\r\nSubject: ", "お問い合わせ".getBytes(Charset.forName("Shift_JIS")),
                "\r\n\r\nhi\r\n");
        assertEquals("お問い合わせ", reader.read(sjis, "test").subject());
    }

    @Test
    void vendorSupersetsReadTheCharactersTheStandardCharsetLacks() {
        byte[] cp932 = join("From: x@example.org\r\nSubject: =?shift_jis?B?",
                java.util.Base64.getEncoder().encodeToString("①№".getBytes(Charset.forName("windows-31j"))),
                "?=\r\nContent-Type: text/plain; charset=Shift_JIS\r\n\r\n", "③番".getBytes(Charset.forName("windows-31j")),
                "\r\n");
        InboundMail m = reader.read(cp932, "test");
        assertEquals("①№", m.subject());
        assertEquals("③番", m.body());
        byte[] gb = join("From: x@example.org\r\nContent-Type: text/plain; charset=gb2312\r\n\r\n",
                "镕".getBytes(Charset.forName("GB18030")), "\r\n");
        assertEquals("镕", reader.read(gb, "test").body());
        assertEquals("שלום", read("From: x@example.org\r\nSubject: =?iso-8859-8-i?B?+ezl7Q==?=\r\n\r\nx\r\n").subject());
        assertEquals("€ price", reader.read(join("From: x@example.org\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n",
                new byte[] {(byte) 0x80}, " price\r\n"), "test").body());
    }

    @Test
    void encodedWordsAreReadTolerantly() {
        assertEquals("two words", read("From: x@example.org\r\nSubject: =?utf-8?Q?two words?=\r\n\r\nx\r\n").subject());
        assertEquals("Hallo", read("From: x@example.org\r\nSubject: =?utf-8?B?SGFsbG8?=\r\n\r\nx\r\n").subject());
        assertEquals("Émile", read("From: =?utf-8?q?=C3=89mile?= <e@example.org>\r\n\r\nx\r\n").fromName());
        assertEquals("TEST", read("From: x@example.org\r\nSubject: =?NONE?B?VEVTVA=?=\r\n\r\nx\r\n").subject());
        assertEquals("日本語", read("From: x@example.org\r\nSubject: =?UTF-8?B?5pel?= =?UTF-8?B?5pys6Kqe?=\r\n\r\nx\r\n")
                .subject(), "adjacent words join without the space between them");
    }

    @Test
    void transferEncodingsAreReadLeniently() {
        InboundMail eightBits = read("From: x@example.org\r\nContent-Type: text/html; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: 8bits\r\n\r\n<p>Caf\u00e9 open</p>\r\n");
        assertEquals("Café open", eightBits.body());
        InboundMail noPadding = read("From: x@example.org\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nSGVsbG8gd29ybGQ\r\n");
        assertEquals("Hello world", noPadding.body());
        InboundMail asciiButUtf8 = read("From: x@example.org\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                + "Envoy\u00e9 depuis mon t\u00e9l\u00e9phone\r\n");
        assertEquals("Envoyé depuis mon téléphone", asciiButUtf8.body());
        InboundMail noBoundary = read("From: x@example.org\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; "
                + "boundary=\"gone\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nK=E4se und Br=F6tchen\r\n");
        assertFalse(noBoundary.body().contains("=E4"), noBoundary.body());
    }

    // ---------------------------------------------------------------- 4. attachments

    @Test
    void appleMailImagesInsideTheHtmlBranchOfAnAlternativeAreKept() {
        InboundMail m = read("From: mac@example.org\r\nSubject: photo\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n--alt\r\nContent-Type: text/plain\r\n\r\n"
                + "See the photo.\r\n--alt\r\nContent-Type: multipart/related; boundary=\"rel\"; type=\"text/html\"\r\n\r\n"
                + "--rel\r\nContent-Type: text/html\r\n\r\n<p>See the photo.</p><img src=\"cid:p1\">\r\n--rel\r\n"
                + "Content-Type: image/jpeg; name=\"IMG_0001.jpg\"\r\nContent-ID: <p1>\r\nContent-Disposition: inline; "
                + "filename=\"IMG_0001.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n/9j/4AAQ\r\n--rel--\r\n--alt--\r\n");
        assertEquals("See the photo.", m.body());
        assertEquals(1, m.attachments().size());
        assertEquals("IMG_0001.jpg", m.attachments().get(0).filename());
    }

    @Test
    void rfc2231FileNamesContinuedOverSeveralLinesAreJoined() {
        InboundMail m = read("From: x@example.org\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"m\"\r\n\r\n"
                + "--m\r\nContent-Type: text/plain\r\n\r\nsee file\r\n--m\r\nContent-Type: application/pdf\r\n"
                + "Content-Disposition: attachment;\r\n filename*0*=utf-8''Rechnung%20M%C3%A4rz;\r\n filename*1*=%202026;\r\n"
                + " filename*2=\".pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERg==\r\n--m--\r\n");
        assertEquals("see file", m.body());
        assertEquals("Rechnung März 2026.pdf", m.attachments().get(0).filename());
    }

    @Test
    void aBoundaryParameterOnItsOwnUnindentedLineStillSplitsTheParts() {
        InboundMail m = read("From: x@example.org\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"o\"\r\n\r\n"
                + "--o\r\nContent-Type: multipart/alternative;\r\nboundary=\"i\"\r\n\r\n--i\r\nContent-Type: text/plain\r\n\r\n"
                + "inner text\r\n--i--\r\n--o\r\nContent-Type: image/png; name=\"x.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + "iVBORw0K\r\n--o--\r\n");
        assertEquals("inner text", m.body());
        assertEquals("x.png", m.attachments().get(0).filename());
    }

    // ---------------------------------------------------------------- 5. HTML to text

    @Test
    void htmlBecomesTextWithParagraphsListsLinksAndQuotes() {
        String text = HtmlText.toText("<html><head><style>p{}</style></head><body><p>Hello&nbsp;Ana,</p>"
                + "<p>Steps:</p><ol><li>Open <a href=\"https://example.org/x\">the page</a></li><li>Click &ldquo;Save&rdquo;</li></ol>"
                + "<ul><li>one</li><li>two</li></ul><blockquote><p>earlier &amp; older</p></blockquote>"
                + "<p>Price: 5&euro; &#8212; &#x2713; &copy</p></body></html>");
        assertEquals("Hello Ana,\n\nSteps:\n\n1. Open the page (https://example.org/x)\n2. Click “Save”\n\n- one\n- two\n\n"
                + "> earlier & older\n\nPrice: 5€ — ✓ &copy", text);
    }

    // ---------------------------------------------------------------- 6. bulk ingest

    @Test
    void anMboxIsIngestedInOneProcessOneTransactionPerMessage(@TempDir Path dir) throws Exception {
        TixRunner tix = new TixRunner(dir).as("lead");
        tix.ok("init");
        Path mbox = dir.resolve("inbox.mbox");
        Files.writeString(mbox, "From a@example.org Mon Nov 23 09:00:00 2026\nFrom: a@example.org\nSubject: one\n"
                + "Message-ID: <m1@example.org>\n\nfirst\n\nFrom b@example.org Mon Nov 23 09:01:00 2026\n"
                + "From: b@example.org\nSubject: two\nMessage-ID: <m2@example.org>\n\nsecond\n\n"
                + "From c@example.org Mon Nov 23 09:02:00 2026\n\n");
        Path file = dir.resolve("third.eml");
        Files.writeString(file, "From: MAILER-DAEMON@mx.example.net\nSubject: Undeliverable\n\nbounce\n");
        TixRunner.Result r = tix.run("mail", "ingest", "--json", "--summary", mbox.toString(), file.toString());
        assertEquals(7, r.code(), "the empty third mbox entry is refused: " + r);
        JsonNode rows = r.json();
        assertEquals(4, rows.size());
        assertEquals("new", rows.get(0).get("outcome").asText());
        assertEquals("new", rows.get(1).get("outcome").asText());
        assertEquals("refused", rows.get(2).get("outcome").asText());
        assertEquals("suspended", rows.get(3).get("outcome").asText());
        assertTrue(r.err().contains("ingested 4 message(s): new 2, refused 1, suspended 1"), r.err());
    }
}
