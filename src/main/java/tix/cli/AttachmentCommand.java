package tix.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.AttachmentService;
import tix.domain.DomainException;

@Command(name = "attachment", description = "Files that came with a ticket's mail: list them, save one. An "
        + "attachment is named by its position N on the ticket (1, 2, ... as 'attachment list' shows them).",
        subcommands = {AttachmentCommand.ListAttachments.class, AttachmentCommand.Save.class})
final class AttachmentCommand extends BaseCommand {
    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    static final List<String> COLUMNS = List.of("n", "name", "content_type", "size", "message", "kept");

    static Map<String, Object> view(AttachmentService.Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", i.position());
        m.put("ticket_id", i.ticketId());
        m.put("name", i.safeName());
        m.put("filename", i.stored().filename());
        m.put("content_type", i.stored().contentType());
        m.put("size", i.stored().size());
        m.put("message", i.stored().messageRef());
        m.put("kept", i.stored().kept());
        return m;
    }

    /** Under a ticket in `show`: its attachments, with the command that saves one. */
    static void print(tix.render.Output out, List<AttachmentService.Item> items) {
        if (items.isEmpty()) return;
        out.say("");
        out.say("Attachments (tix attachment save ID N)");
        for (AttachmentService.Item i : items) {
            out.say("  " + i.position() + "  " + i.safeName() + "  " + i.stored().contentType() + "  "
                    + i.stored().size() + " bytes  [message " + i.stored().messageRef() + "]"
                    + (i.stored().kept() ? "" : "  (not kept: over the size limit)"));
        }
    }

    @Command(name = "list", aliases = "ls", description = "A ticket's attachments: position, name, type, size, the "
            + "message that brought it, and whether it was kept (over the size limit only the raw mail has it).")
    static final class ListAttachments extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
        long id;

        @Override
        int run() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AttachmentService.Item i : new AttachmentService(session()).list(id)) rows.add(view(i));
            output().records(rows, COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "save", description = "Save attachment N of ticket ID into a folder (default: the current one) "
            + "under its own name, cut to a plain file name so it cannot land outside the folder; the file is "
            + "readable by you only. An existing file is not replaced without --force. Prints the path.")
    static final class Save extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class)
        long id;

        @Parameters(index = "1", paramLabel = "N", description = "The position from 'tix attachment list ID'.")
        int position;

        @Option(names = "--to", paramLabel = "DIR", description = "The folder to save into (default: the current one).")
        Path dir;

        @Option(names = "--force", description = "Replace a file of the same name.")
        boolean force;

        @Override
        int run() {
            Path folder = dir != null ? dir : Path.of("");
            if (!Files.isDirectory(folder)) throw DomainException.usage("no folder " + folder, "give an existing folder with --to DIR");
            AttachmentService.File f = new AttachmentService(session()).read(id, position);
            Path target = folder.resolve(f.item().safeName());
            write(target, f.data());
            output().say(target.toString());
            return ExitCodes.OK;
        }

        /** A new file of our own, 0600; an existing one (or a link) is replaced only with --force, never written through. */
        private void write(Path target, byte[] data) {
            try {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    if (!force) throw DomainException.conflict(target + " exists", "add --force to replace it, or --to another folder");
                    Files.delete(target);
                }
                Files.createFile(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.write(target, data);
            } catch (IOException e) {
                throw DomainException.usage("cannot write " + target, String.valueOf(e.getMessage()));
            }
        }
    }
}
