package tix.domain;

import java.util.Locale;

/** The SLA colours of SPEC §4 (stored and shown as their wire words). */
public enum SlaColour {
    GREEN, YELLOW, RED, NONE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wire();
    }

    public static SlaColour parse(String text) {
        if (text != null) {
            for (SlaColour c : values()) if (c.wire().equals(text.strip().toLowerCase(Locale.ROOT))) return c;
        }
        throw DomainException.usage("unknown SLA colour '" + text + "'", "green, yellow, red or none");
    }
}
