package tix.app;

import tix.domain.DomainException;

/** Requester addresses as typed on the command line. */
final class Contacts {
    private Contacts() {
        throw new AssertionError();
    }

    /** An email address (local@domain, no spaces or angle brackets), lower-cased domain. */
    static String checkAddress(String address) {
        String a = address == null ? "" : address.strip();
        int at = a.lastIndexOf('@');
        if (at <= 0 || at == a.length() - 1 || a.chars().anyMatch(c -> Character.isWhitespace(c) || c == '<'
                || c == '>' || c == ',' || c == '"' || c < 32)) {
            throw DomainException.usage("bad requester address '" + address + "'", "an email like ana@example.com");
        }
        return a.substring(0, at) + a.substring(at).toLowerCase(java.util.Locale.ROOT);
    }
}
