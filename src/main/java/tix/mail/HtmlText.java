package tix.mail;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML mail as readable text: block elements become line breaks, links keep their target, entities decoded. */
final class HtmlText {
    private static final Pattern DROP = Pattern.compile("(?is)<(script|style|head|title)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern LINK = Pattern.compile("(?is)<a\\b[^>]*?href\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a\\s*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</?(p|div|tr|table|h[1-6]|ul|ol|blockquote|pre|hr)\\b[^>]*>");
    private static final Pattern ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
    private static final Pattern CELL = Pattern.compile("(?i)</t[dh]\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("euro", "€"), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("hellip", "…"),
            Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("auml", "ä"), Map.entry("ouml", "ö"), Map.entry("uuml", "ü"), Map.entry("szlig", "ß"),
            Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("agrave", "à"), Map.entry("ccedil", "ç"),
            Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"));

    private HtmlText() {
        throw new AssertionError();
    }

    static String toText(String html) {
        String s = DROP.matcher(html).replaceAll("");
        Matcher links = LINK.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (links.find()) {
            String target = links.group(1).strip();
            String label = TAG.matcher(links.group(2)).replaceAll("").strip();
            String text = label.isEmpty() || label.equals(target) || target.startsWith("mailto:") || target.isEmpty()
                    ? label : label + " (" + target + ")";
            links.appendReplacement(sb, Matcher.quoteReplacement(text));
        }
        links.appendTail(sb);
        s = sb.toString().replaceAll("[\\r\\n\\t]+", " ");
        s = BREAK.matcher(s).replaceAll("\n");
        s = ITEM.matcher(s).replaceAll("\n- ");
        s = CELL.matcher(s).replaceAll(" ");
        s = TAG.matcher(s).replaceAll("");
        s = entities(s);
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n", -1)) out.append(line.replaceAll("[ \\u00a0]+", " ").strip()).append('\n');
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String entities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            try {
                if (e.startsWith("#x") || e.startsWith("#X")) r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
                else if (e.startsWith("#")) r = new String(Character.toChars(Integer.parseInt(e.substring(1))));
                else r = NAMED.getOrDefault(e.toLowerCase(Locale.ROOT).equals(e) ? e : e, m.group());
            } catch (IllegalArgumentException bad) {
                r = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
