package tix.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A requester on a channel without e-mail: {@code twitter:@name}, {@code facebook:Page Name}, {@code appstore:review-id}
 * ... Written NETWORK:NAME; the network is lower case. Answers to a handle are never mailed: a person posts them.
 */
public final class Handles {
    /** Networks and the channel a ticket from them is on when none is given. */
    private static final java.util.Map<String, Channel> NETWORKS = java.util.Map.ofEntries(
            java.util.Map.entry("twitter", Channel.SOCIAL), java.util.Map.entry("x", Channel.SOCIAL),
            java.util.Map.entry("facebook", Channel.SOCIAL), java.util.Map.entry("instagram", Channel.SOCIAL),
            java.util.Map.entry("linkedin", Channel.SOCIAL), java.util.Map.entry("mastodon", Channel.SOCIAL),
            java.util.Map.entry("appstore", Channel.REVIEW), java.util.Map.entry("playstore", Channel.REVIEW),
            java.util.Map.entry("trustpilot", Channel.REVIEW), java.util.Map.entry("whatsapp", Channel.CHAT),
            java.util.Map.entry("chat", Channel.CHAT));
    private static final Pattern HANDLE = Pattern.compile("([A-Za-z][A-Za-z0-9_-]{0,30}):([^\\p{Cntrl}]{1,200})");

    private Handles() {
        throw new AssertionError();
    }

    /** Whether the text is written as a handle of a known network (an e-mail address never is). */
    public static boolean is(String text) {
        if (text == null) return false;
        Matcher m = HANDLE.matcher(text.strip());
        return m.matches() && NETWORKS.containsKey(m.group(1).toLowerCase(Locale.ROOT)) && !m.group(2).isBlank();
    }

    /** The stored form: the network in lower case, the name as written. */
    public static String normalise(String text) {
        Matcher m = HANDLE.matcher(text.strip());
        if (!m.matches() || !is(text)) {
            throw DomainException.usage("bad handle '" + text + "'", "NETWORK:NAME, e.g. twitter:@name; networks: "
                    + String.join(", ", new java.util.TreeSet<>(NETWORKS.keySet())));
        }
        return m.group(1).toLowerCase(Locale.ROOT) + ":" + m.group(2).strip();
    }

    /** The channel of a ticket from this handle, when the creator named none. */
    public static Channel channel(String handle) {
        return NETWORKS.get(handle.substring(0, handle.indexOf(':')).toLowerCase(Locale.ROOT));
    }

    /** Whether mail can be sent to this requester: an address with '@' that is no handle. */
    public static boolean mailable(String address) {
        return address != null && address.indexOf('@') > 0 && !is(address);
    }
}
