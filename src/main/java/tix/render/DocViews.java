package tix.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tix.domain.Doc;

/** JSON/CSV/table shapes of `tix doc`. */
public final class DocViews {
    private DocViews() {
        throw new AssertionError();
    }

    public static final List<String> COLUMNS = List.of("id", "title", "url", "tags", "updated_at");

    /** {@code {id, title, body, url, tags, author, created_at, updated_at}}. */
    public static Map<String, Object> doc(Doc d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("body", d.body());
        m.put("url", d.url());
        m.put("tags", d.tags());
        m.put("author", d.author());
        m.put("created_at", Views.time(d.createdAt()));
        m.put("updated_at", Views.time(d.updatedAt()));
        return m;
    }

    public static List<Map<String, Object>> docs(List<Doc> list) {
        return list.stream().map(DocViews::doc).toList();
    }
}
