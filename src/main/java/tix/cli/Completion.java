package tix.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import tix.domain.Channel;
import tix.domain.SlaColour;
import tix.domain.Status;

/**
 * Shell completion generated from the picocli model of the command tree: small bash, zsh and fish scripts made of
 * the same tables (subcommands, options, what value each option and positional takes) and a driver each. The
 * desk's values (ticket ids with titles, agents, queues, tiers, teams, tags, macros) come from the completion cache
 * ({@link CompletionCache}), read by the shell itself: no TAB waits for a JVM. The interactive shell uses the same
 * tables ({@link #kindAt}).
 */
public final class Completion {
    /** Kinds whose values are fixed words, written into the scripts; the others are asked of the database. */
    static final Map<String, List<String>> STATIC = new LinkedHashMap<>();

    /** The value types a parameter may have, each with the kind its words are offered as (a role's: the desk's roles). */
    private static final Map<Class<?>, String> CLOSED = new LinkedHashMap<>();

    static {
        CLOSED.put(Status.class, "status");
        CLOSED.put(Channel.class, "channel");
        CLOSED.put(SlaColour.class, "sla");
        CLOSED.put(tix.domain.Priority.class, "priority");
        CLOSED.put(tix.domain.Role.class, "role");
        STATIC.put("status", ClosedSets.words(Status.class));
        STATIC.put("channel", ClosedSets.words(Channel.class));
        STATIC.put("priority", List.of("low", "medium", "high", "urgent"));
        STATIC.put("sla", ClosedSets.words(SlaColour.class));
        STATIC.put("right", tix.domain.Right.names());
    }

    /** Kinds asked of the database through {@code tix _complete KIND}. */
    static final List<String> DYNAMIC = List.of("ticket", "agent", "queue", "tier", "team", "tag", "tagfamily", "macro",
            "field", "fieldset", "role", "watcher");

    private final CommandLine root;
    /** "path" -> canonical path, for every (sub)command name and alias; the root is "". */
    private final Map<String, String> commands = new TreeMap<>();
    /** "path --opt" (or "--opt" for the global ones) -> kind ("" when the option takes a value of no known kind). */
    private final Map<String, String> optionKinds = new TreeMap<>();
    /** "path #N" -> kind, and "path #N*" for a positional that takes every word from N on. */
    private final Map<String, String> positionalKinds = new TreeMap<>();
    /** path -> its visible subcommands and aliases: name, one-line description. */
    private final Map<String, List<String[]>> subcommands = new TreeMap<>();
    /** path -> its own visible options (the root's are offered everywhere): names, one-line description. */
    private final Map<String, List<String[]>> options = new TreeMap<>();
    /** "path --opt" of options whose value is a file. */
    private final java.util.Set<String> fileOptions = new java.util.TreeSet<>();

    public Completion(CommandLine root) {
        this.root = root;
        walk(root, "");
    }

    private void walk(CommandLine cl, String path) {
        CommandSpec spec = cl.getCommandSpec();
        for (OptionSpec o : spec.options()) {
            if (o.inherited()) continue;
            if (!o.hidden()) {
                String d = String.join(" ", o.description());
                options.computeIfAbsent(path, k -> new ArrayList<>()).add(new String[] {String.join(" ", o.names()),
                        d.isBlank() ? "" : firstSentence(d)});
            }
            if (o.arity().max() == 0 || o.arity().min() == 0) continue;
            String kind = kindOf(spec, o);
            for (String name : o.names()) optionKinds.put(key(path, name), kind);
            if (o.type() == java.nio.file.Path.class || o.type() == java.io.File.class) {
                for (String name : o.names()) fileOptions.add(key(path, name));
            }
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
            subcommands.computeIfAbsent(path, k -> new ArrayList<>()).add(new String[] {e.getKey(),
                    summary(sub.getCommandSpec())});
            if (e.getKey().equals(sub.getCommandName())) walk(sub, canonical);
        }
    }

    private static String key(String path, String word) {
        return path.isEmpty() ? word : path + " " + word;
    }

    /**
     * What values an option or positional parameter takes: a kind of {@link #STATIC} or {@link #DYNAMIC}, or "".
     * Known by the parameter's type alone, never by its name or label: a ticket id by its converter, a closed set
     * (status, channel, SLA colour, priority) by its Java type, a desk's name (agent, queue, tier, team, tag, macro,
     * custom field, role, right) by its {@link DeskNames} converter.
     */
    static String kindOf(CommandSpec cmd, ArgSpec arg) {
        if (arg.converters().length > 0) {
            CommandLine.ITypeConverter<?> c = arg.converters()[0];
            if (c instanceof TicketIdConverter) return "ticket";
            if (c instanceof DeskNames.Name n) return n.kind();
        }
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        return CLOSED.getOrDefault(type, "");
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

    /** The tables both bash and zsh read (the same `case` syntax): commands, kinds, subcommands, options, files. */
    private void shTables(StringBuilder sb, boolean describe) {
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
        sb.append("# the subcommands of a command path").append(describe ? ", name:description a line" : "").append("\n");
        sb.append("__tix_subs() {\n  case \"$1\" in\n");
        for (Map.Entry<String, List<String[]>> e : subcommands.entrySet()) {
            List<String> words = new ArrayList<>();
            for (String[] c : e.getValue()) words.add(describe ? c[0] + ":" + c[1] : c[0]);
            sb.append("    ").append(sq(e.getKey())).append(") printf '%s\\n' ").append(sqAll(words)).append(" ;;\n");
        }
        sb.append("  esac\n}\n\n");
        sb.append("# the options of a command path (the root's apply everywhere)").append(describe ? ", name:description" : "").append("\n");
        sb.append("__tix_opts() {\n  case \"$1\" in\n");
        for (Map.Entry<String, List<String[]>> e : options.entrySet()) {
            List<String> words = new ArrayList<>();
            for (String[] o : e.getValue()) {
                for (String n : o[0].split(" ")) words.add(describe ? n + ":" + o[1] : n);
            }
            sb.append("    ").append(sq(e.getKey())).append(") printf '%s\\n' ").append(sqAll(words)).append(" ;;\n");
        }
        sb.append("  esac\n}\n\n");
        sb.append("# options whose value is a file\n__tix_file() {\n  case \"$1\" in\n");
        if (!fileOptions.isEmpty()) {
            sb.append("    ").append(String.join("|", fileOptions.stream().map(Completion::sq).toList())).append(") return 0 ;;\n");
        }
        sb.append("  esac\n  return 1\n}\n\n");
        sb.append("__tix_fixed() {\n  case \"$1\" in\n");
        for (Map.Entry<String, List<String>> e : STATIC.entrySet()) {
            sb.append("    ").append(e.getKey()).append(") printf '%s\\n' ").append(String.join(" ", e.getValue())).append(" ;;\n");
        }
        sb.append("    *) return 1 ;;\n  esac\n}\n\n");
        sb.append(SH_CACHE);
    }

    /** Reads the desk's values of a kind from the completion cache, as bash and zsh both run it. */
    private static final String SH_CACHE = String.join("\n",
            "# the desk's values of kind $1 (\"value<TAB>description\" lines) for the database $2 (else TIX_DB, the",
            "# config file's db, the default), read from the cache tix keeps in $XDG_CACHE_HOME/tix/complete; $3: the",
            "# word typed so far (a ticket id's first digits look among every open ticket)",
            "__tix_cached() {",
            "  local kind=$1 db=$2 line cf dir",
            "  if [[ -z $db ]]; then db=${TIX_DB:-}; fi",
            "  if [[ -z $db ]]; then",
            "    cf=${XDG_CONFIG_HOME:-$HOME/.config}/tix/config",
            "    if [[ -r $cf ]]; then",
            "      while IFS= read -r line; do",
            "        line=${line#\"${line%%[![:space:]]*}\"}",
            "        case $line in db[[:space:]=:]*) line=${line#db}; line=${line#\"${line%%[![:space:]=:]*}\"}; db=${line%\"${line##*[![:space:]]}\"} ;; esac",
            "      done <\"$cf\"",
            "    fi",
            "  fi",
            "  [[ -z $db ]] && db=${XDG_DATA_HOME:-$HOME/.local/share}/tix/tix.db",
            "  [[ $db == \"~/\"* ]] && db=$HOME/${db#\"~/\"}",
            "  [[ $db == /* ]] || db=$PWD/$db",
            "  while [[ $db == */./* ]]; do db=${db//\\/.\\//\\/}; done",
            "  [[ -f $db ]] || return 0",
            "  dir=${XDG_CACHE_HOME:-$HOME/.cache}/tix/complete/${db//\\//%}",
            "  if [[ ! -f $dir/stamp ]]; then",
            "    # the first TAB on this desk: tix writes the cache once (every later write keeps it current)",
            "    command tix --db \"$db\" _complete --refresh </dev/null >/dev/null 2>&1",
            "  elif [[ $db -nt $dir/stamp || ( -s $db-wal && $db-wal -nt $dir/stamp ) ]]; then",
            "    # another process wrote (mail, sweep, a script): renewed in the background for the next TAB",
            "    (command tix --db \"$db\" _complete --refresh </dev/null >/dev/null 2>&1 &)",
            "  fi",
            "  if [[ $kind == ticket && -n $3 && $3 != *[!0-9]* ]]; then",
            "    # a typed id: the offered tickets it starts, else the open tickets' ids it starts (every one is in ids)",
            "    command grep -e \"^$3\" -- \"$dir/ticket\" 2>/dev/null || command grep -m 100 -e \"^$3\" -- \"$dir/ids\" 2>/dev/null",
            "    return 0",
            "  fi",
            "  [[ -r $dir/$kind ]] && printf '%s\\n' \"$(<\"$dir/$kind\")\"",
            "}",
            "",
            "# the values of kind $1 for the database $2 and the word typed so far $3: fixed words, else the cache",
            "# (descriptions after a tab)",
            "__tix_values() {",
            "  if [[ $1 == tagop ]]; then __tix_cached tag \"$2\"; return; fi",
            "  __tix_fixed \"$1\" || __tix_cached \"$1\" \"$2\" \"$3\"",
            "}",
            "",
            "# walks the words before the cursor: sets cpath (subcommand path), pos (positional index), pending (an option",
            "# waiting for its value) and db (--db given); words from index $1 to $2 - 1 of the array named words",
            "__tix_walk() {",
            "  local i w c",
            "  cpath=\"\" pending=\"\" db=\"\" pos=0",
            "  for ((i = $1; i < $2; i++)); do",
            "    w=${words[i]}",
            "    if [[ -n $pending ]]; then",
            "      [[ $pending == --db ]] && db=$w",
            "      pending=\"\"",
            "      continue",
            "    fi",
            "    case $w in",
            "      --db=*) db=${w#--db=}; continue ;;",
            "      -?*) if [[ $w != *=* ]] && { [[ -n $(__tix_kind \"${cpath:+$cpath }$w\") ]] || [[ -n $(__tix_kind \"$w\") ]]; }; then pending=$w; fi; continue ;;",
            "    esac",
            "    c=\"\"",
            "    ((pos == 0)) && c=$(__tix_cmd \"${cpath:+$cpath }$w\")",
            "    if [[ -n $c ]]; then cpath=$c; else ((pos++)); fi",
            "  done",
            "  [[ $db == \"~/\"* ]] && db=$HOME/${db#\"~/\"}",
            "  return 0",
            "}",
            "",
            "# the kind of value wanted at the cursor (cur), or \"\"; \"-\" for an option's value of no known kind",
            "__tix_wanted() {",
            "  local kind",
            "  if [[ -n $pending ]]; then",
            "    kind=$(__tix_kind \"${cpath:+$cpath }$pending\")",
            "    [[ -z $kind ]] && kind=$(__tix_kind \"$pending\")",
            "  else",
            "    kind=$(__tix_kind \"$cpath #$pos\")",
            "    [[ $kind != tagop && $cur == -* ]] && kind=\"\"",
            "  fi",
            "  printf '%s' \"$kind\"",
            "}",
            "",
            "");

    /** The bash script: the tables, the cache reader and a driver; `complete -F` with file names as the fallback. */
    public String bash() {
        StringBuilder sb = new StringBuilder();
        sb.append("# tix completion for bash, generated from the command model (tix completion bash).\n");
        sb.append("# Installed as PREFIX/share/bash-completion/completions/tix (loaded on demand by bash-completion), or\n");
        sb.append("# `source` it from ~/.bashrc. TAB reads the desk's values from tix's completion cache: no JVM starts.\n\n");
        shTables(sb, false);
        sb.append(BASH_DRIVER);
        return sb.toString();
    }

    private static final String BASH_DRIVER = String.join("\n",
            "_tix_complete() {",
            "  local cur=${COMP_WORDS[COMP_CWORD]} cpath pending db pos kind vals sign q",
            "  local -a words=(\"${COMP_WORDS[@]}\")",
            "  __tix_walk 1 \"$COMP_CWORD\"",
            "  kind=$(__tix_wanted)",
            "  local IFS=$'\\n'",
            "  if [[ -n $kind && $kind != - ]]; then",
            "    vals=$(__tix_values \"$kind\" \"$db\" \"$cur\")",
            "    local -a lines",
            "    mapfile -t lines <<<\"$vals\"",
            "    lines=(\"${lines[@]%%$'\\t'*}\")",
            "    sign=",
            "    if [[ $kind == tagop ]]; then",
            "      sign=${cur:0:1}",
            "      [[ $sign == [+-] ]] || sign=+",
            "    fi",
            "    type compopt &>/dev/null && compopt +o default",
            "    # one value a line: a tag may hold spaces (Insufficient Documentation), typed with quotes or backslashes",
            "    local typed=${cur//\\\\/} v",
            "    typed=${typed#[\\\"\\']}",
            "    COMPREPLY=()",
            "    for v in \"${lines[@]}\"; do",
            "      [[ -z $v ]] && continue",
            "      v=$sign$v",
            "      # printf -v: no subshell per value (a fork each made 200 ids cost 190 ms)",
            "      [[ $v == \"$typed\"* ]] && printf -v q '%q' \"$v\" && COMPREPLY+=(\"$q\")",
            "    done",
            "  elif [[ -n $pending ]]; then",
            "    __tix_file \"${cpath:+$cpath }$pending\" || { type compopt &>/dev/null && compopt +o default; }",
            "    COMPREPLY=()",
            "  elif [[ $cur == -* ]]; then",
            "    COMPREPLY=($(compgen -W \"$(__tix_opts \"$cpath\"; [[ -n $cpath ]] && __tix_opts '')\" -- \"$cur\"))",
            "  elif ((pos == 0)) && [[ -n $(__tix_subs \"$cpath\") ]]; then",
            "    type compopt &>/dev/null && compopt +o default",
            "    COMPREPLY=($(compgen -W \"$(__tix_subs \"$cpath\")\" -- \"$cur\"))",
            "  else",
            "    COMPREPLY=()",
            "  fi",
            "  return 0",
            "}",
            "",
            "complete -F _tix_complete -o default tix",
            "");

    /** The zsh script: a native completion function (_describe with descriptions) over the same tables. */
    public String zsh() {
        StringBuilder sb = new StringBuilder();
        sb.append("#compdef tix\n");
        sb.append("# tix completion for zsh, generated from the command model (tix completion zsh).\n");
        sb.append("# Put it in a directory of $fpath as _tix (before compinit), or `source` it from ~/.zshrc.\n");
        sb.append("# TAB reads the desk's values from tix's completion cache: no JVM starts.\n\n");
        shTables(sb, true);
        sb.append(ZSH_DRIVER);
        return sb.toString();
    }

    private static final String ZSH_DRIVER = String.join("\n",
            "_tix() {",
            "  emulate -L zsh -o extended_glob",
            "  local cur=${words[CURRENT]} cpath pending db pos kind line",
            "  local -a vals described",
            "  __tix_walk 2 $CURRENT",
            "  kind=$(__tix_wanted)",
            "  if [[ -n $kind && $kind != - ]]; then",
            "    for line in \"${(@f)$(__tix_values $kind \"$db\" \"$cur\")}\"; do",
            "      [[ -z $line ]] && continue",
            "      if [[ $kind == tagop ]]; then",
            "        local sign=${cur:0:1}",
            "        [[ $sign == [+-] ]] || sign=+",
            "        line=$sign$line",
            "      fi",
            "      if [[ $line == *$'\\t'* ]]; then",
            "        described+=(\"${${line%%$'\\t'*}//:/\\\\:}:${line#*$'\\t'}\")",
            "      else",
            "        described+=(\"${line//:/\\\\:}\")",
            "      fi",
            "    done",
            "    _describe -t values \"$kind\" described",
            "  elif [[ -n $pending ]]; then",
            "    __tix_file \"${cpath:+$cpath }$pending\" && _files",
            "  elif [[ $cur == -* ]]; then",
            "    described=(\"${(@f)$(__tix_opts \"$cpath\"; [[ -n $cpath ]] && __tix_opts '')}\")",
            "    _describe -t options option described",
            "  elif ((pos == 0)) && [[ -n $(__tix_subs \"$cpath\") ]]; then",
            "    described=(\"${(@f)$(__tix_subs \"$cpath\")}\")",
            "    _describe -t commands command described",
            "  else",
            "    _files",
            "  fi",
            "}",
            "",
            "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then",
            "  _tix \"$@\"",
            "else",
            "  (( $+functions[compdef] )) || { autoload -Uz compinit && compinit -u; }",
            "  compdef _tix tix",
            "fi",
            "");

    // ---------------------------------------------------------------- fish

    /** The fish script, from the same model: subcommands, options with descriptions, the desk's values. */
    public String fish() {
        StringBuilder sb = new StringBuilder();
        sb.append("# tix completion for fish, generated from the command model (tix completion fish).\n");
        sb.append("# Values of the desk (ticket ids, agents, queues, tiers, teams, tags, macros) come from tix's completion\n");
        sb.append("# cache in $XDG_CACHE_HOME/tix/complete: no JVM starts on TAB.\n\n");
        sb.append(FISH_CACHE);
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
        sb.append("            __tix_cached tag $argv[2] | string replace -r '^' -- $sign\n");
        sb.append("        case '*'\n");
        sb.append("            __tix_cached $argv[1] $argv[2] (commandline -ct)\n");
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
            "    __tix_values $w[1] \"$w[2]\"",
            "end",
            "",
            "");

    private static final String FISH_CACHE = String.join("\n",
            "# the desk's values of kind $argv[1] for the database $argv[2] (else TIX_DB, the config file's db, the default)",
            "function __tix_cached",
            "    set -l kind $argv[1]",
            "    set -l db $argv[2]",
            "    test -z \"$db\"; and set -q TIX_DB; and set db $TIX_DB",
            "    set -l xdg_config $HOME/.config",
            "    set -q XDG_CONFIG_HOME; and set xdg_config $XDG_CONFIG_HOME",
            "    if test -z \"$db\"; and test -r $xdg_config/tix/config",
            "        set -l from (string replace -rf '^\\s*db\\s*[=:]\\s*(.*\\S)\\s*$' '$1' < $xdg_config/tix/config)",
            "        test -n \"$from\"; and set db $from[-1]",
            "    end",
            "    set -l xdg_data $HOME/.local/share",
            "    set -q XDG_DATA_HOME; and set xdg_data $XDG_DATA_HOME",
            "    test -z \"$db\"; and set db $xdg_data/tix/tix.db",
            "    string match -q '~/*' -- $db; and set db $HOME/(string sub -s 3 -- $db)",
            "    string match -q '/*' -- $db; or set db $PWD/$db",
            "    while string match -q '*/./*' -- $db",
            "        set db (string replace -a /./ / -- $db)",
            "    end",
            "    test -f $db; or return 0",
            "    set -l xdg_cache $HOME/.cache",
            "    set -q XDG_CACHE_HOME; and set xdg_cache $XDG_CACHE_HOME",
            "    set -l dir $xdg_cache/tix/complete/(string replace -a / % -- $db)",
            "    if not test -f $dir/stamp",
            "        command tix --db $db _complete --refresh </dev/null >/dev/null 2>&1",
            "    else if test $db -nt $dir/stamp; or begin; test -s $db-wal; and test $db-wal -nt $dir/stamp; end",
            "        command tix --db $db _complete --refresh </dev/null >/dev/null 2>&1 &",
            "        disown 2>/dev/null",
            "    end",
            "    if test \"$kind\" = ticket; and string match -qr '^[0-9]+$' -- \"$argv[3]\"",
            "        # a typed id: the offered tickets it starts, else the open tickets' ids it starts",
            "        command grep -e \"^$argv[3]\" -- $dir/ticket 2>/dev/null; or command grep -m 100 -e \"^$argv[3]\" -- $dir/ids 2>/dev/null",
            "        return 0",
            "    end",
            "    test -r $dir/$kind; and string collect < $dir/$kind | string split -n \\n",
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

    /** Each single-quoted for sh, space-separated. */
    private static String sqAll(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) b.append(b.length() == 0 ? "" : " ").append(sq(w));
        return b.toString();
    }

    /** Single-quoted for fish. */
    private static String fq(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
