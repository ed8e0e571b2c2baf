package tix.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte sizes as people write them: {@code 10MB}, {@code 512KB}, {@code 1.5GB}, {@code 2000} (bytes); 1KB = 1024 B. */
public final class Sizes {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|kb?|mb?|gb?|kib|mib|gib)?");

    private Sizes() {
        throw new AssertionError();
    }

    public static long parse(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw DomainException.usage("bad size '" + text + "'", "e.g. 10MB, 512KB or a number of bytes");
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        long factor = switch (unit.charAt(0)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        double bytes = n * factor;
        if (bytes < 1 || bytes > Long.MAX_VALUE / 2) {
            throw DomainException.usage("bad size '" + text + "'", "a positive size such as 10MB");
        }
        return (long) bytes;
    }

    /** The canonical text: whole MB or KB where exact, else bytes. */
    public static String format(long bytes) {
        if (bytes >= 1024L * 1024 && bytes % (1024L * 1024) == 0) return bytes / (1024L * 1024) + "MB";
        if (bytes >= 1024 && bytes % 1024 == 0) return bytes / 1024 + "KB";
        return bytes + " bytes";
    }
}
