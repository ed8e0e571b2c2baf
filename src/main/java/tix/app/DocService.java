package tix.app;

import java.util.ArrayList;
import java.util.List;
import tix.domain.Actor;
import tix.domain.Doc;
import tix.domain.DomainException;
import tix.domain.Right;
import tix.domain.Rules;
import tix.domain.Tags;

/**
 * `tix doc`: the knowledge base. Every agent may write and edit docs (knowledge is written by those who answer);
 * removing one is admin only.
 */
public final class DocService {
    /** How many related docs `show` suggests. */
    public static final int SUGGESTED = 3;

    private final Session session;

    public DocService(Session session) {
        this.session = session;
    }

    /** A new doc: a title, and a body or a URL (or both). */
    public record NewDoc(String title, String body, String url, List<String> tags) {
    }

    /** What `doc edit` changes; null leaves a field as it is ({@code clearUrl} drops the URL). */
    public record Change(String title, String body, String url, boolean clearUrl, List<String> addTags,
                         List<String> removeTags) {
    }

    public Doc add(NewDoc d) {
        String title = Doc.checkTitle(d.title());
        String body = blankToNull(d.body());
        String url = d.url() == null ? null : Doc.checkUrl(d.url());
        Doc.checkContent(body, url);
        List<String> tags = Tags.words(d.tags());
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            long id = tx.docs().insert(new Doc(0, title, body, url, tags, actor.login(), session.now(), session.now()));
            return tx.docs().find(id).orElseThrow();
        });
    }

    public Doc edit(long id, Change c) {
        String title = c.title() == null ? null : Doc.checkTitle(c.title());
        String url = c.url() == null ? null : Doc.checkUrl(c.url());
        if (url != null && c.clearUrl()) throw DomainException.usage("--url and --no-url exclude each other", "give one");
        List<String> add = Tags.words(c.addTags());
        List<String> remove = Tags.words(c.removeTags());
        return session.store().write(tx -> {
            session.actor(tx);
            Doc before = find(tx, id);
            List<String> tags = new ArrayList<>(before.tags());
            tags.removeAll(remove);
            for (String t : add) if (!tags.contains(t)) tags.add(t);
            tags.sort(null);
            String body = c.body() == null ? before.body() : blankToNull(c.body());
            String newUrl = c.clearUrl() ? null : url != null ? url : before.url();
            Doc.checkContent(body, newUrl);
            Doc after = new Doc(id, title == null ? before.title() : title, body, newUrl, tags, before.author(),
                    before.createdAt(), before.updatedAt());
            if (after.equals(before)) return before; // nothing changed: nothing written, the updated time stays
            tx.docs().update(new Doc(id, after.title(), after.body(), after.url(), after.tags(), after.author(),
                    after.createdAt(), session.now()));
            return tx.docs().find(id).orElseThrow();
        });
    }

    public Doc show(long id) {
        return session.store().read(tx -> find(tx, id));
    }

    public List<Doc> list(String tag) {
        String t = tag == null ? null : Tags.word(tag);
        return session.store().read(tx -> tx.docs().list(t));
    }

    /** Words and "quoted phrases", any text (never a syntax error); an empty text finds nothing. */
    public List<Doc> search(String text, int limit) {
        if (limit < 1) throw DomainException.usage("--limit must be at least 1", "e.g. --limit 10");
        return session.store().read(tx -> tx.docs().search(text == null ? "" : text, limit));
    }

    /** Docs whose words match the ticket's title, best first: what `show` suggests answering with. */
    public List<Doc> related(String title) {
        return session.store().read(tx -> related(tx, title));
    }

    static List<Doc> related(Tx tx, String title) {
        List<String> words = List.of(title == null ? new String[0] : title.split("\\s+"));
        return tx.docs().related(words, SUGGESTED);
    }

    /** A reply's text with the doc after it (`reply --doc N`, see {@link Doc#insert}); the doc alone when there is no text. */
    public String withLink(String body, long id) {
        Doc d = show(id);
        return body == null || body.isBlank() ? d.insert() : body.stripTrailing() + "\n\n" + d.insert();
    }

    public Doc remove(long id) {
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            Doc d = find(tx, id);
            tx.docs().delete(id);
            return d;
        });
    }

    static Doc find(Tx tx, long id) {
        return tx.docs().find(id).orElseThrow(() -> DomainException.notFound("doc " + id + " not found",
                "see 'tix doc list' or 'tix doc search WORDS'"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
