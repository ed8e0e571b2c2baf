package tix.mail;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import tix.domain.DomainException;

/**
 * A mail server address: {@code imap://user@host:port/FOLDER} (imaps, pop3, pop3s) or {@code smtp://user@host:port}
 * (smtps). A password in the URL is refused: it comes from TIX_MAIL_PASSWORD or the config file.
 */
record MailUrl(String protocol, String user, String host, int port, String folder) {
    static MailUrl parse(String url, boolean sending) {
        URI u;
        try {
            u = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw bad(url, sending);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        boolean ok = sending ? scheme.equals("smtp") || scheme.equals("smtps")
                : scheme.equals("imap") || scheme.equals("imaps") || scheme.equals("pop3") || scheme.equals("pop3s");
        if (!ok || u.getHost() == null) throw bad(url, sending);
        String userInfo = u.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw DomainException.usage("the mail URL must not hold a password",
                    "set TIX_MAIL_PASSWORD or mail.password in the config file");
        }
        String user = userInfo == null ? null : URLDecoder.decode(userInfo, StandardCharsets.UTF_8);
        String path = u.getPath() == null ? "" : u.getPath().replaceAll("^/+", "");
        String folder = path.isEmpty() ? "INBOX" : URLDecoder.decode(path, StandardCharsets.UTF_8);
        return new MailUrl(scheme, user, u.getHost(), u.getPort(), folder);
    }

    private static DomainException bad(String url, boolean sending) {
        return DomainException.usage("bad mail URL '" + url + "'", sending ? "smtp://user@host:port or smtps://..."
                : "imap://, imaps://, pop3:// or pop3s://user@host:port/FOLDER");
    }

    boolean secure() {
        return protocol.endsWith("s");
    }

    /** The URL as shown and stored: no password ever. */
    @Override
    public String toString() {
        return protocol + "://" + (user == null ? "" : user + "@") + host + (port > 0 ? ":" + port : "")
                + (protocol.startsWith("smtp") ? "" : "/" + folder);
    }
}
