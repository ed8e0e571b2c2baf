package tix.domain;

import java.util.Locale;

public enum Role {
    AGENT, ADMIN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wire();
    }

    public static Role parse(String text) {
        if ("agent".equalsIgnoreCase(text)) return AGENT;
        if ("admin".equalsIgnoreCase(text)) return ADMIN;
        throw DomainException.usage("unknown role '" + text + "'", "agent or admin");
    }
}
