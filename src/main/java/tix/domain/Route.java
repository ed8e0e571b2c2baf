package tix.domain;

import java.util.List;
import java.util.Locale;

/**
 * A routing rule (SPEC §1 workflow 1, §5 `route`): when a new ticket's {@link Facts} match {@code field = value},
 * it goes to {@code queue}, {@code team}, gets {@code priority} and {@code tag} (each optional, at least one set).
 * Rules are tried by {@code position}; every matching rule adds its action ({@link Routing}).
 */
public record Route(long id, int position, Field field, String value, String queue, String team, Integer priority,
                    String tag) {

    /** What a rule can look at. The wire name is the lower-case name, as typed in `tix route add FIELD VALUE`. */
    public enum Field {
        /** The ticket's channel (email, web, phone ...). */
        CHANNEL,
        /** An address the mail was sent to (case-insensitive). */
        TO,
        /** The requester's email address (case-insensitive). */
        REQUESTER,
        /** The requester's email domain or a parent of it: example.com matches a@eu.example.com. */
        DOMAIN,
        /** The requester's account name. */
        ACCOUNT,
        /** The account's plan. */
        PLAN,
        /** The account's status: paid, trial, community, potential, vip. */
        ACCOUNT_STATUS,
        /** A case-insensitive substring of the title. */
        TITLE;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return wire();
        }

        public static Field parse(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
            for (Field f : values()) {
                if (f.wire().equals(t)) return f;
            }
            throw DomainException.usage("unknown route field '" + text + "'",
                    "one of channel, to, requester, domain, account, plan, account_status, title");
        }

        /** The value in its stored form, or a usage error when it cannot match anything of this field. */
        public String check(String value) {
            String v = value == null ? "" : value.strip();
            if (v.isEmpty()) throw DomainException.usage("a route needs a value to match", "e.g. tix route add domain example.com --queue vip");
            switch (this) {
                case CHANNEL:
                    return Channel.parse(v).wire();
                case TO:
                case REQUESTER:
                    return Names.address(v).toLowerCase(Locale.ROOT);
                case DOMAIN: {
                    String d = v.toLowerCase(Locale.ROOT);
                    if (d.startsWith("@")) d = d.substring(1);
                    if (!d.matches("[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)*")) {
                        throw DomainException.usage("bad domain '" + value + "'", "a domain like example.com");
                    }
                    return d;
                }
                case ACCOUNT_STATUS: {
                    String s = v.toLowerCase(Locale.ROOT);
                    if (!Account.STATUSES.contains(s)) {
                        throw DomainException.usage("unknown account status '" + value + "'", "one of " + String.join(", ", Account.STATUSES));
                    }
                    return s;
                }
                default:
                    if (v.chars().anyMatch(c -> c < 32)) {
                        throw DomainException.usage("bad " + wire() + " value '" + value + "'", "one line of text");
                    }
                    return v;
            }
        }
    }

    /**
     * What is known about a new ticket when it is routed. {@code to}: the addresses the mail was sent to (empty for
     * tickets not made from mail). Account, plan and status are null for a requester without an account.
     */
    public record Facts(Channel channel, List<String> to, String requester, String account, String plan,
                        String accountStatus, String title) {
        public Facts {
            to = to == null ? List.of() : List.copyOf(to);
        }
    }

    public Route {
        if (queue == null && team == null && priority == null && tag == null) {
            throw DomainException.usage("a route needs something to do", "--queue Q, --team T, --priority P or --tag TAG");
        }
    }

    public boolean matches(Facts f) {
        switch (field) {
            case CHANNEL:
                return f.channel() != null && f.channel().wire().equalsIgnoreCase(value);
            case TO:
                return f.to().stream().anyMatch(value::equalsIgnoreCase);
            case REQUESTER:
                return value.equalsIgnoreCase(f.requester());
            case DOMAIN: {
                if (f.requester() == null) return false;
                String r = f.requester().toLowerCase(Locale.ROOT);
                String d = r.substring(r.lastIndexOf('@') + 1);
                String v = value.toLowerCase(Locale.ROOT);
                return d.equals(v) || d.endsWith("." + v);
            }
            case ACCOUNT:
                return value.equalsIgnoreCase(f.account());
            case PLAN:
                return value.equalsIgnoreCase(f.plan());
            case ACCOUNT_STATUS:
                return value.equalsIgnoreCase(f.accountStatus());
            case TITLE:
                return f.title() != null && f.title().toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
            default:
                throw new AssertionError(field);
        }
    }

    /** The first rule (in list order, which is position order) that matches, or null. */
    public static Route first(List<Route> routes, Facts f) {
        for (Route r : routes) {
            if (r.matches(f)) return r;
        }
        return null;
    }

    /** The history text of a routed ticket, e.g. {@code #3 account_status=trial}. */
    public String describe() {
        return "#" + id + " " + field.wire() + "=" + value;
    }
}
