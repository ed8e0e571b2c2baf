package tix.domain;

/**
 * Names for files tix writes from what others sent (attachment names come from mail headers): a plain name that
 * cannot leave the folder it is written to, whatever the sender wrote.
 */
public final class FileNames {
    private FileNames() {
        throw new AssertionError();
    }

    /**
     * The last path element of {@code name} (either slash), without control characters or a leading dot, at most 200
     * characters; {@code fallback} when nothing usable is left ("", ".", "..").
     */
    public static String safe(String name, String fallback) {
        String n = name == null ? "" : name;
        int cut = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(cut + 1);
        StringBuilder b = new StringBuilder();
        n.codePoints().filter(c -> !Character.isISOControl(c) && c != ':' && c != '\u0000')
                .forEach(b::appendCodePoint);
        String t = b.toString().strip();
        while (t.startsWith(".")) t = t.substring(1);
        if (t.length() > 200) {
            int dot = t.lastIndexOf('.');
            String ext = dot > 0 && t.length() - dot <= 10 ? t.substring(dot) : "";
            t = t.substring(0, 200 - ext.length()) + ext;
        }
        return t.isBlank() ? fallback : t;
    }
}
