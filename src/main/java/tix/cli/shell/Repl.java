package tix.cli.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The read-eval loop of {@code tix shell} on JLine: line editing, persistent history, completion from the command
 * model and the desk's values, multi-line input (an unclosed quote or a trailing backslash continues the line),
 * Ctrl-C cancelling only the line. The only class that touches JLine.
 */
public final class Repl {
    private Repl() {
        throw new AssertionError();
    }

    /** What the shell needs from tix; no JLine types cross it. */
    public interface Host {
        /** Runs one command (its words, without "tix") at the terminal's size; returns its exit code. */
        int execute(List<String> words, int columns, int lines);

        String prompt();

        CommandLine commandLine();

        /** The kind of value wanted after {@code words} (see Completion#kindAt), or "". */
        String kindAt(List<String> words, String current);

        /** Values of a kind, "value\tdescription" where there is one. */
        List<String> values(String kind);

        Path historyFile();
    }

    public static int run(Host host) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            // Ctrl-C while a command runs must not end the shell; while typing, JLine turns it into
            // UserInterruptException (the line is dropped)
            Thread main = Thread.currentThread();
            terminal.handle(Terminal.Signal.INT, s -> main.interrupt());
            DefaultParser parser = new DefaultParser();
            parser.setEofOnUnclosedQuote(true);
            parser.setEofOnEscapedNewLine(true);
            Path history = host.historyFile();
            Files.createDirectories(history.getParent());
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("tix")
                    .parser(parser)
                    .completer(completer(host))
                    .variable(LineReader.HISTORY_FILE, history)
                    .variable(LineReader.HISTORY_SIZE, 5000)
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P > ")
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                    .build();
            int last = 0;
            while (true) {
                String line;
                try {
                    line = reader.readLine(host.prompt());
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                List<String> words = words(reader.getParsedLine(), line);
                if (words.isEmpty()) continue;
                String first = words.get(0);
                if (first.equals("exit") || first.equals("quit")) break;
                if (first.equals("help")) words = List.of("--help");
                Thread.interrupted();
                org.jline.terminal.Size size = terminal.getSize();
                last = host.execute(words, size.getColumns(), size.getRows());
                Thread.interrupted();
            }
            reader.getHistory().save();
            return last == 0 ? 0 : last;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words typed, quotes removed, without a leading "tix" and the empty word after a trailing space. */
    static List<String> words(ParsedLine parsed, String line) {
        List<String> words = new ArrayList<>(parsed.words());
        if (!words.isEmpty() && words.get(words.size() - 1).isEmpty() && !line.isEmpty()
                && Character.isWhitespace(line.charAt(line.length() - 1))) {
            words.remove(words.size() - 1);
        }
        if (!words.isEmpty() && words.get(0).equals("tix")) words.remove(0);
        return words;
    }

    private static Completer completer(Host host) {
        return (reader, line, candidates) -> {
            List<String> words = new ArrayList<>(line.words());
            int index = line.wordIndex();
            String current = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
            if (!words.isEmpty() && words.get(0).equals("tix") && index > 0) {
                words.remove(0);
                index--;
            }
            List<String> before = words.subList(0, Math.min(index, words.size()));
            String kind = host.kindAt(before, current);
            if (!kind.isEmpty() && !kind.equals("-")) {
                String sign = "";
                if (kind.equals("tagop")) sign = current.startsWith("-") ? "-" : "+";
                for (String v : host.values(kind)) {
                    int tab = v.indexOf('\t');
                    String value = sign + (tab < 0 ? v : v.substring(0, tab));
                    String descr = tab < 0 ? null : v.substring(tab + 1);
                    candidates.add(new Candidate(value, value, null, descr, null, null, true));
                }
                return;
            }
            List<CharSequence> found = new ArrayList<>();
            String[] args = words.toArray(new String[0]);
            if (index >= args.length) {
                args = java.util.Arrays.copyOf(args, index + 1);
                args[index] = "";
            }
            AutoComplete.complete(host.commandLine().getCommandSpec(), args, index, current.length(),
                    current.length(), found);
            for (CharSequence c : found) {
                String value = current + c;
                candidates.add(new Candidate(value, value, null, null, null, null, true));
            }
        };
    }
}
