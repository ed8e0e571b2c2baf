package tix.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import tix.domain.Channel;
import tix.domain.Role;
import tix.domain.SlaColour;
import tix.domain.Status;

/**
 * Shell completion generated from the picocli model of the command tree: picocli's own bash script (which zsh runs
 * through bashcompinit) plus a layer that offers the desk's values (ticket ids, agents, queues, tiers, tags ...)
 * asked of {@code tix _complete KIND}, and a fish script built from the same model. The interactive shell uses
 * the same tables ({@link #kindAt}).
 */
public final class Completion {
    /** Kinds whose values are fixed words, written into the scripts; the others are asked of the database. */
    static final Map<String, List<String>> STATIC = new LinkedHashMap<>();

    /** The closed types a parameter may have, each with the kind its words are offered as. */
    private static final Map<Class<?>, String> CLOSED = new LinkedHashMap<>();

    static {
        CLOSED.put(Status.class, "status");
        CLOSED.put(Channel.class, "channel");
        CLOSED.put(SlaColour.class, "sla");
        CLOSED.put(Role.class, "role");
        STATIC.put("status", ClosedSets.words(Status.class));
        STATIC.put("channel", ClosedSets.words(Channel.class));
        STATIC.put("priority", List.of("low", "medium", "high", "urgent"));
        STATIC.put("sla", ClosedSets.words(SlaColour.class));
        STATIC.put("role", ClosedSets.words(Role.class));
    }

    /** Kinds asked of the database through {@code tix _complete KIND}. */
    static final List<String> DYNAMIC = List.of("ticket", "agent", "queue", "tier", "team", "tag", "tagfamily", "macro");

    private final CommandLine root;
    /** "path" -> canonical path, for every (sub)command name and alias; the root is "". */
    private final Map<String, String> commands = new TreeMap<>();
    /** "path --opt" (or "--opt" for the global ones) -> kind ("" when the option takes a value of no known kind). */
    private final Map<String, String> optionKinds = new TreeMap<>();
    /** "path #N" -> kind, and "path #N*" for a positional that takes every word from N on. */
    private final Map<String, String> positionalKinds = new TreeMap<>();

    public Completion(CommandLine root) {
        this.root = root;
        walk(root, "");
    }

    private void walk(CommandLine cl, String path) {
        CommandSpec spec = cl.getCommandSpec();
        for (OptionSpec o : spec.options()) {
            if (o.inherited() || o.arity().max() == 0 || o.arity().min() == 0) continue;
            String kind = kindOf(spec, o);
            for (String name : o.names()) optionKinds.put(key(path, name), kind);
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            String kind = kindOf(spec, p);
            if (kind.isEmpty()) continue;
            CommandLine.Range r = p.index();
            if (r.isUnspecified() || r.max() == Integer.MAX_VALUE) positionalKinds.put(path + " #" + r.min() + "*", kind);
            else for (int i = r.min(); i <= r.max(); i++) positionalKinds.put(path + " #" + i, kind);
        }
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            CommandLine sub = e.getValue();
            if (sub.getCommandSpec().usageMessage().hidden()) continue;
            String canonical = key(path, sub.getCommandName());
            commands.put(key(path, e.getKey()), canonical);
            if (e.getKey().equals(sub.getCommandName())) walk(sub, canonical);
        }
    }

    private static String key(String path, String word) {
        return path.isEmpty() ? word : path + " " + word;
    }

    /**
     * What values an option or positional parameter takes: a kind of {@link #STATIC} or {@link #DYNAMIC}, or "".
     * A ticket id and a closed set (status, channel, SLA colour, role) are known by the parameter's converter and
     * type; the desk's names (agents, queues, tiers, teams, tags, macros) by their option or label.
     */
    static String kindOf(CommandSpec cmd, ArgSpec arg) {
        if (arg.converters().length > 0 && arg.converters()[0] instanceof TicketIdConverter) return "ticket";
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        String closed = CLOSED.get(type);
        if (closed != null) return closed;
        String label = arg.paramLabel().replaceAll("[<>.]", "").toUpperCase(Locale.ROOT);
        if (arg.isOption()) {
            switch (((OptionSpec) arg).longestName()) {
                case "--as": case "--assignee": return "agent";
                case "--queue": return "queue";
                case "--tier": return "tier";
                case "--team": return "team";
                case "--tag": return "tag";
                case "--macro": return "macro";
                case "--priority": return "priority";
                case "--into": return "ticket";
                default: break;
            }
        }
        switch (label) {
            case "AGENT": return "agent";
            case "LOGIN": return cmd.name().equals("add") ? "" : "agent";
            case "TIER": return "tier";
            case "QUEUE": return "queue";
            case "TEAM": return "team";
            case "TAG": return "tag";
            case "FAMILY": return "tagfamily";
            case "+TAG|-TAG": return "tagop";
            case "MACRO": return "macro";
            case "ID": return "ticket";
            default: return "";
        }
    }

    /**
     * The kind of value wanted at the end of {@code words} (the words before the one being completed, without
     * "tix"), or "" when a subcommand, an option or nothing of a known kind is wanted. The current word's first
     * character decides for `tag`: +TAG and -TAG are values there, not options.
     */
    public String kindAt(List<String> words, String current) {
        String path = "";
        int pos = 0;
        String pending = null;
        for (String w : words) {
            if (pending != null) {
                pending = null;
                continue;
            }
            if (w.startsWith("-") && !w.equals("-")) {
                if (!w.contains("=") && (optionKinds.containsKey(key(path, w)) || optionKinds.containsKey(w))) pending = w;
                continue;
            }
            String cmd = pos == 0 ? commands.get(key(path, w)) : null;
            if (cmd != null) path = cmd;
            else pos++;
        }
        if (pending != null) {
            String k = optionKinds.get(key(path, pending));
            return k != null ? k : optionKinds.getOrDefault(pending, "");
        }
        String kind = positionalKind(path, pos);
        if (current.startsWith("-") && !kind.equals("tagop")) return "";
        return kind;
    }

    /** The (canonical) subcommand path of {@code words}, "" for the root. */
    public String pathOf(List<String> words) {
        String path = "";
        boolean pending = false;
        int pos = 0;
        for (String w : words) {
            if (pending) {
                pending = false;
                continue;
            }
            if (w.startsWith("-")) {
                pending = !w.contains("=") && (optionKinds.containsKey(key(path, w)) || optionKinds.containsKey(w));
                continue;
            }
            String cmd = pos == 0 ? commands.get(key(path, w)) : null;
            if (cmd != null) path = cmd;
            else pos++;
        }
        return path;
    }

    private String positionalKind(String path, int pos) {
        String k = positionalKinds.get(path + " #" + pos);
        if (k != null) return k;
        for (int i = pos; i >= 0; i--) {
            k = positionalKinds.get(path + " #" + i + "*");
            if (k != null) return k;
        }
        return "";
    }

    // ---------------------------------------------------------------- bash and zsh

    /** The bash script: picocli's AutoComplete, then the layer for the desk's values. Zsh runs it via bashcompinit. */
    public String bash() {
        StringBuilder sb = new StringBuilder(AutoComplete.bash("tix", root));
        sb.append("\n# ---------------------------------------------------------------------------\n");
        sb.append("# tix: the desk's values (ticket ids, agents, queues, tiers, teams, tags, macros), asked of\n");
        sb.append("# `tix _complete KIND` (which reads the database and prints one value a line); fixed words\n");
        sb.append("# (statuses, channels ...) are written here. Generated from the same command model.\n\n");
        sb.append("__tix_cmd() {\n  case \"$1\" in\n");
        for (Map.Entry<String, String> e : commands.entrySet()) {
            sb.append("    ").append(sq(e.getKey())).append(") echo ").append(sq(e.getValue())).append(" ;;\n");
        }
        sb.append("  esac\n}\n\n");
        sb.append("__tix_kind() {\n  case \"$1\" in\n");
        for (Map.Entry<String, String> e : optionKinds.entrySet()) {
            sb.append("    ").append(sq(e.getKey())).append(") echo ").append(e.getValue().isEmpty() ? "-" : e.getValue()).append(" ;;\n");
        }
        for (Map.Entry<String, String> e : positionalKinds.entrySet()) {
            if (e.getKey().endsWith("*")) continue;
            sb.append("    ").append(sq(e.getKey())).append(") echo ").append(e.getValue()).append(" ;;\n");
        }
        for (Map.Entry<String, String> e : positionalKinds.entrySet()) {
            if (!e.getKey().endsWith("*")) continue;
            String k = e.getKey();
            sb.append("    ").append(sq(k.substring(0, k.indexOf('#') + 1))).append("*) echo ").append(e.getValue()).append(" ;;\n");
        }
        sb.append("  esac\n}\n\n");
        sb.append("__tix_values() {\n  case \"$1\" in\n");
        for (Map.Entry<String, List<String>> e : STATIC.entrySet()) {
            sb.append("    ").append(e.getKey()).append(") echo ").append(sq(String.join(" ", e.getValue()))).append(" ;;\n");
        }
        sb.append("    tagop) tix ${2:+--db \"$2\"} _complete tag 2>/dev/null ;;\n");
        sb.append("    *) tix ${2:+--db \"$2\"} _complete \"$1\" 2>/dev/null ;;\n");
        sb.append("  esac\n}\n\n");
        sb.append(BASH_DRIVER);
        return sb.toString();
    }

    private static final String BASH_DRIVER = String.join("\n",
            "_tix_complete() {",
            "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" cpath=\"\" pending=\"\" db=\"\" pos=0 i w c kind",
            "  for ((i = 1; i < COMP_CWORD; i++)); do",
            "    w=\"${COMP_WORDS[i]}\"",
            "    if [[ -n \"$pending\" ]]; then",
            "      [[ \"$pending\" == --db ]] && db=\"$w\"",
            "      pending=\"\"",
            "      continue",
            "    fi",
            "    case \"$w\" in",
            "      --db=*) db=\"${w#--db=}\"; continue ;;",
            "      -?*) if [[ \"$w\" != *=* ]] && { [[ -n \"$(__tix_kind \"${cpath:+$cpath }$w\")\" ]] || [[ -n \"$(__tix_kind \"$w\")\" ]]; }; then pending=\"$w\"; fi; continue ;;",
            "    esac",
            "    c=\"\"",
            "    ((pos == 0)) && c=\"$(__tix_cmd \"${cpath:+$cpath }$w\")\"",
            "    if [[ -n \"$c\" ]]; then cpath=\"$c\"; else ((pos++)); fi",
            "  done",
            "  if [[ -n \"$pending\" ]]; then",
            "    kind=\"$(__tix_kind \"${cpath:+$cpath }$pending\")\"",
            "    [[ -z \"$kind\" ]] && kind=\"$(__tix_kind \"$pending\")\"",
            "  else",
            "    kind=\"$(__tix_kind \"$cpath #$pos\")\"",
            "    [[ \"$kind\" != tagop && \"$cur\" == -* ]] && kind=\"\"",
            "  fi",
            "  if [[ -n \"$kind\" && \"$kind\" != - ]]; then",
            "    [[ \"$db\" == \"~/\"* ]] && db=\"$HOME/${db#\\~/}\"",
            "    local IFS=$'\\n' vals",
            "    vals=\"$(__tix_values \"$kind\" \"$db\")\"",
            "    if [[ \"$kind\" == tagop ]]; then",
            "      local sign=\"${cur:0:1}\"",
            "      [[ \"$sign\" == [+-] ]] || sign=+",
            "      vals=\"$(printf '%s\\n' $vals | sed \"s/^/$sign/\")\"",
            "    fi",
            "    [[ \"$kind\" == status || \"$kind\" == channel || \"$kind\" == priority || \"$kind\" == sla || \"$kind\" == role ]] && vals=\"${vals// /$'\\n'}\"",
            "    type compopt &>/dev/null && compopt +o default",
            "    COMPREPLY=( $(compgen -W \"$vals\" -- \"$cur\") )",
            "    return 0",
            "  fi",
            "  _complete_tix \"$@\"",
            "}",
            "",
            "complete -F _tix_complete -o default tix",
            "");

    /** The zsh script: the bash one, which switches zsh's bashcompinit on by itself. */
    public String zsh() {
        return "# tix completion for zsh: `source` this file from ~/.zshrc (it loads compinit and bashcompinit).\n"
                + bash();
    }

    // ---------------------------------------------------------------- fish

    /** The fish script, from the same model: subcommands, options with descriptions, the desk's values. */
    public String fish() {
        StringBuilder sb = new StringBuilder();
        sb.append("# tix completion for fish, generated from the command model (tix completion fish).\n");
        sb.append("# Values of the desk (ticket ids, agents, queues, tiers, teams, tags, macros) come from `tix _complete`.\n\n");
        sb.append("function __tix_cmd\n    switch $argv[1]\n");
        for (Map.Entry<String, String> e : commands.entrySet()) {
            sb.append("        case ").append(fq(e.getKey())).append("\n            echo ").append(fq(e.getValue())).append('\n');
        }
        sb.append("    end\nend\n\n");
        sb.append("function __tix_kind\n    switch $argv[1]\n");
        for (Map.Entry<String, String> e : optionKinds.entrySet()) {
            sb.append("        case ").append(fq(e.getKey())).append("\n            echo ").append(e.getValue().isEmpty() ? "-" : e.getValue()).append('\n');
        }
        for (Map.Entry<String, String> e : positionalKinds.entrySet()) {
            if (e.getKey().endsWith("*")) continue;
            sb.append("        case ").append(fq(e.getKey())).append("\n            echo ").append(e.getValue()).append('\n');
        }
        for (Map.Entry<String, String> e : positionalKinds.entrySet()) {
            if (!e.getKey().endsWith("*")) continue;
            String k = e.getKey();
            sb.append("        case ").append(fq(k.substring(0, k.indexOf('#') + 1) + "*")).append("\n            echo ").append(e.getValue()).append('\n');
        }
        sb.append("    end\nend\n\n");
        sb.append(FISH_DRIVER);
        sb.append("function __tix_values\n    switch $argv[1]\n");
        for (Map.Entry<String, List<String>> e : STATIC.entrySet()) {
            sb.append("        case ").append(e.getKey()).append("\n            printf '%s\\n' ").append(String.join(" ", e.getValue())).append('\n');
        }
        sb.append("        case tagop\n");
        sb.append("            set -l sign (string sub -l 1 -- (commandline -ct))\n");
        sb.append("            contains -- \"$sign\" + -; or set sign +\n");
        sb.append("            tix $argv[2..-1] _complete tag 2>/dev/null | string replace -r '^' -- $sign\n");
        sb.append("        case '*'\n");
        sb.append("            tix $argv[2..-1] _complete --describe $argv[1] 2>/dev/null\n");
        sb.append("    end\nend\n\n");
        sb.append("complete -c tix -f\n");
        sb.append("complete -c tix -n '__tix_wants_value' -a '(__tix_candidates)'\n");
        emitFish(sb, root, "");
        return sb.toString();
    }

    private static final String FISH_DRIVER = String.join("\n",
            "# prints the subcommand path, the positional index, the option waiting for a value and the --db given",
            "function __tix_state",
            "    set -l path ''",
            "    set -l pos 0",
            "    set -l pending ''",
            "    set -l db ''",
            "    for w in (commandline -opc)[2..-1]",
            "        if test -n \"$pending\"",
            "            test \"$pending\" = --db; and set db $w",
            "            set pending ''",
            "            continue",
            "        end",
            "        switch $w",
            "            case '--db=*'",
            "                set db (string replace -- '--db=' '' $w)",
            "                continue",
            "            case '-?*'",
            "                if not string match -q -- '*=*' $w",
            "                    set -l full (string trim -- \"$path $w\")",
            "                    if test -n \"$(__tix_kind $full)\"; or test -n \"$(__tix_kind $w)\"",
            "                        set pending $w",
            "                    end",
            "                end",
            "                continue",
            "        end",
            "        set -l c ''",
            "        test $pos -eq 0; and set c (__tix_cmd (string trim -- \"$path $w\"))",
            "        if test -n \"$c\"",
            "            set path $c",
            "        else",
            "            set pos (math $pos + 1)",
            "        end",
            "    end",
            "    printf '%s\\n' \"$path\" $pos \"$pending\" \"$db\"",
            "end",
            "",
            "# true when completing right after the subcommand path $argv[1], with no option waiting for a value",
            "function __tix_at",
            "    set -l s (__tix_state)",
            "    test \"$s[1]\" = \"$argv[1]\"; and test -z \"$s[3]\"; and test $s[2] -eq 0",
            "end",
            "",
            "function __tix_in",
            "    set -l s (__tix_state)",
            "    test \"$s[1]\" = \"$argv[1]\"; and test -z \"$s[3]\"",
            "end",
            "",
            "function __tix_wanted",
            "    set -l s (__tix_state)",
            "    set -l kind ''",
            "    if test -n \"$s[3]\"",
            "        set kind (__tix_kind (string trim -- \"$s[1] $s[3]\"))",
            "        test -z \"$kind\"; and set kind (__tix_kind $s[3])",
            "    else",
            "        set kind (__tix_kind \"$s[1] #$s[2]\")",
            "        if test \"$kind\" != tagop; and string match -q -- '-*' (commandline -ct)",
            "            set kind ''",
            "        end",
            "    end",
            "    test \"$kind\" = -; and set kind ''",
            "    echo $kind",
            "    test -n \"$s[4]\"; and echo $s[4]",
            "end",
            "",
            "function __tix_wants_value",
            "    set -l w (__tix_wanted)",
            "    test -n \"$w[1]\"",
            "end",
            "",
            "function __tix_candidates",
            "    set -l w (__tix_wanted)",
            "    if test -n \"$w[2]\"",
            "        __tix_values $w[1] --db $w[2]",
            "    else",
            "        __tix_values $w[1]",
            "    end",
            "end",
            "",
            "");

    private void emitFish(StringBuilder sb, CommandLine cl, String path) {
        CommandSpec spec = cl.getCommandSpec();
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            CommandSpec sub = e.getValue().getCommandSpec();
            if (sub.usageMessage().hidden() || !e.getKey().equals(e.getValue().getCommandName())) continue;
            sb.append("complete -c tix -n ").append(fq("__tix_at '" + path + "'")).append(" -a ").append(fq(e.getKey()))
                    .append(" -d ").append(fq(summary(sub))).append('\n');
        }
        for (OptionSpec o : spec.options()) {
            if (o.inherited() || o.hidden()) continue;
            sb.append("complete -c tix");
            if (!path.isEmpty()) sb.append(" -n ").append(fq("__tix_in '" + path + "'"));
            for (String n : o.names()) {
                if (n.startsWith("--")) sb.append(" -l ").append(n.substring(2));
                else if (n.length() == 2) sb.append(" -s ").append(n.substring(1));
                else sb.append(" -o ").append(n.substring(1));
            }
            if (o.arity().min() > 0) {
                sb.append(" -r");
                Class<?> type = o.type();
                if (type == java.nio.file.Path.class || type == java.io.File.class) sb.append(" -F");
            }
            String d = String.join(" ", o.description());
            if (!d.isBlank()) sb.append(" -d ").append(fq(firstSentence(d)));
            sb.append('\n');
        }
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            CommandLine sub = e.getValue();
            if (sub.getCommandSpec().usageMessage().hidden() || !e.getKey().equals(sub.getCommandName())) continue;
            emitFish(sb, sub, key(path, e.getKey()));
        }
    }

    private static String summary(CommandSpec spec) {
        String[] d = spec.usageMessage().description();
        return d.length == 0 ? "" : firstSentence(d[0]);
    }

    private static String firstSentence(String s) {
        String t = s.replaceAll("%n", " ").replaceAll("\\s+", " ").strip();
        int dot = t.indexOf(". ");
        if (dot > 0) t = t.substring(0, dot);
        if (t.endsWith(".")) t = t.substring(0, t.length() - 1);
        return t.length() > 70 ? t.substring(0, 69) + "\u2026" : t;
    }

    /** Single-quoted for sh. */
    private static String sq(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** Single-quoted for fish. */
    private static String fq(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
