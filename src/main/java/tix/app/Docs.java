package tix.app;

import java.util.List;
import java.util.Optional;
import tix.domain.Doc;

/** The knowledge base's store (`tix doc`). */
public interface Docs {
    long insert(Doc doc);

    /** Replaces the title, body, URL, tags and updated time of {@code doc.id()}. */
    void update(Doc doc);

    void delete(long id);

    Optional<Doc> find(long id);

    /** Every doc, or those carrying {@code tag}, newest change first. */
    List<Doc> list(String tag);

    /** Docs matching the words and "quoted phrases" of {@code text}, best first (title above body). */
    List<Doc> search(String text, int limit);

    /** Docs matching any of {@code words} (a ticket's title, say), best first. */
    List<Doc> related(List<String> words, int limit);

}
