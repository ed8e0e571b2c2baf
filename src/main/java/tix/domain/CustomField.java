package tix.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A custom ticket field the desk defines (`tix field add NAME --type T`): its name, its type and, for a choice, the
 * values it allows. Values are stored as canonical text ({@link #canonical}): {@code true}/{@code false}, a plain
 * decimal number, a {@code YYYY-MM-DD} date, a choice in its defined spelling, or the text itself.
 */
public record CustomField(String name, Type type, List<String> choices) {
    /** The types a field can have, by their wire words. */
    public enum Type {
        BOOL, TEXT, NUMBER, DATE, CHOICE;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Type parse(String s) {
            for (Type t : values()) if (t.wire().equalsIgnoreCase(s == null ? "" : s.strip())) return t;
            throw DomainException.usage("unknown field type '" + s + "'", "bool, text, number, date or choice");
        }
    }

    /** Names a custom field may not take: the ticket's own fields, so `list --field` and exports never mix them up. */
    public static final Set<String> RESERVED = Set.of("id", "title", "status", "priority", "channel", "queue", "tier",
            "team", "assignee", "sticky", "requester", "requester_name", "account", "tags", "due_at", "status_until",
            "sla", "created_at", "updated_at", "version", "split_from", "merged_into", "follow_up_of", "known_issue",
            "fields", "messages", "events", "watchers");

    public CustomField {
        name = checkName(name);
        java.util.Objects.requireNonNull(type, "type");
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (type == Type.CHOICE && choices.isEmpty()) {
            throw DomainException.usage("a choice field needs its values", "--choices a,b,c");
        }
        if (type != Type.CHOICE && !choices.isEmpty()) {
            throw DomainException.usage("--choices is for --type choice only", "drop --choices or use --type choice");
        }
    }

    /** A field name: a lowercase letter, then lowercase letters, digits, '_' or '-' (at most 40). */
    public static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (!n.matches("[a-z][a-z0-9_-]{0,39}")) {
            throw DomainException.usage("bad field name '" + name + "'",
                    "a lowercase letter, then letters, digits, '_' or '-' (at most 40)");
        }
        if (RESERVED.contains(n)) throw DomainException.usage("'" + n + "' is a ticket field already", "choose another name");
        return n;
    }

    /** Parses `a,b,c` into distinct, trimmed choices (case-insensitively distinct). */
    public static List<String> parseChoices(String text) {
        if (text == null) return List.of();
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String c : text.split(",")) {
            String v = c.strip();
            if (v.isEmpty()) continue;
            if (seen.add(v.toLowerCase(Locale.ROOT))) out.add(v);
        }
        if (out.isEmpty()) throw DomainException.usage("no values in --choices '" + text + "'", "--choices a,b,c");
        return out;
    }

    /** The canonical text of a value for this field; a value of the wrong type is a usage error (exit 2). */
    public String canonical(String raw) {
        String v = raw == null ? "" : raw.strip();
        switch (type) {
            case BOOL:
                switch (v.toLowerCase(Locale.ROOT)) {
                    case "true": case "yes": case "on": case "1": return "true";
                    case "false": case "no": case "off": case "0": return "false";
                    default: throw wrong(raw, "true or false");
                }
            case NUMBER:
                try {
                    BigDecimal d = new BigDecimal(v);
                    if (d.abs().compareTo(new BigDecimal("1e15")) >= 0) throw wrong(raw, "a number below 10^15");
                    String s = d.stripTrailingZeros().toPlainString();
                    return s.equals("-0") ? "0" : s;
                } catch (NumberFormatException e) {
                    throw wrong(raw, "a number like 42 or 3.5");
                }
            case DATE:
                try {
                    return LocalDate.parse(v).toString();
                } catch (DateTimeParseException e) {
                    throw wrong(raw, "a date YYYY-MM-DD");
                }
            case CHOICE:
                for (String c : choices) if (c.equalsIgnoreCase(v)) return c;
                throw wrong(raw, "one of " + String.join(", ", choices));
            default:
                if (v.isEmpty()) throw wrong(raw, "some text (use --unset " + name + " to clear it)");
                if (v.length() > 1000) throw wrong(raw.substring(0, 20) + "…", "at most 1000 characters");
                return v;
        }
    }

    private DomainException wrong(String raw, String hint) {
        return DomainException.usage("bad value '" + raw + "' for " + type.wire() + " field " + name, hint);
    }
}
