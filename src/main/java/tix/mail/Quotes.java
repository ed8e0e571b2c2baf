package tix.mail;

import java.util.regex.Pattern;

/**
 * Trims the quoted previous conversation from a reply ("On ... wrote:", "-----Original Message-----", trailing
 * "> " lines), so the ticket shows what the customer wrote now. The raw source keeps everything.
 */
final class Quotes {
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i)^(on\\b.{0,200}\\bwrote:|am\\b.{0,200}\\bschrieb\\b.{0,80}:|le\\b.{0,200}\\ba écrit\\s?:"
            + "|el\\b.{0,200}\\bescribió:|-{2,}\\s*original message\\s*-{2,}|-{2,}\\s*ursprüngliche nachricht\\s*-{2,}"
            + "|_{10,})\\s*$");
    private static final Pattern OUTLOOK_FROM = Pattern.compile("(?i)^(from|von|de):\\s.+");
    private static final Pattern OUTLOOK_NEXT = Pattern.compile("(?i)^(sent|date|gesendet|envoyé|to|an|à|subject|betreff|objet):\\s.*");

    private Quotes() {
        throw new AssertionError();
    }

    static String trim(String text) {
        String[] lines = text.split("\n", -1);
        int cut = lines.length;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            boolean attribution = ATTRIBUTION.matcher(l).matches()
                    || i + 1 < lines.length && ATTRIBUTION.matcher(l + " " + lines[i + 1].strip()).matches()
                    && l.toLowerCase(java.util.Locale.ROOT).startsWith("on ");
            boolean outlook = OUTLOOK_FROM.matcher(l).matches() && i + 1 < lines.length
                    && OUTLOOK_NEXT.matcher(lines[i + 1].strip()).matches() && (i == 0 || lines[i - 1].isBlank());
            if (attribution || outlook) {
                cut = i;
                break;
            }
        }
        int end = cut;
        // trailing quoted lines and blanks
        while (end > 0 && (lines[end - 1].isBlank() || lines[end - 1].startsWith(">"))) end--;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < end; i++) out.append(lines[i]).append('\n');
        String trimmed = out.toString().strip();
        return trimmed.isEmpty() ? text.strip() : trimmed;
    }
}
