package tix.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tix.app.InboundMail;
import tix.domain.DomainException;

/**
 * Reads one RFC 5322 message into an {@link InboundMail}: addresses, threading ids, the readable text (plain part of
 * an alternative, HTML turned into text, any charset, RFC 2047 words), attachments with safe names, the signs of
 * automated mail and delivery reports. A message it cannot read whole is still returned, marked malformed, so it is
 * kept; only input that is no message at all is refused (exit 7).
 */
public final class MimeReader {
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern HEADER_LINE = Pattern.compile("^[\\x21-\\x39\\x3b-\\x7e]+:.*", Pattern.DOTALL);
    private static final Pattern PGP = Pattern.compile("-----BEGIN PGP MESSAGE-----");
    private static final int MAX_DEPTH = 20;

    static {
        // Angus reads these as system properties, once, when its classes load (docs: jakarta.mail.internet
        // package summary); a CLI process reads mail only, so they are set here for the whole JVM.
        setDefault("mail.mime.decodetext.strict", "false");       // encoded words inside words
        setDefault("mail.mime.ignoreunknownencoding", "true");    // "8bits", "plain", "7-bit": read as 8bit
        setDefault("mail.mime.base64.ignoreerrors", "true");      // base64 without its padding or with junk
        setDefault("mail.mime.uudecode.ignoreerrors", "true");
        setDefault("mail.mime.uudecode.ignoremissingbeginend", "true");
        setDefault("mail.mime.decodeparameters", "true");         // RFC 2231 (filename*0*=...)
        setDefault("mail.mime.decodefilename", "true");           // RFC 2047 words in file names
        setDefault("mail.mime.applefilenames", "true");           // Apple Mail's unquoted names with spaces
        setDefault("mail.mime.windowsfilenames", "true");         // IE's paths with backslashes
        setDefault("mail.mime.parameters.strict", "false");
        setDefault("mail.mime.contentdisposition.strict", "false");
        setDefault("mail.mime.multipart.ignoremissingendboundary", "true");
        setDefault("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        setDefault("mail.mime.multipart.allowempty", "true");
        setDefault("mail.mime.allowutf8", "true");                // raw UTF-8 part headers (RFC 6532)
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }

    private final Session session;

    public MimeReader() {
        Properties p = new Properties();
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.allowutf8", "true");
        this.session = Session.getInstance(p);
    }

    /** Reads {@code raw}; {@code source} says where it came from (stdin, a file, a mailbox URL). */
    public InboundMail read(byte[] raw, String source) {
        int start = firstContent(raw);
        if (start < 0) throw DomainException.invalidData("empty message from " + source, "nothing was written");
        Lenient.Result repaired;
        try {
            repaired = Lenient.repair(raw);
        } catch (RuntimeException e) {
            repaired = null;
        }
        if (repaired == null) return broken(raw, source, "no header lines: not an RFC 5322 message");
        MimeMessage msg;
        try {
            msg = new MimeMessage(session, new ByteArrayInputStream(repaired.bytes()));
        } catch (MessagingException | RuntimeException e) {
            return broken(raw, source, "cannot parse the header: " + e.getMessage());
        }
        Parsed p = new Parsed();
        p.bodyCharset = repaired.bodyCharset();
        String messageId = messageId(msg, raw);
        try {
            readAddresses(msg, p);
        } catch (RuntimeException | MessagingException e) {
            p.problems.add("bad address headers");
        }
        String subject = subject(msg);
        List<String> thread = new ArrayList<>();
        thread.addAll(ids(header(msg, "In-Reply-To")));
        List<String> refs = ids(header(msg, "References"));
        Collections.reverse(refs);
        for (String r : refs) if (!thread.contains(r)) thread.add(r);
        boolean list = header(msg, "List-Unsubscribe") != null || header(msg, "List-Id") != null;
        try {
            walk(msg, p, 0);
        } catch (MessagingException | IOException | RuntimeException e) {
            p.problems.add("cannot read the body: " + e.getMessage());
            p.fatal++;
        }
        String automated = Robots.classify(name -> header(msg, name), p.from, p.fromName, p.replyTo, subject, reportType(msg),
                p.partTypes);
        String body = p.text.length() > 0 ? p.text.toString() : p.html.length() > 0 ? HtmlText.toText(p.html.toString()) : "";
        if (header(msg, "Content-Type") == null && HtmlText.looksLikeHtml(body)) body = HtmlText.toText(body);
        body = Quotes.trim(body.replace("\r\n", "\n").replace('\r', '\n'));
        InboundMail.DeliveryReport report = p.reportFields == null ? null : report(p);
        if (report == null && p.reportFields == null && isReportType(msg)) {
            report = new InboundMail.DeliveryReport(p.originalIds, null, null, null);
        }
        String malformed = p.fatal > 0 ? String.join("; ", p.problems) : null;
        if (malformed != null && body.isBlank()) body = rawBody(repaired.bytes(), 0);
        return new InboundMail(messageId, p.from, p.fromName, p.replyTo, p.recipients, subject, thread, body,
                p.attachments, automated, list, report, malformed, PGP.matcher(body).find(), raw, source, null, p.to,
                p.cc);
    }

    /** Where the message starts: after blank lines and an mbox "From " line; -1 when there is nothing. */
    private static int firstContent(byte[] raw) {
        int i = 0;
        while (i < raw.length && (raw[i] == '\r' || raw[i] == '\n' || raw[i] == ' ' || raw[i] == '\t')) i++;
        if (i >= raw.length) return -1;
        if (raw.length - i > 5 && raw[i] == 'F' && raw[i + 1] == 'r' && raw[i + 2] == 'o' && raw[i + 3] == 'm'
                && raw[i + 4] == ' ') {
            while (i < raw.length && raw[i] != '\n' && raw[i] != '\r') i++; // a CR alone ends a line too
            while (i < raw.length && (raw[i] == '\r' || raw[i] == '\n' || raw[i] == ' ' || raw[i] == '\t')) i++;
            if (i >= raw.length) return -1;
        }
        return i;
    }

    private static boolean looksLikeHeader(byte[] raw, int start) {
        int end = start;
        while (end < raw.length && raw[end] != '\n' && end - start < 1000) end++;
        String line = new String(raw, start, end - start, StandardCharsets.ISO_8859_1);
        return HEADER_LINE.matcher(line).matches();
    }

    /** The undecoded text after the header block, for a person reviewing mail that could not be read whole. */
    private static String rawBody(byte[] raw, int start) {
        String text = new String(raw, start, Math.min(raw.length - start, 200_000), StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        int lf = text.indexOf("\n\n");
        int at = split >= 0 && (lf < 0 || split < lf) ? split + 4 : lf >= 0 ? lf + 2 : -1;
        return at < 0 ? "" : text.substring(at).replace("\u0000", "").replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** A message whose header block itself could not be parsed: kept whole, read as far as plain text allows. */
    private InboundMail broken(byte[] raw, String source, String why) {
        String text = Charsets.decode(java.util.Arrays.copyOf(raw, Math.min(raw.length, 200_000)), null);
        long printable = text.chars().filter(c -> c >= 0x20 && c != 0x7f && c != 0xfffd || c == '\n' || c == '\r' || c == '\t').count();
        // text a person can read is shown; binary junk is kept only as the raw source
        String body = printable >= text.length() * 0.95 ? text.replace("\r\n", "\n").replace('\r', '\n').strip() : "";
        return new InboundMail(syntheticId(raw), null, null, null, List.of(), null, List.of(), body, List.of(), null,
                false, null, why, false, raw, source);
    }

    private static final class Parsed {
        String from;
        String fromName;
        String replyTo;
        final List<String> recipients = new ArrayList<>();
        final List<String> to = new ArrayList<>();
        final List<String> cc = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<InboundMail.Attachment> attachments = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        int fatal;
        String reportFields;
        final List<String> originalIds = new ArrayList<>();
        String bodyCharset;
        final java.util.Set<String> partTypes = new java.util.HashSet<>();
    }

    // ---------------------------------------------------------------- headers

    private static String header(MimeMessage msg, String name) {
        try {
            String v = msg.getHeader(name, " ");
            return v == null || v.isBlank() ? null : v;
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String messageId(MimeMessage msg, byte[] raw) {
        List<String> ids = ids(header(msg, "Message-ID"));
        if (!ids.isEmpty()) return ids.get(0);
        return syntheticId(raw);
    }

    /** For mail without a Message-ID: the same bytes always get the same id, so a retry is still a duplicate. */
    static String syntheticId(byte[] raw) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(raw);
            return "<" + HexFormat.of().formatHex(d) + "@tix.invalid>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> ids(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) return out;
        Matcher m = MESSAGE_ID.matcher(value);
        while (m.find()) {
            if (m.group().length() <= 250 && !out.contains(m.group())) out.add(m.group());
        }
        return out;
    }

    private static void readAddresses(MimeMessage msg, Parsed p) throws MessagingException {
        InternetAddress from = firstLenient(header(msg, "From"));
        if (from == null) from = firstLenient(header(msg, "Sender"));
        if (from != null) {
            p.from = from.getAddress();
            p.fromName = from.getPersonal();
        }
        InternetAddress replyTo = firstLenient(header(msg, "Reply-To"));
        if (replyTo != null) p.replyTo = replyTo.getAddress();
        for (String name : List.of("To", "Cc", "Delivered-To", "X-Original-To")) {
            String[] values = msg.getHeader(name);
            if (values == null) continue;
            for (String v : values) {
                for (InternetAddress a : addresses(v)) {
                    String e = a.getAddress().toLowerCase(Locale.ROOT);
                    if (!p.recipients.contains(e)) p.recipients.add(e);
                    List<String> own = name.equals("To") ? p.to : name.equals("Cc") ? p.cc : null;
                    if (own != null && !own.contains(e)) own.add(e);
                }
            }
        }
    }

    private static final Pattern ANGLE = Pattern.compile("<([^<>]*)>");
    private static final Pattern ADDR_SPEC = Pattern.compile("[A-Za-z0-9._%+'=!#$&*/?^`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    /**
     * The first address as a mail client finds it: the strict parse, else with RFC 5322 comments removed and the
     * spaces of the obsolete syntax ({@code <jdoe@machine.  example>}) closed up, else the first thing that looks
     * like an address ("Big Bug bb@bug.com", two addresses without a comma).
     */
    private static InternetAddress firstLenient(String value) {
        InternetAddress a = first(value);
        if (a != null || value == null) return a;
        String v = withoutComments(value);
        Matcher angle = ANGLE.matcher(v);
        StringBuilder sb = new StringBuilder();
        while (angle.find()) angle.appendReplacement(sb, Matcher.quoteReplacement("<" + angle.group(1).replaceAll("\\s", "") + ">"));
        angle.appendTail(sb);
        a = first(sb.toString());
        if (a != null) return a;
        Matcher spec = ADDR_SPEC.matcher(v);
        if (!spec.find()) return null;
        a = first(spec.group());
        if (a == null) return null;
        // a bare CR or other control character inside the header is no part of a name (it must stay one line)
        String name = v.substring(0, spec.start()).replaceAll("[\"<>\\p{Cntrl}]", " ").strip();
        if (!name.isEmpty() && !ADDR_SPEC.matcher(name).find()) {
            try {
                a.setPersonal(name, "UTF-8");
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return a;
    }

    /**
     * The value with its RFC 5322 comments, nested or not, each replaced by a space; a '(' never closed stays text.
     * (A regex of alternatives recursed once per character and overflowed the stack on a long comment.)
     */
    static String withoutComments(String value) {
        StringBuilder out = new StringBuilder(value.length());
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && !open.isEmpty() && i + 1 < value.length()) {
                out.append(c).append(value.charAt(++i));
            } else if (c == '(') {
                open.push(out.length());
                out.append(c);
            } else if (c == ')' && !open.isEmpty()) {
                out.setLength(open.pop());
                if (open.isEmpty()) out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static InternetAddress first(String value) {
        for (InternetAddress a : addresses(value)) return a;
        return null;
    }

    /** The valid addresses of a header value; anything else is skipped. */
    private static List<InternetAddress> addresses(String value) {
        List<InternetAddress> out = new ArrayList<>();
        if (value == null) return out;
        InternetAddress[] parsed;
        try {
            parsed = InternetAddress.parseHeader(value, false);
        } catch (AddressException e) {
            return out;
        }
        for (InternetAddress a : parsed) {
            if (a.isGroup() || a.getAddress() == null) continue;
            String address = withoutRoute(a.getAddress());
            if (!valid(address)) continue;
            InternetAddress clean = new InternetAddress();
            clean.setAddress(normalise(address));
            try {
                clean.setPersonal(personal(a), "UTF-8");
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
            out.add(clean);
        }
        return out;
    }

    private static String personal(InternetAddress a) {
        String p = a.getPersonal();
        if (p != null && p.contains("=?")) p = EncodedWords.decode(p);
        return p == null ? null : p.replaceAll("[\\p{Cntrl}]", " ").strip();
    }

    /**
     * The address without an obsolete source route (RFC 5322 4.4, {@code <@relay.tld:mary@example.net>} is
     * mary@example.net): Angus keeps the route in the address, and a reply to it would go nowhere.
     */
    private static String withoutRoute(String address) {
        String a = address.strip();
        int colon = a.indexOf(':');
        return a.startsWith("@") && colon > 0 ? a.substring(colon + 1) : a;
    }

    private static boolean valid(String address) {
        String a = address.strip();
        int at = a.lastIndexOf('@');
        // one unquoted @ (quotes are refused below): "@relay@example.net" has no local part
        if (at <= 0 || a.indexOf('@') != at || at == a.length() - 1 || a.length() > 254) return false;
        if (a.chars().anyMatch(c -> c <= 32 || c == '<' || c == '>' || c == ',' || c == '"' || c == 127)) return false;
        String domain = a.substring(at + 1);
        return domain.contains(".") || domain.equalsIgnoreCase("localhost");
    }

    private static String normalise(String address) {
        String a = address.strip();
        int at = a.lastIndexOf('@');
        return a.substring(0, at) + a.substring(at).toLowerCase(Locale.ROOT);
    }

    private static String subject(MimeMessage msg) {
        String rawSubject = header(msg, "Subject");
        if (rawSubject == null) return null;
        try {
            return EncodedWords.decode(MimeUtility.unfold(rawSubject)).replaceAll("[\\p{Cntrl}]+", " ").strip();
        } catch (RuntimeException e) {
            return rawSubject.replaceAll("[\\p{Cntrl}]+", " ").strip();
        }
    }

    /** The top-level media type with its report-type parameter, for {@link Robots}. */
    private static String reportType(MimeMessage msg) {
        try {
            ContentType ct = new ContentType(msg.getContentType());
            String rt = ct.getParameter("report-type");
            return ct.getBaseType().toLowerCase(Locale.ROOT) + (rt == null ? "" : "; " + rt.toLowerCase(Locale.ROOT));
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isReportType(MimeMessage msg) {
        try {
            ContentType ct = new ContentType(msg.getContentType());
            return ct.match("multipart/report") && "delivery-status".equalsIgnoreCase(ct.getParameter("report-type"));
        } catch (MessagingException | RuntimeException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- body

    private void walk(Part part, Parsed p, int depth) throws MessagingException, IOException {
        walk(part, p, depth, true);
    }

    /**
     * Reads one part. {@code text}: its readable text is wanted (false for the branches of an alternative that were
     * not chosen, whose files and inline images are still kept wherever they sit, e.g. Apple Mail's
     * alternative → related → image).
     */
    private void walk(Part part, Parsed p, int depth, boolean text) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            p.problems.add("MIME parts nested deeper than " + MAX_DEPTH);
            return;
        }
        ContentType type = contentType(part, p);
        p.partTypes.add(type.getBaseType().toLowerCase(Locale.ROOT));
        String disposition = disposition(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition) || fileName(part) != null
                && !type.match("text/plain") && !type.match("text/html");
        if (type.getPrimaryType().equalsIgnoreCase("multipart")) {
            Object content;
            try {
                content = part.getContent();
            } catch (MessagingException | IOException | RuntimeException e) {
                content = null;
            }
            int count = -1;
            if (content instanceof Multipart) {
                try {
                    count = ((Multipart) content).getCount();
                } catch (MessagingException e) {
                    count = -1;
                }
            }
            if (count <= 0) {
                // no boundary found (missing, misspelt): the body is read as one text part
                p.problems.add("multipart without parts");
                if (text) appendText(p.text, unsplit(part, type, p));
                return;
            }
            Multipart mp = (Multipart) content;
            if (type.match("multipart/alternative")) {
                alternative(mp, count, p, depth, text);
                return;
            }
            for (int i = 0; i < count; i++) walk(mp.getBodyPart(i), p, depth + 1, text);
            return;
        }
        if (type.match("message/delivery-status") || type.match("message/global-delivery-status")) {
            p.reportFields = new String(readBytes(part), StandardCharsets.UTF_8);
            return;
        }
        if (type.match("text/rfc822-headers")) {
            InternetHeaders h = new InternetHeaders(new ByteArrayInputStream(readBytes(part)));
            p.originalIds.addAll(ids(h.getHeader("Message-ID", " ")));
            return;
        }
        if (type.match("message/rfc822") && p.reportFields != null) {
            // the original message returned by a bounce: its id ties the report to a ticket; kept as a file too
            byte[] bytes = readBytes(part);
            InternetHeaders h = new InternetHeaders(new ByteArrayInputStream(bytes));
            p.originalIds.addAll(ids(h.getHeader("Message-ID", " ")));
        }
        boolean named = fileName(part) != null;
        if (!attachment && type.match("text/plain")) {
            if (text) appendText(p.text, decode(part, type, p));
            if (!named) return;
        } else if (!attachment && type.match("text/html")) {
            if (text) appendText(p.html, decode(part, type, p));
            if (!named) return;
        }
        // a named inline text part is read as text and kept as the file it is too (as mail clients show it)
        byte[] data = readBytes(part);
        String name = Names.sanitise(fileName(part), type.getBaseType(), p.attachments.size() + 1);
        p.attachments.add(new InboundMail.Attachment(name, type.getBaseType().toLowerCase(Locale.ROOT), data.length, data));
    }

    /**
     * Base64 text is decoded leniently (mail.mime.base64.ignoreerrors: a missing padding or a stray character is
     * forgiven), but a "base64" body with no base64 in it is a broken message: kept as such, with its raw text.
     */
    private static void notBase64(Part part) throws MessagingException, IOException {
        if (!(part instanceof jakarta.mail.internet.MimePart)
                || !"base64".equalsIgnoreCase(String.valueOf(((jakarta.mail.internet.MimePart) part).getEncoding()).strip())) {
            return;
        }
        byte[] raw;
        try (InputStream in = rawStream(part)) {
            raw = in.readNBytes(8192);
        }
        int bad = 0;
        int good = 0;
        for (byte b : raw) {
            if (b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '+' || b == '/') good++;
            else if (b != '=' && b != '\r' && b != '\n' && b != ' ' && b != '\t') bad++;
        }
        if (bad * 10 > good) throw new IOException("the base64 body is not base64");
    }

    /** A multipart whose parts cannot be found: its body as text, quoted-printable decoded when it is that. */
    private static String unsplit(Part part, ContentType type, Parsed p) {
        byte[] bytes;
        try (InputStream in = ((jakarta.mail.internet.MimePart) part).getEncoding() == null
                ? rawStream(part) : MimeUtility.decode(rawStream(part), ((jakarta.mail.internet.MimePart) part).getEncoding())) {
            bytes = in.readAllBytes();
        } catch (MessagingException | IOException | RuntimeException e) {
            return "";
        }
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        if (latin.matches("(?s).*(=[0-9A-F]{2}){2,}.*")) {
            try (InputStream in = MimeUtility.decode(new ByteArrayInputStream(bytes), "quoted-printable")) {
                bytes = in.readAllBytes();
            } catch (MessagingException | IOException e) {
                // keep the bytes as they are
            }
        }
        String cs = type.getParameter("charset") != null ? type.getParameter("charset") : p.bodyCharset;
        return Charsets.decode(bytes, cs).replace("\u0000", "");
    }

    private static InputStream rawStream(Part part) throws MessagingException {
        if (part instanceof MimeMessage) return ((MimeMessage) part).getRawInputStream();
        return ((jakarta.mail.internet.MimeBodyPart) part).getRawInputStream();
    }

    /**
     * multipart/alternative: the plain text part, else the HTML one (turned into text), else the richest other
     * part. The branches not read for text are still walked for their files and inline images.
     */
    private void alternative(Multipart mp, int count, Parsed p, int depth, boolean text) throws MessagingException, IOException {
        int plain = -1;
        int html = -1;
        int other = -1;
        for (int i = 0; i < count; i++) {
            ContentType t = contentType(mp.getBodyPart(i), p);
            if (t.match("text/plain") && plain < 0) plain = i;
            else if (t.match("text/html") && html < 0) html = i;
            else other = i;
        }
        int chosen = -1;
        if (text && plain >= 0) {
            String plainText = decode(mp.getBodyPart(plain), contentType(mp.getBodyPart(plain), p), p);
            if (!plainText.isBlank() || html < 0 && other < 0) {
                appendText(p.text, plainText);
                chosen = plain;
            }
        }
        if (text && chosen < 0 && html >= 0) {
            appendText(p.text, HtmlText.toText(decode(mp.getBodyPart(html), contentType(mp.getBodyPart(html), p), p)));
            chosen = html;
        }
        if (text && chosen < 0 && other >= 0) {
            // e.g. multipart/related holding the HTML and its images: text goes to p.html, turned into text later
            StringBuilder before = new StringBuilder(p.html);
            p.html.setLength(0);
            walk(mp.getBodyPart(other), p, depth + 1, true);
            if (p.html.length() > 0) appendText(p.text, HtmlText.toText(p.html.toString()));
            p.html.setLength(0);
            p.html.append(before);
            chosen = other;
        }
        for (int i = 0; i < count; i++) {
            if (i != chosen) walk(mp.getBodyPart(i), p, depth + 1, false);
        }
    }

    private static void appendText(StringBuilder to, String text) {
        if (text.isBlank()) return;
        if (to.length() > 0) to.append("\n\n");
        to.append(text.strip());
    }

    private static ContentType contentType(Part part, Parsed p) {
        try {
            String ct = part.getContentType();
            return ct == null ? new ContentType("text/plain") : new ContentType(ct);
        } catch (ParseException | RuntimeException e) {
            p.problems.add("bad Content-Type");
            try {
                return new ContentType("application/octet-stream");
            } catch (ParseException never) {
                throw new IllegalStateException(never);
            }
        } catch (MessagingException e) {
            p.problems.add("bad Content-Type");
            try {
                return new ContentType("text/plain");
            } catch (ParseException never) {
                throw new IllegalStateException(never);
            }
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            if (name != null && name.contains("=?")) name = EncodedWords.decode(name);
            return name == null || name.isBlank() ? null : name;
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] readBytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            // a broken transfer encoding: keep what the part holds undecoded rather than nothing
            if (part instanceof jakarta.mail.internet.MimePart) {
                try (InputStream in = ((jakarta.mail.internet.MimeBodyPart) part).getRawInputStream()) {
                    return in.readAllBytes();
                } catch (ClassCastException | MessagingException | IOException ignored) {
                    // fall through
                }
            }
            throw e;
        }
    }

    /**
     * The text of a part in its declared charset, read as a mail client reads it ({@link Charsets}: aliases, vendor
     * supersets, mislabelled UTF-8); no charset: the message's, else UTF-8 when valid, else windows-1252.
     */
    private static String decode(Part part, ContentType type, Parsed p) throws MessagingException, IOException {
        notBase64(part);
        byte[] bytes = readBytes(part);
        String declared = type.getParameter("charset");
        return Charsets.decode(bytes, declared != null ? declared : p.bodyCharset).replace("\u0000", "");
    }

    // ---------------------------------------------------------------- delivery reports

    private static InboundMail.DeliveryReport report(Parsed p) {
        String recipient = null;
        String status = null;
        String diagnostic = null;
        List<String> original = new ArrayList<>(p.originalIds);
        try {
            InternetHeaders all = new InternetHeaders();
            for (String block : p.reportFields.replace("\r\n", "\n").split("\n\n")) {
                if (block.isBlank()) continue;
                InternetHeaders h = new InternetHeaders(new ByteArrayInputStream(
                        (block.strip() + "\n\n").getBytes(StandardCharsets.ISO_8859_1)));
                Enumeration<Header> e = h.getAllHeaders();
                while (e.hasMoreElements()) {
                    Header x = e.nextElement();
                    all.addHeader(x.getName(), x.getValue());
                }
            }
            String finalRecipient = first(all, "Final-Recipient", "Original-Recipient");
            if (finalRecipient != null) {
                String r = finalRecipient.contains(";") ? finalRecipient.substring(finalRecipient.indexOf(';') + 1)
                        : finalRecipient;
                r = r.strip().replaceAll("^<|>$", "");
                if (valid(r)) recipient = normalise(r);
            }
            String s = first(all, "Status");
            if (s != null) {
                Matcher m = Pattern.compile("[245]\\.\\d{1,3}\\.\\d{1,3}").matcher(s);
                if (m.find()) status = m.group();
            }
            diagnostic = first(all, "Diagnostic-Code");
            if (diagnostic != null) diagnostic = diagnostic.replaceAll("\\s+", " ").strip();
            original.addAll(ids(first(all, "X-Original-Message-ID", "Original-Message-ID")));
        } catch (MessagingException | RuntimeException e) {
            // an unreadable report still is a report; its fields stay unknown
        }
        return new InboundMail.DeliveryReport(original, recipient, status, diagnostic);
    }

    private static String first(InternetHeaders h, String... names) {
        for (String n : names) {
            String v = h.getHeader(n, " ");
            if (v != null && !v.isBlank()) return v;
        }
        return null;
    }
}
