package tix.domain;

import java.util.Locale;

/** Where a ticket came from (SPEC §2). */
public enum Channel {
    EMAIL, WEB, PHONE, CHAT, SOCIAL, REVIEW, API, AGENT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wire();
    }

    public static Channel parse(String text) {
        if (text != null) {
            for (Channel c : values()) {
                if (c.wire().equals(text.trim().toLowerCase(Locale.ROOT))) return c;
            }
        }
        throw DomainException.usage("unknown channel '" + text + "'",
                "one of email, web, phone, chat, social, review, api, agent");
    }
}
