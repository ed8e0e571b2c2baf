package tix.mail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import tix.app.IngestService;
import tix.domain.DomainException;

/**
 * Polls one IMAP(S) or POP3(S) mailbox. Each message is ingested in its own transaction and deleted on the server
 * only after that transaction committed; a crash in between leaves it on the server, and the next fetch finds its
 * Message-ID already stored and just deletes it. Nothing is lost, nothing is ingested twice. With {@code keep} the
 * mailbox is left as it is for other readers: IMAP marks what was ingested seen and skips seen mail next time (it
 * reads with BODY.PEEK, so reading alone marks nothing); POP3 has no flags, so it reads everything again and skips
 * the Message-IDs it has.
 */
public final class MailboxFetcher {
    public record Report(int fetched, int created, int duplicates, int kept) {
    }

    private final MailUrl url;
    private final String password;

    public MailboxFetcher(String url, String password) {
        this.url = MailUrl.parse(url, false);
        this.password = password;
    }

    public String url() {
        return url.toString();
    }

    public Report fetch(IngestService ingest, String queue, int limit, boolean keep) {
        Properties p = new Properties();
        String proto = url.protocol();
        p.setProperty("mail.store.protocol", proto);
        p.setProperty("mail." + proto + ".starttls.enable", "true");
        p.setProperty("mail." + proto + ".ssl.checkserveridentity", "true");
        p.setProperty("mail." + proto + ".connectiontimeout", "20000");
        p.setProperty("mail." + proto + ".timeout", "60000");
        // reading a message must not mark it seen: only an ingested one is (with --keep)
        p.setProperty("mail." + proto + ".peek", "true");
        Session session = Session.getInstance(p);
        MimeReader reader = new MimeReader();
        int fetched = 0;
        int created = 0;
        int duplicates = 0;
        int kept = 0;
        Store store = null;
        Folder folder = null;
        try {
            store = session.getStore(proto);
            store.connect(url.host(), url.port(), url.user(), password);
            folder = store.getFolder(url.folder());
            if (!folder.exists()) {
                throw DomainException.notFound("no folder '" + url.folder() + "' at " + url, "check the URL's /FOLDER");
            }
            folder.open(Folder.READ_WRITE);
            int count = folder.getMessageCount();
            for (int i = 1; i <= count && fetched < limit; i++) {
                Message m = folder.getMessage(i);
                if (m.isSet(Flags.Flag.DELETED)) continue;
                if (keep && m.isSet(Flags.Flag.SEEN)) continue;
                byte[] raw = bytes(m);
                fetched++;
                IngestService.Result r;
                try {
                    r = ingest.ingest(reader.read(raw, url.toString()), queue);
                } catch (DomainException e) {
                    if (e.reason() != DomainException.Reason.INVALID_DATA) throw e;
                    kept++; // not a message at all: left on the server for a person to look at
                    continue;
                }
                if (r.duplicate()) duplicates++;
                else created++;
                if (!keep) m.setFlag(Flags.Flag.DELETED, true);
                else if (url.protocol().startsWith("imap")) m.setFlag(Flags.Flag.SEEN, true);
            }
            folder.close(!keep);
            folder = null;
        } catch (MessagingException e) {
            throw new DomainException(DomainException.Reason.INTERNAL, "mail fetch from " + url + " failed: "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " "),
                    "check the URL, the password and the server; mail fetched so far is kept", e);
        } finally {
            try {
                if (folder != null && folder.isOpen()) folder.close(false);
            } catch (MessagingException ignored) {
                // not expunging: the messages stay on the server and are recognised next time
            }
            try {
                if (store != null) store.close();
            } catch (MessagingException ignored) {
                // closing after the work is done
            }
        }
        return new Report(fetched, created, duplicates, kept);
    }

    private static byte[] bytes(Message m) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            m.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("cannot read message: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
