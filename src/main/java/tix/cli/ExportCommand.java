package tix.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tix.app.ArchiveService;
import tix.app.TicketFilter;
import tix.domain.DomainException;
import tix.domain.Status;
import tix.render.ExportOut;
import tix.render.Progress;

@Command(name = "export", description = "Write tickets with their messages and history as CSV or JSON, for "
        + "archives, reports and 'tix import'. Takes the filters of 'list' but by default exports every ticket, closed "
        + "ones included, in id order. CSV: RFC 4180, CRLF, a header row; the columns of 'list --csv', then "
        + "status_changed_at, tier_entered_at, last_reply_at, last_customer_at, requester_undeliverable, messages and "
        + "events as JSON arrays in their cells (each message with its to and cc, and side when it belongs to a side "
        + "conversation), fields, to_address (the desk address the first mail was sent to) and sides (the side "
        + "conversations, a JSON array). JSON: an array of objects with the same fields. --customer leaves out "
        + "internal notes, system messages, side conversations and the history.")
final class ExportCommand extends BaseCommand {
    enum Format { csv, json }

    @Mixin
    Filters filters;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv or json (default: --json/--csv if given, else json for an --output ending in .json, else csv).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced whole, only once everything is written) instead of standard output.")
    Path output;

    @Option(names = "--customer", description = "Customer-facing: only customer messages and public replies; no "
            + "internal notes, no system messages, no side conversations, no history.")
    boolean customer;

    @Override
    int run() {
        TicketFilter f = filters.filter(null, session().now());
        List<Status> statuses = f.statuses().isEmpty() ? List.of(Status.values()) : f.statuses();
        List<String> sort = f.sort().isEmpty() ? List.of("id") : f.sort();
        f = f.withStatusesAndSort(statuses, sort);
        boolean json = json();
        ArchiveService archive = new ArchiveService(session());
        TicketFilter filter = f;
        try (Progress p = progress("exporting", 0)) {
            if (output == null) {
                write(archive, filter, new BufferedWriter(spec.commandLine().getOut(), 1 << 16), json, p);
            } else {
                writeFile(archive, filter, json, p);
            }
        }
        return ExitCodes.OK;
    }

    /** Streams the tickets out as they are read: one ticket in memory at a time. */
    private void write(ArchiveService archive, TicketFilter filter, Writer w, boolean json, Progress p) {
        ExportOut.Sink sink = ExportOut.open(w, json);
        archive.export(filter, customer, r -> {
            sink.write(r);
            p.advance();
        });
        sink.finish();
    }

    private boolean json() {
        if (format != null) return format == Format.json;
        if (root().json != null) return true;
        if (root().csv) return false;
        return output != null && output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    private void writeFile(ArchiveService archive, TicketFilter filter, boolean json, Progress p) {
        Path target = output.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16)) {
                write(archive, filter, w, json, p);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (java.nio.file.NoSuchFileException e) {
            throw DomainException.usage("cannot write " + output + ": no such directory", "check the --output path");
        } catch (IOException e) {
            throw DomainException.usage("cannot write " + output, String.valueOf(e.getMessage()));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is all that is left; nothing else was touched
                }
            }
        }
    }
}
