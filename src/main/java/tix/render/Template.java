package tix.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tix.app.TicketDetail;
import tix.domain.DomainException;

/**
 * {@code --format TEMPLATE}: one line per ticket, {@code {field}} replaced by the ticket's value (the field names of
 * {@code --json}, plus {@code requester} = the email, {@code requester_name}, {@code sla} = the colour). {@code \t}
 * is a tab, {@code {{} and {@code }}} are braces. Missing values are empty; control characters become spaces.
 */
final class Template {
    static final Set<String> FIELDS = new TreeSet<>(List.of("id", "title", "status", "priority", "priority_name",
            "channel", "queue", "tier", "team", "assignee", "sticky", "requester", "requester_name", "account", "tags",
            "due_at", "status_until", "sla", "unanswered", "created_at", "updated_at", "version", "split_from",
            "merged_into", "follow_up_of", "known_issue"));

    private final List<String> literals;
    private final List<String> fields;

    private Template(List<String> literals, List<String> fields) {
        this.literals = literals;
        this.fields = fields;
    }

    static Template compile(String pattern) {
        List<String> literals = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{' && pattern.startsWith("{{", i)) {
                lit.append('{');
                i += 2;
            } else if (c == '}' && pattern.startsWith("}}", i)) {
                lit.append('}');
                i += 2;
            } else if (c == '\\' && pattern.startsWith("\\t", i)) {
                lit.append('\t');
                i += 2;
            } else if (c == '{') {
                int end = pattern.indexOf('}', i);
                if (end < 0) throw DomainException.usage("unclosed '{' in --format", "e.g. --format '{id} {title}'");
                String name = pattern.substring(i + 1, end).trim();
                if (!FIELDS.contains(name)) {
                    throw DomainException.usage("unknown field '{" + name + "}' in --format",
                            "fields: " + String.join(", ", FIELDS));
                }
                literals.add(lit.toString());
                lit.setLength(0);
                fields.add(name);
                i = end + 1;
            } else {
                lit.append(c);
                i++;
            }
        }
        literals.add(lit.toString());
        return new Template(literals, fields);
    }

    String apply(TicketDetail d) {
        Map<String, Object> view = Views.ticket(d, false);
        StringBuilder sb = new StringBuilder(literals.get(0));
        for (int k = 0; k < fields.size(); k++) {
            sb.append(oneLine(value(view, d, fields.get(k)))).append(literals.get(k + 1));
        }
        return sb.toString();
    }

    private static String value(Map<String, Object> view, TicketDetail d, String field) {
        switch (field) {
            case "requester": return d.requester().email();
            case "requester_name": return d.requester().name();
            case "account": return d.requester().account();
            case "sla": return d.ticket().slaColour();
            default: break;
        }
        Object v = view.get(field);
        if (v instanceof Collection<?>) {
            List<String> parts = new ArrayList<>();
            for (Object o : (Collection<?>) v) parts.add(String.valueOf(o));
            return String.join(",", parts);
        }
        return v == null ? "" : String.valueOf(v);
    }

    private static String oneLine(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < 32 || c == 127 ? ' ' : c);
        }
        return sb.toString();
    }
}
