package tix.domain;

import java.util.Locale;

/** The checks for names an admin gives to desk objects (queues, teams, tiers, macros) and queue policy words. */
public final class Names {
    private Names() {
        throw new AssertionError();
    }

    /** A name of a queue, team, tier or macro: letters, digits, '.', '_', '-', 1-64 characters. */
    public static String check(String what, String name) {
        String n = name == null ? "" : name.strip();
        if (!n.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}")) {
            throw DomainException.usage("bad " + what + " name '" + name + "'", "letters, digits, . _ - (at most 64)");
        }
        return n;
    }

    /**
     * A queue's name: like {@link #check} but a department may be named as the desk says it ("Paid Support"):
     * single spaces between words are kept, runs of white space become one.
     */
    public static String queue(String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (!n.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._ -]{0,63}")) {
            throw DomainException.usage("bad queue name '" + name + "'", "letters, digits, spaces, . _ - (at most 64)");
        }
        return n;
    }

    /** An email address of the desk (queue, agent), kept as typed but with a lower-case domain: {@link #address(String, String, String)}. */
    public static String address(String address) {
        return address(address, "address", "support@example.com");
    }

    /**
     * The one address check: local@domain with one '@', no spaces, control or invisible formatting characters (a
     * right-to-left override would make a log lie about who wrote), angle brackets, commas, semicolons or quotes (a
     * list or a display name is no address), and within RFC 5321's lengths (local part 64, domain 253, whole 254);
     * kept as typed but with a lower-case domain.
     * {@code what} names it in the refusal ("bad requester address ..."), {@code example} is the hint's example.
     */
    public static String address(String address, String what, String example) {
        String a = address == null ? "" : address.strip();
        if (!isAddress(a)) throw DomainException.usage("bad " + what + " '" + address + "'", "an email like " + example);
        int at = a.lastIndexOf('@');
        return a.substring(0, at) + "@" + a.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code a} passes {@link #address(String, String, String)}'s check as it stands (no stripping). */
    public static boolean isAddress(String a) {
        int at = a == null ? -1 : a.lastIndexOf('@');
        return at > 0 && at < a.length() - 1 && at <= 64 && a.length() - at - 1 <= 253 && a.length() <= 254
                && a.matches("[^\\s<>@,;\"\\p{Cntrl}\\p{Cf}]+@[^\\s<>@,;\"\\p{Cntrl}\\p{Cf}]+");
    }

    /**
     * A queue's follow-up policy for customer mail on closed tickets (SPEC §3): {@code new}, {@code reopen N}
     * (also written reopen:N or reopen=N) or {@code reject}. Returns the stored form: "new", "reopen N", "reject".
     */
    public static String followUp(String policy) {
        String p = policy == null ? "" : policy.strip().toLowerCase(Locale.ROOT);
        if (p.equals("new") || p.equals("reject")) return p;
        if (p.startsWith("reopen")) {
            String n = p.substring("reopen".length()).replaceFirst("^[\\s:=]+", "");
            try {
                int days = Integer.parseInt(n);
                if (days >= 0 && days <= 36500) return "reopen " + days;
            } catch (NumberFormatException ignored) {
                // fall through to the refusal
            }
        }
        throw DomainException.usage("bad follow-up policy '" + policy + "'", "new, 'reopen N' (days) or reject");
    }

    /** Days after resolution before a ticket closes: 0 at once, -1 never (SPEC §1.3). */
    public static int autoCloseDays(int days) {
        if (days < -1 || days > 36500) {
            throw DomainException.usage("bad auto-close days " + days, "0 = at once, -1 = never, else a number of days");
        }
        return days;
    }
}
