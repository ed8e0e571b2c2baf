package tix.cli;

import java.io.IOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;
import tix.app.AttachmentService;
import tix.domain.DomainException;

/** {@code --attach FILE…}: files kept with the message (and, on a reply, sent as MIME parts). */
final class Attach {
    @Option(names = "--attach", paramLabel = "FILE",
            description = "Files to keep with the message and send as attachments (repeatable; together at most the "
                    + "desk's attach.max_size, default 10MB). 'tix attachment list ID' shows them.")
    List<Path> files = new ArrayList<>();

    /** The files read whole; a missing or unreadable one is a usage error (exit 2) before anything is written. */
    List<AttachmentService.NewFile> read() {
        List<AttachmentService.NewFile> out = new ArrayList<>();
        for (Path p : files) {
            if (Files.isDirectory(p)) throw DomainException.usage(p + " is a folder", "--attach takes files");
            byte[] data;
            try {
                data = Files.readAllBytes(p);
            } catch (NoSuchFileException e) {
                throw DomainException.usage("no such file: " + p, "check the --attach path");
            } catch (IOException e) {
                throw DomainException.usage("cannot read " + p, String.valueOf(e.getMessage()));
            }
            String name = p.getFileName() == null ? "attachment" : p.getFileName().toString();
            out.add(new AttachmentService.NewFile(name, contentType(name), data));
        }
        return out;
    }

    /** The type mail clients expect for the name; unknown ones are plain bytes. */
    static String contentType(String name) {
        String t = URLConnection.guessContentTypeFromName(name.toLowerCase(Locale.ROOT));
        if (t == null) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".log") || n.endsWith(".md") || n.endsWith(".csv")) t = "text/plain";
            else if (n.endsWith(".pdf")) t = "application/pdf";
            else if (n.endsWith(".webp")) t = "image/webp";
            else if (n.endsWith(".zip")) t = "application/zip";
            else t = "application/octet-stream";
        }
        return t;
    }
}
