package tix.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tix.app.IngestService;
import tix.app.MailService;
import tix.app.MailSettings;
import tix.app.Outbox;
import tix.domain.DomainException;
import tix.domain.Queue;
import tix.render.MailViews;

/**
 * Mail in and out (SPEC §5 Mail). The Jakarta Mail classes (package tix.mail) are reached only from the run()
 * methods here, so no other command ever loads them.
 */
@Command(name = "mail", description = "Mail: ingest, fetch, send, outbox, queue-settings.",
        subcommands = {MailCommand.Ingest.class, MailCommand.Fetch.class, MailCommand.Send.class,
            MailCommand.OutboxList.class, MailCommand.MarkSent.class, MailCommand.Retry.class,
            MailCommand.QueueSettings.class})
final class MailCommand extends BaseCommand {
    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** The mail server password: TIX_MAIL_PASSWORD, else mail.password in the config file; never an option. */
    static String password(BaseCommand c) {
        String p = c.root().env().var("TIX_MAIL_PASSWORD");
        if (p != null) return p;
        p = c.root().config().getProperty("mail.password");
        if (p != null) requirePrivate(c.root().configFile());
        return p;
    }

    /** A config file that holds the mail password must be readable by its owner only (as ssh treats a key). */
    private static void requirePrivate(java.nio.file.Path file) {
        try {
            var perms = java.nio.file.Files.getPosixFilePermissions(file);
            perms.retainAll(java.util.EnumSet.of(java.nio.file.attribute.PosixFilePermission.GROUP_READ,
                    java.nio.file.attribute.PosixFilePermission.OTHERS_READ));
            if (!perms.isEmpty()) {
                throw DomainException.usage(file + " holds mail.password but others may read it",
                        "chmod 600 " + file);
            }
        } catch (UnsupportedOperationException | java.io.IOException e) {
            // no POSIX permissions to check here (or the file went away after it was read)
        }
    }

    @Command(name = "ingest", description = {"Read RFC 5322 messages and make or update tickets: one message on "
            + "standard input (for an MTA pipe: support: \"|tix mail ingest\"), or any number of message files, mbox "
            + "files and Maildir folders (new/ and cur/; ingested files in new/ move to cur/), all in one process, one "
            + "transaction per message: a message that cannot be stored does not stop the others.",
        "Nothing that could be read is refused: mail with broken headers or no headers at all is held as a suspended "
            + "ticket with its raw source. A Message-ID already stored with the same bytes is a duplicate (exit 0, "
            + "that ticket is printed); with other bytes it is stored as a message of its own, flagged.",
        "Automatic mail (RFC 3834 auto-replies, delivery and feedback reports, mailer-daemon, postmaster, list "
            + "managers, auto-reply subjects in many languages ...; see docs/mail.md) is recorded but never answered: "
            + "a suspended ticket on a new thread, a system message in a known one. Release a held message with "
            + "'tix suspended accept ID'.",
        "With several messages, one row per message (file, ticket_id, outcome, status, reason) goes to stdout; "
            + "--summary (or a terminal on stderr) adds the counts on stderr. Exit 0 when every message was kept, "
            + "7 when some input was empty (nothing to keep), 1 when a message hit an internal error (the others "
            + "are kept)."})
    static final class Ingest extends BaseCommand {
        @Parameters(arity = "0..*", paramLabel = "FILE|MBOX|MAILDIR", description = "Message files, mbox files or "
                + "Maildir folders (default: one message on standard input).")
        List<Path> paths = new ArrayList<>();

        @Option(converter = DeskNames.QueueName.class, names = "--queue", paramLabel = "Q", description = "Queue for mail no queue address claims (default support).")
        String queue;

        @Option(names = "--summary", description = "Print the counts of outcomes on stderr (always on a terminal).")
        boolean summary;

        /** One message to ingest: where it came from, and the Maildir file to mark seen once it is stored. */
        private record Item(String source, Path file, int index) {
        }

        @Override
        int run() {
            IngestService ingest = new IngestService(session());
            tix.mail.MimeReader reader = new tix.mail.MimeReader();
            if (paths.isEmpty()) {
                byte[] raw = readAll(root().env().stdin());
                IngestService.Result r = ingest.ingest(reader.read(raw, "stdin"), queue);
                return printChanged(r.ticket());
            }
            List<Path> files = new ArrayList<>();
            for (Path p : paths) files.addAll(expand(p));
            if (files.size() == 1 && !Files.isDirectory(paths.get(0))) {
                byte[] raw = read(files.get(0));
                if (!tix.mail.Mbox.looksLikeMbox(raw) || tix.mail.Mbox.split(raw).size() == 1) {
                    IngestService.Result r = ingest.ingest(reader.read(raw, files.get(0).toString()), queue);
                    return printChanged(r.ticket());
                }
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            Map<String, Integer> counts = new java.util.TreeMap<>();
            int code = ExitCodes.OK;
            for (Path f : files) {
                byte[] data;
                try {
                    data = read(f);
                } catch (DomainException e) {
                    code = refused(rows, counts, f.toString(), e, code);
                    continue;
                }
                List<byte[]> messages = tix.mail.Mbox.looksLikeMbox(data) ? tix.mail.Mbox.split(data) : List.of(data);
                for (int i = 0; i < messages.size(); i++) {
                    String source = messages.size() == 1 ? f.toString() : f + "#" + (i + 1);
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    row.put("file", source);
                    try {
                        IngestService.Result r = ingest.ingest(reader.read(messages.get(i), source), queue);
                        String outcome = r.duplicate() ? "duplicate" : r.outcome();
                        row.put("ticket_id", r.ticket().id());
                        row.put("outcome", outcome);
                        row.put("status", r.ticket().status().wire());
                        row.put("reason", r.reason());
                        counts.merge(outcome, 1, Integer::sum);
                        if (messages.size() == 1) seen(f);
                    } catch (DomainException e) {
                        if (e.reason() != DomainException.Reason.INVALID_DATA) throw e;
                        code = refused(rows, counts, source, e, code);
                        continue;
                    } catch (RuntimeException e) {
                        // a bug met in one message: say so, keep going with the others
                        spec.commandLine().getErr().println("tix: cannot ingest " + source + ": " + e
                                + " (the other messages are kept; TIX_DEBUG=1 for details)");
                        if (root().env().var("TIX_DEBUG") != null) e.printStackTrace(spec.commandLine().getErr());
                        row.put("ticket_id", null);
                        row.put("outcome", "error");
                        row.put("status", null);
                        row.put("reason", String.valueOf(e.getMessage()));
                        counts.merge("error", 1, Integer::sum);
                        code = ExitCodes.INTERNAL;
                    }
                    rows.add(row);
                }
            }
            output().records(rows, List.of("file", "ticket_id", "outcome", "status", "reason"));
            if (summary || root().env().stderrTerminal()) {
                StringBuilder line = new StringBuilder("ingested " + rows.size() + " message(s):");
                counts.forEach((k, v) -> line.append(' ').append(k).append(' ').append(v).append(','));
                line.setLength(line.length() - 1);
                spec.commandLine().getErr().println(line);
            }
            return code;
        }

        private int refused(List<Map<String, Object>> rows, Map<String, Integer> counts, String source,
                            DomainException e, int code) {
            spec.commandLine().getErr().println("tix: " + e.getMessage() + " (" + e.hint() + ")");
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("file", source);
            row.put("ticket_id", null);
            row.put("outcome", "refused");
            row.put("status", null);
            row.put("reason", e.getMessage());
            rows.add(row);
            counts.merge("refused", 1, Integer::sum);
            return code == ExitCodes.OK ? ExitCodes.INVALID_DATA : code;
        }

        private static List<Path> expand(Path p) {
            if (!Files.exists(p)) throw DomainException.usage("no such file: " + p, "a message file or a Maildir");
            if (!Files.isDirectory(p)) return List.of(p);
            List<Path> out = new ArrayList<>();
            boolean maildir = Files.isDirectory(p.resolve("new")) || Files.isDirectory(p.resolve("cur"));
            List<Path> dirs = maildir ? List.of(p.resolve("new"), p.resolve("cur")) : List.of(p);
            for (Path d : dirs) {
                if (!Files.isDirectory(d)) continue;
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw DomainException.usage("cannot list " + d, String.valueOf(e.getMessage()));
                }
            }
            return out;
        }

        /** A Maildir message in new/ is moved to cur/ with the Seen flag once its ticket is committed. */
        private static void seen(Path f) {
            Path dir = f.getParent();
            if (dir == null || !dir.getFileName().toString().equals("new") || dir.getParent() == null
                    || !Files.isDirectory(dir.getParent().resolve("cur"))) {
                return;
            }
            String name = f.getFileName().toString();
            try {
                Files.move(f, dir.getParent().resolve("cur").resolve(name.contains(":2,") ? name : name + ":2,S"),
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException ignored) {
                // left in new/: the next run recognises its Message-ID and does not ingest it twice
            }
        }

        private static byte[] read(Path f) {
            try {
                return Files.readAllBytes(f);
            } catch (NoSuchFileException e) {
                throw DomainException.usage("no such file: " + f, "check the path");
            } catch (IOException e) {
                throw DomainException.invalidData("cannot read " + f, String.valueOf(e.getMessage()));
            }
        }

        private static byte[] readAll(InputStream in) {
            try {
                return in.readAllBytes();
            } catch (IOException e) {
                throw DomainException.invalidData("cannot read standard input", String.valueOf(e.getMessage()));
            }
        }
    }

    @Command(name = "fetch", description = {"Poll IMAP(S) or POP3(S) mailboxes and ingest what is there: each "
            + "queue's configured fetch URL, or --url. A message is deleted on the server only after its ticket is "
            + "committed; after a crash the next fetch recognises what it already has.",
        "With --keep the mail stays on the server: IMAP marks what was ingested seen and skips seen mail next time; "
            + "POP3 reads it all again and skips the Message-IDs tix has.",
        "The password comes from TIX_MAIL_PASSWORD or mail.password in the config file (which must be mode 600), never "
            + "the command line."})
    static final class Fetch extends BaseCommand {
        @Option(names = "--keep", description = "Leave the mail on the server (a shared mailbox): mark it seen instead "
                + "of deleting it.")
        boolean keep;

        @Option(converter = DeskNames.QueueName.class, names = "--queue", paramLabel = "Q", description = "Only this queue's mailbox (with --url: the queue for unclaimed mail).")
        String queue;

        @Option(names = "--url", paramLabel = "URL", description = "imap://, imaps://, pop3:// or pop3s://user@host:port/FOLDER")
        String url;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "500", description = "At most N messages per mailbox (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        int run() {
            if (limit <= 0) throw DomainException.usage("--limit must be positive", "e.g. --limit 100");
            MailService mail = new MailService(session());
            IngestService ingest = new IngestService(session());
            List<String[]> boxes = new ArrayList<>();
            if (url != null) {
                if (queue != null) mail.settings(queue);
                boxes.add(new String[] {url, queue});
            } else {
                for (MailSettings s : mail.fetchable(queue)) boxes.add(new String[] {s.fetchUrl(), s.queue()});
                if (boxes.isEmpty()) {
                    throw DomainException.usage("no mailbox to fetch", "give --url, or set one: tix mail queue-settings "
                            + (queue == null ? Queue.DEFAULT : queue) + " --fetch-url imaps://user@host/INBOX");
                }
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String[] box : boxes) {
                tix.mail.MailboxFetcher f = new tix.mail.MailboxFetcher(box[0], password(this));
                tix.mail.MailboxFetcher.Report r = f.fetch(ingest, box[1], limit, keep);
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                row.put("url", f.url());
                row.put("queue", box[1] == null ? Queue.DEFAULT : box[1]);
                row.put("fetched", r.fetched());
                row.put("ingested", r.created());
                row.put("duplicates", r.duplicates());
                row.put("kept", r.kept());
                rows.add(row);
            }
            output().records(rows, List.of("url", "queue", "fetched", "ingested", "duplicates", "kept"));
            return ExitCodes.OK;
        }
    }

    @Command(name = "send", description = {"Deliver the outbox over SMTP: --url smtp://user@host:port or "
            + "smtps://..., else the setting mail.smtp_url (tix config) or mail.smtp_url in the config file. "
            + "STARTTLS when the server offers it.",
        "Never twice, never silently lost: each row is claimed (status sending, committed) before the server hears "
            + "of it and marked sent after the server accepted it. A row a killed mail send left sending, or one "
            + "whose connection broke before the server answered, may or may not have been delivered: it becomes "
            + "unsure, is never sent again by itself, and mail send says so in one line on stderr; see 'tix mail "
            + "outbox --status unsure', then 'tix mail mark-sent ID' (it arrived) or 'tix mail retry ID' (it did not; "
            + "the resend keeps its Message-ID).",
        "One mail send at a time per desk: a second one that overlaps says so on stderr, sends nothing and "
            + "exits 0. Failures are retried with growing delays (1 min ... 24 h); refusals (5xx) fail at once."})
    static final class Send extends BaseCommand {
        @Option(names = "--url", paramLabel = "URL", description = "smtp://user@host:port or smtps://user@host:port")
        String url;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N messages (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        int run() {
            if (limit <= 0) throw DomainException.usage("--limit must be positive", "e.g. --limit 100");
            String target = url;
            if (target == null) {
                target = session().store().read(tx -> tx.settings().get("mail.smtp_url")).orElse(null);
            }
            if (target == null) target = root().config().getProperty("mail.smtp_url");
            if (target == null || target.isBlank()) {
                throw DomainException.usage("no SMTP server configured", "give --url smtp://host:port or "
                        + "tix config set mail.smtp_url smtp://host:port");
            }
            MailService.SendReport r;
            try (tix.mail.SmtpSender sender = new tix.mail.SmtpSender(target, password(this))) {
                r = new MailService(session()).send(sender, limit);
            }
            if (!r.ran()) {
                spec.commandLine().getErr().println("tix: another mail send is running on this database; nothing sent");
                spec.commandLine().getErr().flush();
            }
            if (!r.unsure().isEmpty()) {
                List<String> ids = r.unsure().stream().map(String::valueOf).toList();
                spec.commandLine().getErr().println("tix: " + ids.size() + " outbox mail(s) may or may not have been "
                        + "delivered (a mail send was stopped or lost the connection mid-delivery): not sent again, now "
                        + "unsure: " + String.join(", ", ids.size() > 10 ? ids.subList(0, 10) : ids)
                        + (ids.size() > 10 ? " ..." : "") + " (check, then 'tix mail mark-sent ID' or 'tix mail retry ID')");
                spec.commandLine().getErr().flush();
            }
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("sent", r.sent());
            row.put("retrying", r.retrying());
            row.put("failed", r.failed());
            row.put("not_tried", r.left());
            output().record(row);
            return ExitCodes.OK;
        }
    }

    @Command(name = "outbox", description = "List queued and sent mail (ticket_id, to, subject, kind, status); "
            + "--retry requeues failed rows first.")
    static final class OutboxList extends BaseCommand {
        @Option(names = "--status", paramLabel = "S", description = "queued, sending, sent, failed, held, manual "
                + "(answers to channel handles such as twitter:@name, for a person to post; 'mail send' never sends "
                + "them) or unsure (a mail send was stopped mid-delivery: the mail may or may not have arrived; "
                + "resolve with 'tix mail mark-sent ID' or 'tix mail retry ID').")
        String status;

        @Option(names = "--retry", description = "Put failed rows back in the queue, due at once.")
        boolean retry;

        @Override
        int run() {
            MailService mail = new MailService(session());
            if (retry) output().note("requeued " + mail.retry() + " failed message(s)");
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Outbox.Item i : mail.outbox(status)) rows.add(MailViews.outbox(i));
            output().records(rows, MailViews.OUTBOX_COLUMNS);
            return ExitCodes.OK;
        }
    }

    @Command(name = "mark-sent", description = "Record that an outbox row went out: a manual row (an answer to a "
            + "channel handle) a person posted by hand, or an unsure row found delivered (in the recipient's mailbox "
            + "or the server's log). Its status becomes sent. Only rows in status manual or unsure (exit 4 otherwise).")
    static final class MarkSent extends BaseCommand {
        @Parameters(index = "0", paramLabel = "OUTBOX_ID", description = "The row's id from 'tix mail outbox --status "
                + "manual' or '--status unsure'.")
        long id;

        @Override
        int run() {
            output().record(MailViews.outbox(new MailService(session()).markSent(id)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "retry", description = "Put one unsure or failed outbox row back in the queue, due at once: "
            + "the next mail send delivers it (with the same Message-ID). For an unsure row, first check that it "
            + "never arrived; otherwise 'tix mail mark-sent ID'. Only rows in status unsure or failed (exit 4 otherwise).")
    static final class Retry extends BaseCommand {
        @Parameters(index = "0", paramLabel = "OUTBOX_ID", description = "The row's id from 'tix mail outbox --status "
                + "unsure' or '--status failed'.")
        long id;

        @Override
        int run() {
            output().record(MailViews.outbox(new MailService(session()).retry(id)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "queue-settings", description = {"Show or change a queue's mail settings: fetch URL, "
            + "templates, limits (the same options as 'tix queue set'). Inbound addresses: 'tix queue set Q "
            + "--add-address EMAIL'."})
    static final class QueueSettings extends BaseCommand {
        @Parameters(converter = DeskNames.QueueName.class, index = "0", paramLabel = "QUEUE")
        String queue;

        @picocli.CommandLine.Mixin
        MailQueueOptions options;

        @Override
        int run() {
            MailService mail = new MailService(session());
            MailSettings s = options.given() ? mail.configure(queue, options.change()) : mail.settings(queue);
            output().record(MailViews.settings(s, mail.addresses(queue)));
            return ExitCodes.OK;
        }
    }
}
