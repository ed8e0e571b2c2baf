package tix.store.sqlite;

import java.util.ArrayList;
import java.util.List;

/** Splits a migration file into statements: on ';' at line end, keeping trigger bodies (BEGIN ... END;) whole. */
final class SqlScript {
    private SqlScript() {
        throw new AssertionError();
    }

    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || (t.isEmpty() && cur.length() == 0)) continue;
            cur.append(line).append('\n');
            String upper = t.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("CREATE TRIGGER")) inTrigger = true;
            boolean ends = inTrigger ? upper.equals("END;") : t.endsWith(";");
            if (ends) {
                out.add(cur.toString().strip());
                cur.setLength(0);
                inTrigger = false;
            }
        }
        if (cur.toString().strip().length() > 0) out.add(cur.toString().strip());
        return out;
    }
}
