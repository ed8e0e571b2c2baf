package tix.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tix.Main;
import tix.cli.Env;

/**
 * Replays every {@code ```console} transcript in README.md and docs/*.md, so the documentation cannot drift from what
 * tix prints. The format is written down in docs/development.md ("Transcripts in the docs"); in short:
 * <ul>
 *   <li>Each Markdown file is one session: a fresh directory as {@code HOME}, {@code TIX_DB=$HOME/tix.db},
 *       {@code USER=admin}, nothing else from the real environment; tix runs in-process through {@link Main#run}.</li>
 *   <li>In a {@code console} block a line starting with {@code $ } is a command ({@code \} at the end continues it);
 *       the lines after it, up to the next {@code $ } line, are what it prints: stdout, then stderr.</li>
 *   <li>Commands: {@code tix ...}, {@code export NAME=VALUE}, {@code echo ...} ({@code $?} is the last exit code),
 *       {@code cat FILE}, {@code cat > FILE <<'EOF'} (a here-document), {@code cmp A B}; {@code < FILE},
 *       {@code > FILE}, {@code &&}, {@code ;}, {@code NAME=VALUE} before a command.</li>
 *   <li>{@code <!-- now: INSTANT [step DURATION] -->} before a block: later tix commands run with {@code --now}
 *       INSTANT, which advances by DURATION after each one. {@code <!-- not replayed: WHY -->} skips the next
 *       block; {@code <!-- setup ... -->} holds hidden {@code $ } commands whose output is not compared.</li>
 *   <li>In expected output {@code …} matches any text within a line, and a line that is only {@code …} any number
 *       of lines. Trailing blanks are ignored.</li>
 * </ul>
 * Run one file: {@code mvn -o -q test -Dtest=DocsTranscriptTest -Dtix.docs=docs/guide.md}.
 */
class DocsTranscriptTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String ELLIPSIS = "…";
    private static final Pattern NOW = Pattern.compile(
            "<!--\\s*now:\\s*(\\S+)(?:\\s+step\\s+(\\d+)([smhd]))?\\s*-->");
    private static final Pattern NOT_REPLAYED = Pattern.compile("<!--\\s*not replayed:\\s*\\S.*-->");
    private static final Pattern FENCE = Pattern.compile("^(```+|~~~+)\\s*([\\w-]*).*$");

    // ---------------------------------------------------------------------------------------------------------
    // The documents

    @TestFactory
    Stream<DynamicTest> everyTranscriptReplays() throws IOException {
        List<Path> files = documents();
        return files.stream().map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(), () -> replay(f)));
    }

    /** README.md and every Markdown file under docs/ (or only -Dtix.docs=a.md,b.md). */
    static List<Path> documents() throws IOException {
        String only = System.getProperty("tix.docs");
        if (only != null && !only.isBlank()) {
            List<Path> chosen = new ArrayList<>();
            for (String s : only.split(",")) chosen.add(ROOT.resolve(s.strip()));
            return chosen;
        }
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        Path docs = ROOT.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> walk = Files.walk(docs)) {
                walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The replayer itself is checked, so a test that compares nothing cannot pass unnoticed. */
    @Test
    void theDocsHoldTranscripts() throws IOException {
        int commands = 0;
        for (Path f : documents()) commands += parse(f).stream().mapToInt(b -> b.commands.size()).sum();
        assertTrue(commands >= 40, "expected the docs to hold at least 40 replayed commands, found " + commands);
    }

    /** Pages other branches are writing; the index links to them before they arrive. */
    private static final Set<String> ARRIVING = Set.of("docs/speed.md", "docs/mail.md", "docs/reliability.md",
            "docs/data.md");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

    /** Every relative link between the pages names a file that exists, and a #heading that it has. */
    @Test
    void linksBetweenPagesResolve() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path f : documents()) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("```")) fenced = !fenced;
                if (fenced) continue;
                Matcher m = LINK.matcher(lines.get(i));
                while (m.find()) {
                    String target = m.group(1);
                    if (target.matches("[a-z]+:.*")) continue;
                    int hash = target.indexOf('#');
                    String name = hash < 0 ? target : target.substring(0, hash);
                    String anchor = hash < 0 ? null : target.substring(hash + 1);
                    Path to = name.isEmpty() ? f : f.getParent().resolve(name).normalize();
                    if (!Files.exists(to)) {
                        if (!ARRIVING.contains(ROOT.relativize(to).toString())) {
                            broken.add(ROOT.relativize(f) + ":" + (i + 1) + ": no file " + target);
                        }
                        continue;
                    }
                    if (anchor != null && !anchors(to).contains(anchor)) {
                        broken.add(ROOT.relativize(f) + ":" + (i + 1) + ": no heading #" + anchor + " in " + name);
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
    }

    /** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens. */
    private static Set<String> anchors(Path file) throws IOException {
        Set<String> out = new java.util.HashSet<>();
        boolean fenced = false;
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (l.startsWith("```")) fenced = !fenced;
            if (fenced || !l.startsWith("#")) continue;
            String text = l.replaceFirst("^#+\\s*", "").strip().toLowerCase(java.util.Locale.ROOT);
            out.add(text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
        return out;
    }

    @Test
    void aDriftIsReportedWithFileLineExpectedAndActual() throws IOException {
        Path dir = Files.createTempDirectory("tix-transcript-self");
        Path doc = dir.resolve("drift.md");
        Files.writeString(doc, String.join("\n",
                "# A drifted page", "", "<!-- now: 2026-11-23T09:00:00Z -->", "```console",
                "$ tix init --as lead", "Initialised …/tix.db with lead as admin.",
                "$ tix create --as lead --title Hello --requester a@example.com",
                "#1  new  50 medium  triage  -  v7  Hello", "$ tix show 99", "$ echo $?", "3", "```", ""));
        List<String> failures = new Session(doc, dir.resolve("session")).run(parse(doc));
        String all = String.join("\n", failures);
        assertTrue(failures.size() == 2, "expected two failures, got:\n" + all);
        assertTrue(failures.get(0).startsWith(doc + ":7: $ tix create"), all);
        assertTrue(all.contains("-#1  new  50 medium  triage  -  v7  Hello")
                && all.contains("+#1  new  50 medium  triage  -  v1  Hello"), all);
        assertTrue(failures.get(1).startsWith(doc + ":9: $ tix show 99") && all.contains("+tix: "), all);
    }

    @Test
    void theReplayerKnowsTheShellItDocuments() throws IOException {
        Path dir = Files.createTempDirectory("tix-transcript-self");
        Path doc = dir.resolve("shell.md");
        Files.writeString(doc, String.join("\n",
                "<!-- setup", "$ export TIX_AGENT=lead", "$ tix init", "$ tix agent add ana", "-->", "",
                "<!-- now: 2026-11-23T09:00:00Z step 1h -->", "```console",
                "$ export GREETING='hello world' WHO=~/x",
                "$ echo \"$GREETING\" ${WHO} # a comment",
                "hello world …/x",
                "$ cat > ~/body.txt <<'EOF'", "Printer on fire", "EOF",
                "$ TIX_AGENT=ana tix create --title 'Printer' --requester a@example.com --body - < ~/body.txt",
                "#1  new  50 medium  triage  -  v1  Printer",
                "$ echo $TIX_AGENT", "lead",
                "$ tix show 99 && echo not printed ; echo $?",
                "tix: ticket #99 not found (see 'tix list')", "3",
                "$ tix history 1", "ID  TICKET ID  AT  …", "…", "2   1          2026-11-23T09:00:00Z  ana    message  customer  -    1", "```",
                "", "<!-- not replayed: would fail -->", "```console", "$ tix nonsense", "```",
                "", "```console", "$ tix show 1 --json created_at,updated_at", "{",
                "  \"created_at\" : \"2026-11-23T09:00:00Z\",", "  \"updated_at\" : \"2026-11-23T09:00:00Z\"", "}", "```", ""));
        List<String> failures = new Session(doc, dir.resolve("session")).run(parse(doc));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void replay(Path file) throws IOException {
        Path dir = Files.createTempDirectory("tix-transcript");
        Set<String> before = listing(ROOT);
        Session session = new Session(file, dir);
        List<String> failures = session.run(parse(file));
        if (Boolean.getBoolean("tix.docs.update") && !session.drifts.isEmpty()) {
            rewrite(file, session.drifts);
            failures.add(file + ": rewrote " + session.drifts.size() + " output(s) with what tix printed"
                    + " (-Dtix.docs.update=true): review the diff, put back any … placeholders");
        }
        Set<String> after = listing(ROOT);
        after.removeAll(before);
        if (!after.isEmpty()) {
            failures.add(file + ": the transcript wrote " + after + " into the project directory: name files under"
                    + " ~/ in transcripts (relative paths resolve against the test's working directory)");
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " transcript mismatch(es) in " + ROOT.relativize(file)
                    + " (fix the doc, see docs/development.md \"Transcripts in the docs\"):\n\n"
                    + String.join("\n\n", failures));
        }
    }

    /** Replaces each drifted command's expected lines with the actual ones (bottom up, so indexes hold). */
    private static void rewrite(Path file, List<Drift> drifts) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        List<Drift> sorted = new ArrayList<>(drifts);
        sorted.sort((a, b) -> Integer.compare(b.command().outFrom(), a.command().outFrom()));
        for (Drift d : sorted) {
            int from = d.command().outFrom();
            int to = from + d.command().expected().size();
            List<String> keep = new ArrayList<>();
            // blank lines that only separate the block's end stay
            int blanks = 0;
            for (int k = to - 1; k >= from && lines.get(k).isBlank(); k--) blanks++;
            lines.subList(from, to).clear();
            List<String> insert = new ArrayList<>(d.actual());
            for (int k = 0; k < blanks && !d.actual().isEmpty(); k++) keep.add("");
            insert.addAll(keep);
            lines.addAll(from, insert);
        }
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    record Drift(Command command, List<String> actual) {
    }

    private static Set<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(java.util.HashSet::new));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Parsing Markdown into blocks of commands

    /** One command line of a transcript, with where it is, its here-document, and the output the doc expects. */
    record Command(int line, String text, String heredoc, List<String> expected, int outFrom, boolean compare) {
    }

    /** A replayed block: the clock directive before it (or null) and its commands. */
    record Block(String now, Duration step, List<Command> commands) {
    }

    static List<Block> parse(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        String now = null;
        Duration step = Duration.ZERO;
        boolean skipNext = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            if (fence.matches()) {
                String marker = fence.group(1);
                String lang = fence.group(2);
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).startsWith(marker)) end++;
                if (lang.equals("console") && !skipNext) {
                    blocks.add(new Block(now, step, commands(file, lines, i + 1, end, true)));
                }
                now = null;
                step = Duration.ZERO;
                skipNext = false;
                i = end;
                continue;
            }
            String t = line.strip();
            if (t.startsWith("```console") || t.startsWith("~~~console")) {
                throw new AssertionError(file + ":" + (i + 1) + ": an indented ```console block is not replayed;"
                        + " start it at the beginning of the line");
            }
            Matcher m = NOW.matcher(t);
            if (m.matches()) {
                now = m.group(1);
                step = m.group(2) == null ? Duration.ZERO : duration(Long.parseLong(m.group(2)), m.group(3));
            } else if (NOT_REPLAYED.matcher(t).matches()) {
                skipNext = true;
            } else if (t.equals("<!-- setup") || t.startsWith("<!-- setup ")) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).strip().equals("-->")) end++;
                blocks.add(new Block(now, step, commands(file, lines, i + 1, end, false)));
                now = null;
                step = Duration.ZERO;
                i = end;
            } else if (!t.isEmpty() && !t.startsWith("<!--")) {
                // prose between a directive and its block cancels the directive
                if (now != null || skipNext) {
                    throw new AssertionError(file + ":" + (i + 1) + ": a transcript directive must stand right"
                            + " before its ```console block (only blank lines between)");
                }
            }
        }
        return blocks;
    }

    private static Duration duration(long n, String unit) {
        return switch (unit) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    /** The commands in lines [from, to): `$ ` lines (joined over trailing backslashes), here-documents, output. */
    private static List<Command> commands(Path file, List<String> lines, int from, int to, boolean compare) {
        List<Command> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            String line = lines.get(i);
            if (!line.startsWith("$ ")) {
                if (!line.isBlank()) {
                    throw new AssertionError(file + ":" + (i + 1) + ": output before any command in a ```console"
                            + " block (commands start with '$ ')");
                }
                i++;
                continue;
            }
            int start = i;
            StringBuilder text = new StringBuilder(line.substring(2));
            while (text.toString().endsWith("\\") && i + 1 < to) {
                text.setLength(text.length() - 1);
                text.append(lines.get(++i));
            }
            i++;
            String heredoc = null;
            Matcher h = Pattern.compile("<<-?\\s*'?\"?(\\w+)'?\"?\\s*$").matcher(text);
            if (h.find()) {
                String word = h.group(1);
                text.setLength(h.start());
                StringBuilder body = new StringBuilder();
                while (i < to && !lines.get(i).equals(word)) body.append(lines.get(i++)).append('\n');
                if (i == to) throw new AssertionError(file + ":" + (start + 1) + ": here-document without " + word);
                i++;
                heredoc = body.toString();
            }
            int outFrom = i;
            List<String> expected = new ArrayList<>();
            while (i < to && !lines.get(i).startsWith("$ ")) expected.add(lines.get(i++));
            out.add(new Command(start + 1, text.toString().strip(), heredoc, expected, outFrom, compare));
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Running a session

    static final class Session {
        private final Path file;
        private final Path home;
        private final Map<String, String> vars = new HashMap<>();
        private int lastCode;
        private Instant clock;
        private String fixedNow;
        private Duration step = Duration.ZERO;
        final List<Drift> drifts = new ArrayList<>();

        Session(Path file, Path home) throws IOException {
            this.file = file;
            this.home = Files.createDirectories(home);
            vars.put("HOME", home.toString());
            vars.put("USER", "admin");
            vars.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
            vars.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
            vars.put("XDG_STATE_HOME", home.resolve(".local/state").toString());
            vars.put("TIX_DB", home.resolve("tix.db").toString());
        }

        List<String> run(List<Block> blocks) {
            List<String> failures = new ArrayList<>();
            for (Block b : blocks) {
                if (b.now() != null) {
                    step = b.step();
                    try {
                        clock = Instant.parse(b.now());
                        fixedNow = null;
                    } catch (java.time.format.DateTimeParseException e) {
                        if (!step.isZero()) {
                            failures.add(file + ": 'now: " + b.now() + " step ...' needs a full instant");
                            continue;
                        }
                        clock = null;
                        fixedNow = b.now();
                    }
                }
                for (Command c : b.commands()) {
                    String actual;
                    try {
                        actual = execute(c);
                    } catch (RuntimeException | IOException e) {
                        failures.add(file + ":" + c.line() + ": $ " + c.text() + "\n    " + e.getMessage());
                        continue;
                    }
                    if (!c.compare()) {
                        if (lastCode != 0) {
                            failures.add(file + ":" + c.line() + ": setup command failed: $ " + c.text()
                                    + " (exit " + lastCode + ")\n" + actual);
                        }
                        continue;
                    }
                    List<String> want = trimmed(c.expected());
                    List<String> got = trimmed(actual.lines().toList());
                    if (!matches(want, 0, got, 0)) {
                        drifts.add(new Drift(c, got));
                        failures.add(file + ":" + c.line() + ": $ " + c.text() + "   (exit " + lastCode + ")\n"
                                + diff(want, got));
                    }
                }
            }
            return failures;
        }

        /** Runs one command line (simple commands joined by &&) and returns what it printed. */
        private String execute(Command c) throws IOException {
            StringBuilder printed = new StringBuilder();
            List<Word> words = Words.of(c.text(), this);
            List<Word> part = new ArrayList<>();
            boolean skipping = false; // after a failed A in `A && B`, up to the next `;`
            for (int i = 0; i <= words.size(); i++) {
                Word w = i < words.size() ? words.get(i) : null;
                boolean and = w != null && w.operator() && w.text().equals("&&");
                boolean then = w != null && w.operator() && w.text().equals(";");
                if (w != null && !and && !then) {
                    part.add(w);
                    continue;
                }
                if (!part.isEmpty() && !skipping) printed.append(simple(part, w == null ? c.heredoc() : null));
                part = new ArrayList<>();
                if (and && lastCode != 0) skipping = true;
                if (then) skipping = false;
            }
            return printed.toString();
        }

        private String simple(List<Word> words, String heredoc) throws IOException {
            List<String> args = new ArrayList<>();
            Path in = null;
            Path outFile = null;
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (!w.operator()) {
                    args.add(w.text().replace(Words.STATUS, Integer.toString(lastCode)));
                    continue;
                }
                if (i + 1 >= words.size() || words.get(i + 1).operator()) {
                    throw new IllegalArgumentException("'" + w.text() + "' needs a file name");
                }
                Path target = path(words.get(++i).text());
                switch (w.text()) {
                    case "<" -> in = target;
                    case ">" -> outFile = target;
                    default -> throw new IllegalArgumentException("unsupported shell operator '" + w.text()
                            + "' (replayed transcripts know tix, export, echo, cat, cmp, <, >, <<EOF, && and ;"
                            + " use ```sh for anything else)");
                }
            }
            // NAME=VALUE before the command: for that command only
            Map<String, String> prefix = new java.util.LinkedHashMap<>();
            while (args.size() > 1 && args.get(0).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
                String a = args.remove(0);
                prefix.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            }
            if (prefix.isEmpty()) return simple(args, stdinOf(heredoc, in), outFile);
            Map<String, String> saved = new HashMap<>(vars);
            vars.putAll(prefix);
            try {
                return simple(args, stdinOf(heredoc, in), outFile);
            } finally {
                vars.clear();
                vars.putAll(saved);
            }
        }

        private byte[] stdinOf(String heredoc, Path in) throws IOException {
            return heredoc != null ? heredoc.getBytes(StandardCharsets.UTF_8)
                    : in != null ? Files.readAllBytes(in) : new byte[0];
        }

        private String simple(List<String> args, byte[] stdin, Path outFile) throws IOException {
            if (args.isEmpty()) throw new IllegalArgumentException("empty command");
            String out;
            String err = "";
            switch (args.get(0)) {
                case "tix" -> {
                    List<String> argv = new ArrayList<>(args.subList(1, args.size()));
                    boolean hasNow = argv.stream().anyMatch(a -> a.equals("--now") || a.startsWith("--now="));
                    if (!hasNow && clock != null) {
                        argv.add("--now");
                        argv.add(clock.toString());
                    } else if (!hasNow && fixedNow != null) {
                        argv.add("--now");
                        argv.add(fixedNow);
                    }
                    StringWriter o = new StringWriter();
                    StringWriter e = new StringWriter();
                    Env env = new Env(Map.copyOf(vars), new ByteArrayInputStream(stdin), false, false);
                    lastCode = Main.run(argv.toArray(new String[0]), env, new PrintWriter(o), new PrintWriter(e));
                    if (clock != null) clock = clock.plus(step);
                    out = o.toString();
                    err = e.toString();
                }
                case "export" -> {
                    for (String a : args.subList(1, args.size())) {
                        int eq = a.indexOf('=');
                        if (eq <= 0) throw new IllegalArgumentException("export needs NAME=VALUE, got " + a);
                        vars.put(a.substring(0, eq), a.substring(eq + 1));
                    }
                    lastCode = 0;
                    out = "";
                }
                case "echo" -> {
                    out = String.join(" ", args.subList(1, args.size())) + "\n";
                    lastCode = 0;
                }
                case "cat" -> {
                    StringBuilder sb = new StringBuilder();
                    if (args.size() == 1) sb.append(new String(stdin, StandardCharsets.UTF_8));
                    for (String a : args.subList(1, args.size())) sb.append(Files.readString(path(a)));
                    out = sb.toString();
                    lastCode = 0;
                }
                case "cmp" -> {
                    if (args.size() != 3) throw new IllegalArgumentException("cmp needs two files");
                    boolean same = java.util.Arrays.equals(Files.readAllBytes(path(args.get(1))),
                            Files.readAllBytes(path(args.get(2))));
                    out = same ? "" : args.get(1) + " " + args.get(2) + " differ\n";
                    lastCode = same ? 0 : 1;
                }
                default -> throw new IllegalArgumentException("'" + args.get(0) + "' is not replayed (replayed"
                        + " transcripts know tix, export, echo, cat and cmp; use ```sh for other commands)");
            }
            if (outFile != null) {
                Files.writeString(outFile, out);
                out = "";
            }
            return out + err;
        }

        private Path path(String name) {
            return home.resolve(name);
        }

        String var(String name) {
            if (name.equals("?")) return Integer.toString(lastCode);
            return vars.getOrDefault(name, "");
        }

        String home() {
            return home.toString();
        }
    }

    private static List<String> trimmed(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) out.add(l.stripTrailing());
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }

    /** Expected lines against actual ones: '…' inside a line is any text, a line of only '…' any lines. */
    static boolean matches(List<String> want, int w, List<String> got, int g) {
        if (w == want.size()) return g == got.size();
        String line = want.get(w);
        if (line.strip().equals(ELLIPSIS)) {
            for (int k = g; k <= got.size(); k++) if (matches(want, w + 1, got, k)) return true;
            return false;
        }
        return g < got.size() && lineMatches(line, got.get(g)) && matches(want, w + 1, got, g + 1);
    }

    static boolean lineMatches(String want, String got) {
        if (!want.contains(ELLIPSIS)) return want.equals(got);
        StringBuilder re = new StringBuilder();
        for (String part : want.split(ELLIPSIS, -1)) {
            if (re.length() > 0) re.append(".*");
            re.append(Pattern.quote(part));
        }
        return Pattern.compile(re.toString().replace("\\Q\\E", "")).matcher(got).matches();
    }

    private static String diff(List<String> want, List<String> got) {
        StringBuilder sb = new StringBuilder("--- expected (the doc)\n+++ actual (tix)\n");
        for (String l : want) sb.append('-').append(l).append('\n');
        for (String l : got) sb.append('+').append(l).append('\n');
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Words: a small part of the POSIX shell's word splitting

    record Word(String text, boolean operator) {
    }

    static final class Words {
        private Words() {
        }

        static final String STATUS = "\u0000?\u0000";

        /** Quotes ('…', "…", \x), $NAME, ${NAME}, $?, ~ at the start of a word or after NAME=, # comments. */
        static List<Word> of(String line, Session s) {
            List<Word> words = new ArrayList<>();
            StringBuilder cur = null;
            int n = line.length();
            for (int i = 0; i < n; i++) {
                char ch = line.charAt(i);
                if (cur == null) {
                    if (Character.isWhitespace(ch)) continue;
                    if (ch == '#') break;
                    if (ch == '<' || ch == '>' || ch == '|' || ch == '&' || ch == ';') {
                        int j = i + 1;
                        while (j < n && "<>|&;".indexOf(line.charAt(j)) >= 0) j++;
                        words.add(new Word(line.substring(i, j), true));
                        i = j - 1;
                        continue;
                    }
                    cur = new StringBuilder();
                    if (ch == '~' && (i + 1 == n || line.charAt(i + 1) == '/' || Character.isWhitespace(line.charAt(i + 1)))) {
                        cur.append(s.home());
                        continue;
                    }
                }
                if (Character.isWhitespace(ch) || "<>|&;".indexOf(ch) >= 0) {
                    words.add(new Word(cur.toString(), false));
                    cur = null;
                    i--;
                    continue;
                }
                switch (ch) {
                    case '\'' -> {
                        int j = line.indexOf('\'', i + 1);
                        if (j < 0) throw new IllegalArgumentException("unclosed '");
                        cur.append(line, i + 1, j);
                        i = j;
                    }
                    case '"' -> {
                        int j = i + 1;
                        while (j < n && line.charAt(j) != '"') {
                            char c = line.charAt(j);
                            if (c == '\\' && j + 1 < n && "\"\\$`".indexOf(line.charAt(j + 1)) >= 0) {
                                cur.append(line.charAt(++j));
                            } else if (c == '$') {
                                j = expand(line, j, cur, s) - 1;
                            } else {
                                cur.append(c);
                            }
                            j++;
                        }
                        if (j >= n) throw new IllegalArgumentException("unclosed \"");
                        i = j;
                    }
                    case '\\' -> {
                        if (i + 1 < n) cur.append(line.charAt(++i));
                    }
                    case '$' -> i = expand(line, i, cur, s) - 1;
                    case '~' -> {
                        boolean afterAssign = cur.length() > 0 && cur.charAt(cur.length() - 1) == '='
                                && cur.toString().matches("[A-Za-z_][A-Za-z0-9_]*=");
                        if (afterAssign && (i + 1 == n || line.charAt(i + 1) == '/')) cur.append(s.home());
                        else cur.append(ch);
                    }
                    default -> cur.append(ch);
                }
            }
            if (cur != null) words.add(new Word(cur.toString(), false));
            return words;
        }

        /** Expands the $ at i into cur; returns the index after the expansion. */
        private static int expand(String line, int i, StringBuilder cur, Session s) {
            int n = line.length();
            if (i + 1 < n && line.charAt(i + 1) == '?') {
                cur.append(STATUS); // expanded when its simple command runs, as the shell does
                return i + 2;
            }
            if (i + 1 < n && line.charAt(i + 1) == '{') {
                int j = line.indexOf('}', i);
                if (j < 0) throw new IllegalArgumentException("unclosed ${");
                cur.append(s.var(line.substring(i + 2, j)));
                return j + 1;
            }
            int j = i + 1;
            while (j < n && (Character.isLetterOrDigit(line.charAt(j)) || line.charAt(j) == '_')) j++;
            if (j == i + 1) {
                cur.append('$');
                return i + 1;
            }
            cur.append(s.var(line.substring(i + 1, j)));
            return j;
        }
    }
}
