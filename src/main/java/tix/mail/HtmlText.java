package tix.mail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML mail as the text a person reads: paragraphs and headings become blank-line separated blocks, line breaks
 * stay, lists become "- item" or "1. item" lines (nested lists indented), links keep their target as
 * "label (https://...)", blockquotes become "> " quoted lines, preformatted text keeps its lines, table cells are
 * separated by spaces, images show their alt text, and every entity is decoded (named HTML 4 / common HTML5
 * entities, decimal and hex). Scripts, styles, the head and comments are dropped.
 */
final class HtmlText {
    private static final Pattern DROP = Pattern.compile("(?is)<(script|style|head|title|xml)\\b.*?</\\1\\s*>|<!--.*?-->|<!\\[CDATA\\[.*?]]>|<![^>]*>|<\\?[^>]*>");
    private static final Pattern TOKEN = Pattern.compile("(?s)<(/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>|([^<]+)|<");
    private static final Pattern HREF = Pattern.compile("(?is)\\bhref\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    private static final Pattern ALT = Pattern.compile("(?is)\\balt\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[a-zA-Z][a-zA-Z0-9]{1,31};)");
    private static final Pattern HTML_SNIFF = Pattern.compile("(?is)^\\s*(<!doctype html|<html|<body|<p>|<div|<table|<br\\s*/?>).*");
    private static final Map<String, Integer> NAMED = new HashMap<>();

    static {
        String[] latin1 = ("nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn "
                + "sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc "
                + "Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute "
                + "Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml "
                + "aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde "
                + "ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml").split(" ");
        for (int i = 0; i < latin1.length; i++) NAMED.put(latin1[i], 160 + i);
        Object[] more = {"amp", 38, "lt", 60, "gt", 62, "quot", 34, "apos", 39, "OElig", 338, "oelig", 339, "Scaron", 352,
            "scaron", 353, "Yuml", 376, "fnof", 402, "circ", 710, "tilde", 732, "ensp", 8194, "emsp", 8195, "thinsp", 8201,
            "zwnj", 8204, "zwj", 8205, "lrm", 8206, "rlm", 8207, "ndash", 8211, "mdash", 8212, "lsquo", 8216, "rsquo", 8217,
            "sbquo", 8218, "ldquo", 8220, "rdquo", 8221, "bdquo", 8222, "dagger", 8224, "Dagger", 8225, "bull", 8226,
            "hellip", 8230, "permil", 8240, "prime", 8242, "Prime", 8243, "lsaquo", 8249, "rsaquo", 8250, "oline", 8254,
            "euro", 8364, "trade", 8482, "larr", 8592, "uarr", 8593, "rarr", 8594, "darr", 8595, "harr", 8596,
            "rArr", 8658, "lArr", 8656, "hArr", 8660, "minus", 8722, "le", 8804, "ge", 8805, "ne", 8800, "asymp", 8776,
            "infin", 8734, "sum", 8721, "prod", 8719, "radic", 8730, "loz", 9674, "spades", 9824, "clubs", 9827,
            "hearts", 9829, "diams", 9830, "Alpha", 913, "Beta", 914, "Gamma", 915, "Delta", 916, "Omega", 937,
            "alpha", 945, "beta", 946, "gamma", 947, "delta", 948, "epsilon", 949, "lambda", 955, "mu", 956, "pi", 960,
            "sigma", 963, "tau", 964, "phi", 966, "omega", 969, "deg", 176, "nbhy", 8209, "shy", 173, "Tab", 9,
            "NewLine", 10, "excl", 33, "num", 35, "dollar", 36, "percnt", 37, "lpar", 40, "rpar", 41, "ast", 42,
            "plus", 43, "comma", 44, "period", 46, "sol", 47, "colon", 58, "semi", 59, "equals", 61, "quest", 63,
            "commat", 64, "lsqb", 91, "bsol", 92, "rsqb", 93, "lowbar", 95, "grave", 96, "lcub", 123, "verbar", 124,
            "rcub", 125, "check", 10003, "star", 9734, "starf", 9733, "hyphen", 8208, "dash", 8208, "horbar", 8213};
        for (int i = 0; i < more.length; i += 2) NAMED.put((String) more[i], (Integer) more[i + 1]);
    }

    private HtmlText() {
        throw new AssertionError();
    }

    /** A text/plain body that is really HTML (no Content-Type, a document or block tags at the start). */
    static boolean looksLikeHtml(String text) {
        return text != null && HTML_SNIFF.matcher(text).matches() && text.contains("</");
    }

    static String toText(String html) {
        return new Writer().run(DROP.matcher(html).replaceAll(""));
    }

    /** Walks the tags once, writing lines with the current quote prefix. */
    private static final class Writer {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private final Deque<int[]> lists = new ArrayDeque<>(); // {ordered?1:0, counter}
        private final Deque<String[]> links = new ArrayDeque<>(); // {href, position in line at open}
        private int quote;
        private int pre;
        private int blank = 2; // pending blank lines at the start: none needed

        String run(String html) {
            Matcher m = TOKEN.matcher(html);
            while (m.find()) {
                if (m.group(4) != null) {
                    text(entities(m.group(4)));
                } else if (m.group(2) != null) {
                    tag(m.group(1).equals("/"), m.group(2).toLowerCase(Locale.ROOT), m.group(3));
                } else {
                    text("<");
                }
            }
            endLine();
            return out.toString().replaceAll("\n{3,}", "\n\n").strip();
        }

        private void text(String s) {
            if (pre > 0) {
                String[] parts = s.replace("\r\n", "\n").split("\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) endLine();
                    line.append(parts[i].replace('\u00a0', ' '));
                }
                return;
            }
            String t = s.replaceAll("[\\s\\u00a0]+", " ");
            if (line.length() == 0 || line.charAt(line.length() - 1) == ' ') t = t.stripLeading();
            line.append(t);
        }

        private void tag(boolean close, String name, String attrs) {
            switch (name) {
                case "br":
                    if (line.length() == 0 && pre == 0) blankLine();
                    else endLine();
                    break;
                case "p": case "div": case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "table":
                case "section": case "article": case "header": case "footer": case "address": case "center":
                case "dl": case "form": case "fieldset":
                    paragraph();
                    break;
                case "tr": case "dt": case "dd": case "caption":
                    endLine();
                    break;
                case "td": case "th":
                    if (close) line.append(' ');
                    break;
                case "hr":
                    paragraph();
                    line.append("---");
                    paragraph();
                    break;
                case "pre":
                    paragraph();
                    pre = Math.max(0, pre + (close ? -1 : 1));
                    break;
                case "blockquote":
                    endLine();
                    if (close && quote > 0 && blank == 1 && out.toString().endsWith(">".repeat(quote) + "\n")) {
                        // the quote's own closing blank line: the blank after the quote replaces it
                        out.setLength(out.length() - quote - 1);
                        blank = 0;
                    }
                    if (close) quote = Math.max(0, quote - 1);
                    blankLine();
                    if (!close) quote++;
                    break;
                case "ul": case "ol":
                    if (lists.isEmpty()) paragraph();
                    else endLine();
                    if (close) {
                        if (!lists.isEmpty()) lists.pop();
                    } else {
                        lists.push(new int[] {name.equals("ol") ? 1 : 0, 0});
                    }
                    break;
                case "li":
                    endLine();
                    if (!close) {
                        int[] list = lists.isEmpty() ? new int[] {0, 0} : lists.peek();
                        list[1]++;
                        line.append("  ".repeat(Math.max(0, lists.size() - 1)))
                                .append(list[0] == 1 ? list[1] + ". " : "- ");
                    }
                    break;
                case "a":
                    if (!close) {
                        Matcher h = HREF.matcher(attrs);
                        String href = h.find() ? entities(first(h.group(2), h.group(3), h.group(4))).strip() : "";
                        links.push(new String[] {href, String.valueOf(line.length())});
                    } else if (!links.isEmpty()) {
                        String[] link = links.pop();
                        int at = Math.min(Integer.parseInt(link[1]), line.length());
                        String label = line.substring(at).strip();
                        String href = link[0];
                        if (!href.isEmpty() && !href.startsWith("mailto:") && !href.startsWith("#")
                                && !href.startsWith("javascript:") && !label.equals(href) && !label.isEmpty()
                                && !href.equals("http://" + label) && !href.equals("https://" + label)) {
                            line.append(" (").append(href).append(')');
                        } else if (label.isEmpty() && !href.isEmpty() && !href.startsWith("#")) {
                            line.append(href.startsWith("mailto:") ? href.substring(7) : href);
                        }
                    }
                    break;
                case "img":
                    Matcher alt = ALT.matcher(attrs);
                    if (alt.find()) {
                        String a = entities(first(alt.group(2), alt.group(3))).strip();
                        if (!a.isEmpty()) text("[" + a + "]");
                    }
                    break;
                default:
                    break;
            }
        }

        private static String first(String... s) {
            for (String x : s) if (x != null) return x;
            return "";
        }

        private void endLine() {
            String l = pre > 0 ? stripEnd(line.toString()) : line.toString().strip();
            line.setLength(0);
            if (l.isEmpty()) {
                if (pre > 0) blankLine();
                return;
            }
            out.append(quote > 0 ? "> ".repeat(quote) : "").append(l).append('\n');
            blank = 0;
        }

        private void paragraph() {
            endLine();
            blankLine();
        }

        /** One empty line (quoted inside a blockquote), never two in a row. */
        private void blankLine() {
            if (blank == 0) {
                out.append(quote > 0 ? ">".repeat(quote) : "").append('\n');
                blank = 1;
            }
        }

        private static String stripEnd(String s) {
            int e = s.length();
            while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) e--;
            return s.substring(0, e);
        }
    }

    static String entities(String s) {
        if (s.indexOf('&') < 0) return s;
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1).endsWith(";") ? m.group(1).substring(0, m.group(1).length() - 1) : m.group(1);
            String r = m.group();
            try {
                int cp = -1;
                if (e.startsWith("#x") || e.startsWith("#X")) cp = Integer.parseInt(e.substring(2), 16);
                else if (e.startsWith("#")) cp = Integer.parseInt(e.substring(1));
                else if (NAMED.containsKey(e)) cp = NAMED.get(e);
                else if (NAMED.containsKey(e.toLowerCase(Locale.ROOT))) cp = NAMED.get(e.toLowerCase(Locale.ROOT));
                if (cp >= 0x80 && cp < 0xa0) cp = new String(new byte[] {(byte) cp}, Charsets.WINDOWS_1252).charAt(0);
                if (cp == 0 || cp > 0x10ffff || cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
                if (cp >= 0) r = new String(Character.toChars(cp));
            } catch (IllegalArgumentException bad) {
                r = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
