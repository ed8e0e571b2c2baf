package tix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package arrows of STYLE.md, checked on the sources: every import and every fully qualified name in code
 * (comments and string literals are skipped) of each package is matched against what that package may not use.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");

    /** A reference in code: an import, or a qualified name such as java.sql.Connection or tix.store.sqlite.X. */
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])((?:java|javax|jakarta|picocli|com|org|tix)\\.[a-z][\\w]*(?:\\.[a-z][\\w]*)*)\\.[A-Za-z_]");

    @Test
    void domainUsesOnlyTheJavaBaseLibrary() throws IOException {
        assertRule("tix.domain", ref -> !(ref.startsWith("java.") || ref.startsWith("tix.domain"))
                || ref.startsWith("java.sql") || ref.startsWith("java.net.http") || ref.startsWith("java.awt"));
    }

    @Test
    void appHasNoSqlNoStoreNoRenderingAndNoCli() throws IOException {
        assertRule("tix.app", ref -> startsWithAny(ref, "java.sql", "javax.sql", "tix.store", "tix.render", "tix.cli",
                "tix.mail", "picocli", "com.fasterxml.jackson", "org.apache.commons.csv", "jakarta", "org.sqlite"));
    }

    @Test
    void renderNeverReachesTheStoreOrTheCli() throws IOException {
        assertRule("tix.render", ref -> startsWithAny(ref, "tix.store", "tix.cli", "picocli", "java.sql", "org.sqlite"));
    }

    @Test
    void storeNeverReachesTheCliOrRendering() throws IOException {
        assertRule("tix.store", ref -> startsWithAny(ref, "tix.cli", "tix.render", "picocli"));
    }

    /**
     * The store only stores: of the application layer it may name only the port interfaces it implements (Tx,
     * Tickets, Directory ...) and the records that pass through them (TicketFilter, MailSettings ...). No service,
     * writer or timekeeper: nothing the store does may call back into application code.
     */
    @Test
    void storeUsesOfTheAppOnlyItsPortInterfacesAndTheirRecords() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Source s : sources()) {
            if (!s.pkg.startsWith("tix.store")) continue;
            for (String ref : s.refs) {
                if (!ref.startsWith("tix.app.")) continue;
                String type = ref.substring("tix.app.".length()).split("\\.")[0];
                Path file = MAIN.resolve("tix/app/" + type + ".java");
                String kind = Files.exists(file) ? declaredKind(Files.readString(file), type) : "unknown";
                if (!kind.equals("interface") && !kind.equals("record")) offenders.add(s.file + ": " + ref + " (a " + kind + ")");
            }
        }
        assertEquals(List.of(), offenders, "tix.store uses application code");
    }

    @Test
    void theStoreRuleSeesAClassFromAnInterface() {
        assertEquals("interface", declaredKind("package tix.app;\n/** a class */\npublic interface Tx {\n}", "Tx"));
        assertEquals("class", declaredKind("package tix.app;\npublic final class Timekeeper {\n}", "Timekeeper"));
        assertEquals("record", declaredKind("public record TicketFilter(int a) {}", "TicketFilter"));
    }

    /** How the top-level type {@code name} is declared in {@code source}: interface, record, class, enum. */
    static String declaredKind(String source, String name) {
        Matcher m = Pattern.compile("\\b(interface|record|class|enum)\\s+" + name + "\\b").matcher(stripCommentsAndLiterals(source));
        return m.find() ? m.group(1) : "unknown";
    }

    @Test
    void cliHasNoSql() throws IOException {
        assertRule("tix.cli", ref -> startsWithAny(ref, "java.sql", "javax.sql", "org.sqlite", "tix.store"));
    }

    @Test
    void onlyTheMailPackageUsesJakartaMail() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Source s : sources()) {
            if (s.pkg.equals("tix.mail") || s.pkg.startsWith("tix.mail.")) continue;
            for (String ref : s.refs) {
                if (startsWithAny(ref, "jakarta.mail", "jakarta.activation", "org.eclipse.angus")) {
                    offenders.add(s.file + ": " + ref);
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void theScanSeesTheCode() throws IOException {
        List<Source> all = sources();
        assertTrue(all.size() > 20, "found " + all.size() + " sources under " + MAIN.toAbsolutePath());
        Source store = all.stream().filter(s -> s.file.endsWith("SqliteStore.java")).findFirst().orElseThrow();
        assertTrue(store.refs.contains("java.sql.Connection"), "imports are read: " + store.refs);
        assertTrue(store.refs.contains("tix.domain.DomainException"), "imports are read: " + store.refs);
        // a qualified name in code counts as much as an import; in a comment or a string it does not
        assertEquals(List.of("java.sql.Connection"), refs("/** java.util.regex.Pattern */ class A { String s = "
                + "\"tix.cli.X\"; java.sql.Connection c; // tix.store.Y\n }"));
    }

    private interface Forbidden {
        boolean test(String ref);
    }

    private static void assertRule(String pkg, Forbidden forbidden) throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Source s : sources()) {
            if (!s.pkg.equals(pkg) && !s.pkg.startsWith(pkg + ".")) continue;
            for (String ref : s.refs) if (forbidden.test(ref)) offenders.add(s.file + ": " + ref);
        }
        assertEquals(List.of(), offenders, pkg + " uses what it must not");
    }

    private static boolean startsWithAny(String ref, String... prefixes) {
        for (String p : prefixes) if (ref.equals(p) || ref.startsWith(p + ".")) return true;
        return false;
    }

    private record Source(Path file, String pkg, List<String> refs) {}

    private static List<Source> sources() throws IOException {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.');
                out.add(new Source(f, pkg, refs(Files.readString(f))));
            }
        }
        return out;
    }

    /** Imports and qualified names in the code of one file, comments and literals removed. */
    static List<String> refs(String source) {
        String code = stripCommentsAndLiterals(source);
        List<String> refs = new ArrayList<>();
        Matcher m = IMPORT.matcher(code);
        while (m.find()) refs.add(m.group(1));
        String body = IMPORT.matcher(code).replaceAll("").replaceFirst("(?m)^\\s*package\\s+[\\w.]+\\s*;", "");
        Matcher q = QUALIFIED.matcher(body);
        while (q.find()) {
            int end = q.end() - 1;
            int stop = end;
            while (stop < body.length() && Character.isJavaIdentifierPart(body.charAt(stop))) stop++;
            refs.add(q.group(1) + "." + body.substring(end, stop));
        }
        return refs;
    }

    private static String stripCommentsAndLiterals(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("\"\"\"", i)) { // text block
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? s.length() : end + 3;
                out.append("\"\"");
            } else if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.append(' ');
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char quote = s.charAt(i++);
                while (i < s.length() && s.charAt(i) != quote) i += s.charAt(i) == '\\' ? 2 : 1;
                i++;
                out.append(quote).append(quote);
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }
}
