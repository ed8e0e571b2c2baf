package tix.app;

import java.util.List;
import tix.domain.DomainException;
import tix.domain.FileNames;
import tix.domain.Rules;
import tix.domain.Ticket;

/**
 * `tix attachment`: the files customers sent, listed by their position on the ticket and read back. Reading them is
 * open as reading a ticket is (`show`); a merged ticket's attachments are found on the ticket it was merged into.
 */
public final class AttachmentService {
    private final Session session;

    public AttachmentService(Session session) {
        this.session = session;
    }

    /** An attachment at its 1-based position on the ticket, with the name it is saved under. */
    public record Item(int position, long ticketId, MailStore.StoredAttachment stored, String safeName) {
    }

    /** The file's bytes and the name to write them under. */
    public record File(Item item, byte[] data) {
    }

    /** A file an agent sends or keeps with a message ({@code --attach FILE}). */
    public record NewFile(String name, String contentType, byte[] data) {
    }

    /** The setting that limits what one message may carry (all its files together). */
    public static final String MAX_SIZE_KEY = "attach.max_size";
    public static final long DEFAULT_MAX_SIZE = 10L * 1024 * 1024;

    /**
     * Refuses files over the desk's limit ({@code attach.max_size}, default 10MB) or with an empty name: a usage error
     * inside the caller's transaction, so nothing is written.
     */
    static void check(Tx tx, List<NewFile> files) {
        if (files == null || files.isEmpty()) return;
        long limit = tx.settings().get(MAX_SIZE_KEY).map(tix.domain.Sizes::parse).orElse(DEFAULT_MAX_SIZE);
        long total = 0;
        for (NewFile f : files) total += f.data().length;
        if (total > limit) {
            throw DomainException.usage("attachments too large: " + tix.domain.Sizes.format(total) + " over the desk's "
                    + tix.domain.Sizes.format(limit), "send a link instead, or raise it: tix config set "
                    + MAX_SIZE_KEY + " 25MB");
        }
    }

    public List<Item> list(long id) {
        return session.store().read(tx -> items(tx, id));
    }

    public File read(long id, int position) {
        if (position < 1) throw DomainException.usage("attachment numbers start at 1", "see 'tix attachment list " + id + "'");
        return session.store().read(tx -> {
            List<Item> items = items(tx, id);
            if (position > items.size()) {
                throw DomainException.notFound("ticket #" + id + " has no attachment " + position
                        + (items.isEmpty() ? " (it has none)" : " (it has " + items.size() + ")"),
                        "see 'tix attachment list " + id + "'");
            }
            Item item = items.get(position - 1);
            byte[] data = item.stored().kept() ? tx.mail().attachmentData(item.stored().id()) : null;
            if (data == null) {
                throw DomainException.conflict("attachment " + position + " of #" + item.ticketId() + " ("
                        + item.safeName() + ") was over the queue's size limit and not kept apart",
                        "only the message's raw source holds it; raise the queue's --max-attachment-bytes for later mail");
            }
            return new File(item, data);
        });
    }

    List<Item> items(Tx tx, long id) {
        Ticket t = tx.tickets().find(id).orElseThrow(() -> DomainException.ticketNotFound(id));
        for (int hops = 0; t.mergedInto() != null && hops < 100; hops++) {
            long target = t.mergedInto();
            t = tx.tickets().find(target).orElseThrow(() -> DomainException.ticketNotFound(target));
        }
        Rules.requireVisible(session.viewer(tx), t); // members-only queues: members and queue.all
        List<MailStore.StoredAttachment> stored = tx.mail().attachments(t.id());
        List<Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            MailStore.StoredAttachment a = stored.get(i);
            items.add(new Item(i + 1, t.id(), a, FileNames.safe(a.filename(), "attachment-" + (i + 1))));
        }
        return items;
    }
}
