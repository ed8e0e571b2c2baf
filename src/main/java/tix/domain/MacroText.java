package tix.domain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a macro's placeholders: {@code {name}} (the requester's name, else their email), {@code {email}},
 * {@code {id}}, {@code {title}}, {@code {agent}} (the replying agent's name, else login). Any other text in braces
 * stays as written.
 */
public final class MacroText {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(name|email|id|title|agent)\\}");

    private MacroText() {
        throw new AssertionError();
    }

    public static String expand(String body, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
