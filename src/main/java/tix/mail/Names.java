package tix.mail;

import java.text.Normalizer;
import java.util.Locale;

/** Attachment file names that are safe to store and to write to disk: no paths, no control characters. */
final class Names {
    private static final int MAX = 120;

    private Names() {
        throw new AssertionError();
    }

    static String sanitise(String name, String contentType, int n) {
        String s = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        if (slash >= 0) s = s.substring(slash + 1);
        s = s.replace('\ufffd', '_').replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "").replaceAll("[<>:\"|?*;$`']", "_").strip();
        s = s.replaceAll("^[.\\s]+", "");
        if (s.length() > MAX) {
            int dot = s.lastIndexOf('.');
            String ext = dot > 0 && s.length() - dot <= 10 ? s.substring(dot) : "";
            s = s.substring(0, MAX - ext.length()) + ext;
        }
        if (s.isEmpty()) s = "attachment-" + n + extension(contentType);
        return s;
    }

    private static String extension(String contentType) {
        switch (contentType == null ? "" : contentType.toLowerCase(Locale.ROOT)) {
            case "application/pdf": return ".pdf";
            case "image/png": return ".png";
            case "image/jpeg": return ".jpg";
            case "image/gif": return ".gif";
            case "text/plain": return ".txt";
            case "text/html": return ".html";
            case "message/rfc822": return ".eml";
            default: return ".bin";
        }
    }
}
