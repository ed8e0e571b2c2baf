package tix.docs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;
import tix.cli.Completion;
import tix.cli.Env;
import tix.cli.Tix;
import tix.store.sqlite.SqliteStore;

/**
 * The files generated from the command model and committed: completions/ (bash, zsh, fish) and man/ (troff).
 * {@link DocsFreshTest} compares them with the committed ones; {@code mvn -B -q -Pregen test} rewrites them.
 */
final class Generated {
    private Generated() {
        throw new AssertionError();
    }

    static CommandLine commandLine() {
        Env env = new Env(Map.of(), new ByteArrayInputStream(new byte[0]), false, false);
        return Tix.commandLine(env, SqliteStore::new, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    /** Relative path -> content. */
    static Map<String, String> completions() {
        Completion c = new Completion(commandLine());
        Map<String, String> files = new TreeMap<>();
        files.put("completions/tix.bash", c.bash());
        files.put("completions/tix.zsh", c.zsh());
        files.put("completions/tix.fish", c.fish());
        return files;
    }

    // ------------------------------------------------------------------------------------------------ man pages

    /** Page name (tix, tix-escalate, tix-agent-add ...) -> AsciiDoc source: picocli's page plus tix's sections. */
    static Map<String, String> manSources() throws IOException {
        Map<String, List<String[]>> examples = examples();
        Map<String, String> pages = new TreeMap<>();
        collect(commandLine(), pages, examples);
        return pages;
    }

    private static void collect(CommandLine cl, Map<String, String> pages, Map<String, List<String[]>> examples) {
        CommandSpec spec = cl.getCommandSpec();
        String name = spec.qualifiedName("-");
        StringWriter sw = new StringWriter();
        ManPageGenerator.writeSingleManPage(new PrintWriter(sw), spec);
        pages.put(name, finish(sw.toString(), spec, name, examples.get(name)));
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            CommandLine sub = e.getValue();
            if (sub.getCommandSpec().usageMessage().hidden() || !e.getKey().equals(sub.getCommandName())) continue;
            collect(sub, pages, examples);
        }
    }

    private static final String END = "// end::picocli-generated-full-manpage[]";

    private static String finish(String adoc, CommandSpec spec, String name, List<String[]> examples) {
        String a = adoc.replaceAll("(?m)^==\\s+Exit codes:?\\s*$", "== Exit status");
        a = a.replaceAll("(?m)^(_ID_(?:\\.\\.\\.)?)::\\n  \\n", "$1::\n  A ticket number (42 or #42).\n\n");
        StringBuilder extra = new StringBuilder();
        if (!a.contains("== Exit status")) {
            extra.append("== Exit status\n\n");
            for (Map.Entry<String, String> e : spec.root().usageMessage().exitCodeList().entrySet()) {
                extra.append("*").append(e.getKey().trim()).append("*::\n  ").append(e.getValue()).append("\n\n");
            }
        }
        extra.append("== Examples\n\n");
        if (examples == null || examples.isEmpty()) {
            String cmd = spec.qualifiedName(" ");
            examples = new ArrayList<>();
            examples.add(new String[] {cmd + " --help", "Prints the options above, with their defaults."});
        }
        for (String[] ex : examples) {
            extra.append("....\n").append(ex[0]).append("\n....\n\n");
            if (!ex[1].isBlank()) extra.append(ex[1]).append("\n\n");
        }
        if (spec.parent() == null) extra.append(ROOT_SECTIONS);
        else if (TIMED.contains(spec.name())) extra.append(TIME_POINTER);
        extra.append("== See also\n\n");
        if (spec.parent() == null) {
            List<String> refs = new ArrayList<>();
            for (CommandLine sub : spec.subcommands().values()) {
                CommandSpec s = sub.getCommandSpec();
                if (s.usageMessage().hidden()) continue;
                String ref = "*" + s.qualifiedName("-") + "*(1)";
                if (!refs.contains(ref)) refs.add(ref);
            }
            extra.append(String.join(", ", refs)).append("\n\n");
        } else {
            extra.append("*tix*(1)");
            if (spec.parent().parent() != null) extra.append(", *").append(spec.parent().qualifiedName("-")).append("*(1)");
            extra.append("\n\n");
        }
        int at = a.lastIndexOf(END);
        return a.substring(0, at) + extra + a.substring(at);
    }

    /** Commands whose pages point at the time rules of tix(1). */
    private static final List<String> TIMED = List.of("status", "sweep", "sla", "calendar", "reply", "resolve", "escalate", "due");

    private static final String TIME_POINTER = "== Time rules\n\n"
            + "Statuses move on by themselves when *tix sweep* runs (from cron): see TIME RULES and SLA in *tix*(1). "
            + "Days are calendar days of 24 hours; SLA limits count business time of the queue's calendar.\n\n";

    private static final String ROOT_SECTIONS = String.join("\n",
            "== Time rules",
            "",
            "*tix sweep* (run it from cron, every few minutes) applies every rule that is due at *--now* (default: the "
                    + "clock). Timers count from the last public reply or status change that started them, never from the "
                    + "last edit; each rule undoes its own condition, so none fires twice for one cause; a ticket changed "
                    + "after the sweep read it is left alone. Durations below are the defaults; days are 24 hours.",
            "",
            "*new*::",
            "  Unattended for 1 business hour: escalated one tier (triage to t1 ...) with a system note.",
            "*open*::",
            "  Unanswered: priority grows by 1 per business hour up to 99 (switched off per queue).",
            "*pending*::",
            "  3 days without a customer reply: one reminder email (sent inside business hours); 3 more days: resolved.",
            "*waiting*::",
            "  10 days: open again (no reminder).",
            "*hold*::",
            "  At its end (*--days N* or *--until DATE*): open again, with the internal note \"hold expired\".",
            "*review*::",
            "  No timer; counts as open for the SLA.",
            "*resolved*::",
            "  4 days: closed (queue setting: 0 at once, -1 never).",
            "*closed*::",
            "  Final: a customer reply starts a new ticket linked *follow_up_of* (or reopens, or is refused, per queue).",
            "",
            "== SLA",
            "",
            "Each ticket has a response target from the policy table (by tier, and optionally priority band, plan and "
                    + "account status; the most specific row wins), with a green and a yellow limit; beyond yellow it is "
                    + "red. Time counts in business time of the queue's calendar (default Mon-Fri 09:00-17:00 UTC; a "
                    + "business day is 8 hours) from when the ticket entered its tier, paused while it is pending, "
                    + "waiting or on hold. The clock stops at the first public reply in the tier; a later customer message "
                    + "starts it again. Defaults: triage and t1 green under 2 business hours, yellow under 1 business day; "
                    + "t2 and t3 under 1 and 2 business days; t4 and t5 under 2 and 3 business days; oncall (24x7) under "
                    + "1 and 1.5 hours. *tix sla explain ID* shows the computation.",
            "",
            "== Environment",
            "",
            "*TIX_DB*:: The database file when *--db* is not given.",
            "*TIX_AGENT*:: The acting agent when *--as* is not given.",
            "*TIX_DEBUG*:: 1 prints stack traces with errors.",
            "*NO_COLOR*:: When set (not empty), no colours.",
            "*PAGER*:: The pager for output taller than the terminal (default *less -FRX*; *cat* or empty: none).",
            "*COLUMNS*, *LINES*:: The terminal size, when the terminal cannot be asked.",
            "*EDITOR*, *VISUAL*:: The editor for a message body when none is given on a terminal.",
            "*TIX_MAIL_PASSWORD*:: The mail server password.",
            "*XDG_DATA_HOME*, *XDG_CONFIG_HOME*, *XDG_STATE_HOME*:: Where the files below live.",
            "",
            "== Files",
            "",
            "*$XDG_DATA_HOME/tix/tix.db*:: The default database (~/.local/share/tix/tix.db).",
            "*$XDG_CONFIG_HOME/tix/config*:: key = value lines: *db*, *agent* ...",
            "*$XDG_STATE_HOME/tix/history*:: The history of *tix shell* (~/.local/state/tix/history).",
            "",
            "");

    /** The EXAMPLES of src/test/resources/tix/man/examples.txt, by page. */
    static Map<String, List<String[]>> examples() throws IOException {
        Map<String, List<String[]>> out = new TreeMap<>();
        String text;
        try (var in = Generated.class.getResourceAsStream("/tix/man/examples.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String[]> current = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) continue;
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new ArrayList<>();
                out.put(line.substring(1, line.length() - 1), current);
            } else if (line.startsWith(" ") && current != null && !current.isEmpty()) {
                String[] last = current.get(current.size() - 1);
                last[1] = (last[1] + " " + line.strip()).strip();
            } else if (current != null) {
                current.add(new String[] {line, ""});
            }
        }
        return out;
    }

    /** "'\\\" t" first (the tbl hint), then the line naming the source's hash, then the page. */
    static String sha(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (byte b : d) sb.append(String.format("%02x", b));
            return sb.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String SOURCE_LINE = ".\\\" tix-source-sha256: ";

    /** Converts every source to troff with Asciidoctor's manpage backend (slow: JRuby), marked with its hash. */
    static Map<String, String> manPages(Map<String, String> sources) {
        Map<String, String> files = new TreeMap<>();
        try (Asciidoctor ad = Asciidoctor.Factory.create()) {
            Options options = Options.builder().backend("manpage").standalone(true).safe(SafeMode.SAFE)
                    .attributes(Attributes.builder().attribute("reproducible", "").build()).build();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                String troff = ad.convert(e.getValue(), options);
                int nl = troff.indexOf('\n');
                troff = troff.substring(0, nl + 1) + SOURCE_LINE + sha(e.getValue()) + "\n" + troff.substring(nl + 1);
                if (!troff.endsWith("\n")) troff += "\n";
                files.put("man/" + e.getKey() + ".1", troff);
            }
        }
        return files;
    }

    static void write(Path root, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            if (!Files.exists(p) || !Files.readString(p).equals(e.getValue())) Files.writeString(p, e.getValue());
        }
    }
}
