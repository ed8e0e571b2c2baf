package tix.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A knowledge-base article (`tix doc`): a title and a body, a URL to an article kept elsewhere, or both, with tags.
 * Replies link it with {@code reply --doc ID}; {@link #link()} is the text they insert.
 */
public record Doc(long id, String title, String body, String url, List<String> tags, String author, Instant createdAt,
                  Instant updatedAt) {
    public Doc {
        tags = List.copyOf(tags);
    }

    /** The title and where to read it (the URL, else the doc's number): how lists and suggestions name it. */
    public String link() {
        return title + ": " + (url != null ? url : "knowledge base doc " + id);
    }

    /**
     * What {@code reply --doc} puts in an answer: the title and the URL; a doc kept only here has no address the
     * customer could open, so its title and whole body go in instead.
     */
    public String insert() {
        return url != null || body == null || body.isBlank() ? link() : title + "\n\n" + body.strip();
    }

    /** A title: not blank, one line, at most 200 characters. */
    public static String checkTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 200 || t.contains("\n") || t.contains("\r")) {
            throw DomainException.usage("bad doc title", "one line of 1-200 characters, e.g. --title \"Resetting a password\"");
        }
        return t;
    }

    /** A URL: absolute http or https. */
    public static String checkUrl(String url) {
        String u = url == null ? "" : url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return u;
        } catch (URISyntaxException e) {
            // refused below
        }
        throw DomainException.usage("bad doc URL '" + url + "'", "an http or https address, e.g. https://docs.example.com/reset");
    }

    /** A doc needs something to read: a body or a URL. */
    public static void checkContent(String body, String url) {
        if ((body == null || body.isBlank()) && (url == null || url.isBlank())) {
            throw DomainException.usage("the doc has neither a body nor a URL", "give --body TEXT, --body-file F or --url URL");
        }
    }
}
