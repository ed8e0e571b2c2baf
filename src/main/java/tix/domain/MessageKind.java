package tix.domain;

import java.util.Locale;

/** customer = from the requester, reply = public answer, note = internal, system = written by tix. */
public enum MessageKind {
    CUSTOMER, REPLY, NOTE, SYSTEM;

    /** The stored word, computed once (import and the SLA clock ask for it millions of times). */
    private final String wire = name().toLowerCase(Locale.ROOT);

    public String wire() {
        return wire;
    }

    /** Notes and system messages never leave the system. */
    public boolean isPublic() {
        return this == CUSTOMER || this == REPLY;
    }

    @Override
    public String toString() {
        return wire();
    }

    public static MessageKind parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
