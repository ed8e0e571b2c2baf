package tix.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import tix.domain.DomainException;

/** A message body: --body TEXT, --body - (stdin), --body-file FILE, or $EDITOR on a terminal (SPEC §5 Bodies). */
final class Body {
    @Option(names = {"-b", "--body"}, paramLabel = "TEXT", description = "The text; '-' reads standard input.")
    String text;

    @Option(names = "--body-file", paramLabel = "FILE", description = "Read the text from FILE ('-' = standard input).")
    Path file;

    /** The body, or null when none was given and no editor could be asked. */
    String read(Env env, boolean required) {
        if (text != null && file != null) throw DomainException.usage("--body and --body-file exclude each other", "give one");
        if ("-".equals(text) || (file != null && file.toString().equals("-"))) return decode(readAll(env.stdin()), "standard input");
        if (text != null) return text;
        if (file != null) {
            try {
                return decode(Files.readAllBytes(file), file.toString());
            } catch (NoSuchFileException e) {
                throw DomainException.usage("no such file: " + file, "check the --body-file path");
            } catch (IOException e) {
                throw DomainException.usage("cannot read " + file, String.valueOf(e.getMessage()));
            }
        }
        if (required && env.stdinTerminal() && env.stdoutTerminal()) return edit(env);
        if (required) throw DomainException.usage("no body given", "--body TEXT, --body-file FILE or --body - for stdin");
        return null;
    }

    /** The UTF-8 text of a file named on the command line, or of standard input for '-' (a missing file is 2). */
    static String readText(Env env, String file) {
        if (file.equals("-")) return decode(readAll(env.stdin()), "standard input");
        try {
            return decode(Files.readAllBytes(Path.of(file)), file);
        } catch (NoSuchFileException e) {
            throw DomainException.usage("no such file: " + file, "check the path");
        } catch (IOException e) {
            throw DomainException.usage("cannot read " + file, String.valueOf(e.getMessage()));
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return buf.toByteArray();
        } catch (IOException e) {
            throw DomainException.invalidData("cannot read standard input", String.valueOf(e.getMessage()));
        }
    }

    /** Strict UTF-8: a body that is not valid UTF-8 is refused (exit 7), never stored garbled. */
    static String decode(byte[] bytes, String source) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw DomainException.invalidData(source + " is not valid UTF-8", "convert it, e.g. iconv -t UTF-8");
        }
    }

    private static String edit(Env env) {
        String editor = env.var("VISUAL") != null ? env.var("VISUAL") : env.var("EDITOR") != null ? env.var("EDITOR") : "vi";
        try {
            Path tmp = Files.createTempFile("tix-body-", ".txt");
            try {
                List<String> cmd = new ArrayList<>(List.of("sh", "-c", editor + " \"$1\"", "sh", tmp.toString()));
                int rc = new ProcessBuilder(cmd).inheritIO().start().waitFor();
                if (rc != 0) throw DomainException.usage("the editor exited with " + rc, "nothing was saved");
                String body = decode(Files.readAllBytes(tmp), "the edited text");
                if (body.isBlank()) throw DomainException.usage("the edited text is empty", "nothing was saved");
                return body;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw DomainException.usage("cannot run the editor '" + editor + "'", String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DomainException.usage("interrupted", "nothing was saved");
        }
    }
}
