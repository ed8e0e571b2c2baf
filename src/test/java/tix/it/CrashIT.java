package tix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tix.it.InterruptIT.assertSound;
import static tix.it.InterruptIT.count;
import static tix.it.Proc.ok;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL (no shutdown hook, no rollback of its own: power lost) at random points of bulk, sweep, mail ingest, mail
 * fetch (IMAP), mail send (SMTP; every other one killed the moment it claimed a row) and import, on one desk that lives through all of them. After each kill the file is
 * sound; a bulk and an import are all or nothing; after everything is run once more unkilled, every mail (from a
 * Maildir or the IMAP mailbox) became exactly one message, the mailbox is empty, and no outbox mail reached the SMTP
 * server twice (GreenMail counts): each row is sent and delivered once, or unsure (its send was killed between the
 * claim and the record of the server's answer) and delivered once or not at all; once a person resolved the unsure
 * rows (mark-sent or retry), every mail was delivered exactly once.
 */
class CrashIT {
    static final int KILLS = Spawn.SOAK ? 60 : 10;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(java.util.Arrays.stream(ServerSetupTest.SMTP_IMAP)
            .map(ServerSetup::dynamicPort).toArray(ServerSetup[]::new));

    @TempDir
    Path dir;

    @Test
    void killedAtRandomPointsNothingIsLostOrDoubled() throws Exception {
        Proc tix = new Proc(dir);
        Path db = dir.resolve("desk.db");
        String d = db.toString();
        ok(tix.jar("--db", d, "--as", "lead", "-q", "init"));
        ok(tix.jar("--db", d, "--as", "lead", "-q", "queue", "set", "support", "--add-address", "support@example.com"));
        ok(tix.jar("--db", d, "--as", "lead", "-q", "create", "--title", "Printer", "--requester", "a@example.com",
                "--body", "hi"));
        BigDesk.copyTicketOne(db, Spawn.SOAK ? 5000 : 1500);
        // a small export to import into fresh desks
        Path export = dir.resolve("export.json");
        ok(tix.jar("--db", d, "--as", "lead", "export", "--format", "json", "--output", export.toString(), "--limit", "300"));
        long exported = new com.fasterxml.jackson.databind.ObjectMapper().readTree(export.toFile()).size();

        Random random = new Random(Long.getLong("tix.seed", 7));
        String smtp = "smtp://127.0.0.1:" + SMTP.getSmtp().getPort();
        String imap = "imap://support@127.0.0.1:" + SMTP.getImap().getPort() + "/INBOX";
        var mailbox = SMTP.setUser("support@example.com", "support", "s3cret");
        Map<String, String> password = Map.of("TIX_MAIL_PASSWORD", "s3cret");
        Map<String, Integer> killedBy = new HashMap<>();
        List<String> mailIds = new ArrayList<>();
        java.util.Set<String> fetchedIds = new java.util.HashSet<>();
        int bulks = 0;
        for (int k = 0; k < KILLS; k++) {
            String op = List.of("bulk", "sweep", "ingest", "send", "fetch", "import").get(k % 6);
            List<String> args = new ArrayList<>();
            Path target = db;
            String tag = "k" + k;
            switch (op) {
                case "bulk" -> args.addAll(List.of("bulk", "tag", "+" + tag, "--status", "new,open"));
                case "sweep" -> args.addAll(List.of("sweep", "--now", "2027-0" + (1 + k % 9) + "-15T10:00:00Z"));
                case "ingest" -> {
                    Path md = maildir(k, mailIds);
                    args.addAll(List.of("mail", "ingest", md.toString()));
                }
                case "send" -> args.addAll(List.of("mail", "send", "--url", smtp));
                case "fetch" -> {
                    for (String raw : mails(k, mailIds)) {
                        var m = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                                new java.io.ByteArrayInputStream(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                        fetchedIds.add(m.getMessageID());
                        mailbox.deliver(m);
                    }
                    args.addAll(List.of("mail", "fetch", "--url", imap));
                }
                default -> {
                    target = dir.resolve("import" + k + ".db");
                    args.addAll(List.of("import", "--create", export.toString()));
                }
            }
            args.addAll(List.of("--db", target.toString(), "--as", "lead", "-q"));
            Spawn p = new Spawn(dir, args, password);
            if (op.equals("send") && (k / 6) % 2 == 0) {
                // every other send is killed the moment a row is claimed: between the claim and the record of the
                // server's answer, the window where an at-least-once sender would deliver a mail twice
                long until = System.nanoTime() + 20_000_000_000L;
                while (p.process.isAlive() && System.nanoTime() < until
                        && count(db, "SELECT count(*) FROM outbox WHERE status = 'sending'") == 0) {
                    Spawn.sleep(1);
                }
            } else {
                Spawn.sleep(300 + random.nextInt(2500));
            }
            boolean killed = p.process.isAlive();
            p.signal("KILL");
            Proc.Result r = p.await();
            if (killed) killedBy.merge(op, 1, Integer::sum);
            String what = op + " #" + k + (killed ? " killed" : " finished first") + ": " + r;
            if (!killed) assertTrue(r.code() == 0 || r.code() == 7, what);
            if (Files.exists(target) && Files.size(target) > 0) {
                assertSound(target);
            }
            if (op.equals("bulk")) {
                bulks++;
                long tagged = count(db, "SELECT count(*) FROM ticket_tags WHERE tag = '" + tag + "'");
                long selected = count(db, "SELECT count(*) FROM tickets WHERE status IN ('new', 'open')");
                assertTrue(tagged == 0 || tagged >= selected - 0, "all or nothing: " + tagged + " of " + selected + " " + what);
            }
            if (op.equals("import") && Files.exists(target) && Files.size(target) > 0) {
                long n = count(target, "SELECT count(*) FROM tickets");
                assertTrue(n == 0 || n == exported, "import all or nothing: " + n + " of " + exported + " " + what);
            }
        }
        // everything once more, unkilled: the mail that was interrupted is taken up, nothing twice
        for (int k = 0; k < KILLS; k++) {
            Path md = dir.resolve("Maildir" + k);
            if (Files.exists(md)) ok(tix.jar("--db", d, "--as", "lead", "-q", "mail", "ingest", md.toString()));
        }
        Proc.Result fetch = tix.env("TIX_MAIL_PASSWORD", "s3cret").jar("--db", d, "--as", "lead", "-q", "mail", "fetch",
                "--url", imap);
        assertEquals(0, fetch.code(), fetch.toString());
        assertEquals(0, SMTP.getManagers().getImapHostManager().getInbox(mailbox).getMessageCount(), "the mailbox was emptied");
        Proc.Result send = tix.jar("--db", d, "--as", "lead", "-q", "mail", "send", "--url", smtp);
        assertEquals(0, send.code(), send.toString());
        assertTrue(send.err().isEmpty() || send.err().lines().count() == 1
                && send.err().matches("(?s)tix: \\d+ outbox mail\\(s\\) may or may not have been delivered .*"), send.toString());
        for (String id : mailIds) {
            assertEquals(1, count(db, "SELECT count(*) FROM messages WHERE message_id = '" + id + "'"),
                    "mail " + id + " is exactly one message");
        }
        // The promise of `mail send`: never twice; never silently lost. Each row ends sent (delivered exactly once) or
        // unsure (a send was killed between claiming it and recording the server's answer: delivered once or not at
        // all, listed for a person, never resent by itself). At most one unsure row per killed send (one claim at a
        // time).
        long outbox = count(db, "SELECT count(*) FROM outbox");
        Map<String, String> status = rows(db, "SELECT message_id, status FROM outbox");
        Map<String, String> ids = rows(db, "SELECT message_id, id FROM outbox");
        Map<String, Integer> delivered = delivered(fetchedIds);
        int unsureDelivered = 0;
        int unsureNot = 0;
        for (var e : status.entrySet()) {
            int n = delivered.getOrDefault(e.getKey(), 0);
            switch (e.getValue()) {
                case "sent" -> assertEquals(1, n, "sent row " + e.getKey() + " delivered exactly once");
                case "unsure" -> {
                    assertTrue(n <= 1, "unsure row " + e.getKey() + " delivered " + n + " times");
                    if (n == 1) unsureDelivered++;
                    else unsureNot++;
                }
                default -> throw new AssertionError("row " + e.getKey() + " ended " + e.getValue() + ", not sent or unsure");
            }
        }
        int killedSends = killedBy.getOrDefault("send", 0);
        int unsure = unsureDelivered + unsureNot;
        assertTrue(unsure <= killedSends, unsure + " unsure rows, more than the " + killedSends + " sends killed");
        assertTrue(delivered.keySet().stream().allMatch(status::containsKey), "nothing delivered that the outbox never held");
        System.out.printf("CrashIT: %d runs, %d SIGKILLs (%s), %d mails ingested once each (%d of them fetched over IMAP), "
                + "%d outbox mails: %d sent and delivered once, %d unsure (%d of them delivered once, %d not delivered), "
                + "0 delivered twice%n", KILLS, killedBy.values().stream().mapToInt(i -> i).sum(), killedBy,
                mailIds.size(), fetchedIds.size(), outbox, outbox - unsure, unsure, unsureDelivered, unsureNot);
        // a person resolves the unsure rows: found in the mailbox -> mark-sent; never arrived -> retry
        for (var e : status.entrySet()) {
            if (!"unsure".equals(e.getValue())) continue;
            String verb = delivered.containsKey(e.getKey()) ? "mark-sent" : "retry";
            ok(tix.jar("--db", d, "--as", "lead", "-q", "mail", verb, ids.get(e.getKey())));
        }
        Proc.Result resend = tix.jar("--db", d, "--as", "lead", "-q", "mail", "send", "--url", smtp);
        assertEquals(0, resend.code(), resend.toString());
        assertEquals("", resend.err(), "nothing left unsure");
        assertEquals(outbox, count(db, "SELECT count(*) FROM outbox WHERE status = 'sent'"), "every outbox mail sent");
        Map<String, Integer> finally_ = delivered(fetchedIds);
        assertEquals(outbox, finally_.size(), "every outbox mail reached the server");
        assertTrue(finally_.values().stream().allMatch(n -> n == 1), "each exactly once: " + finally_);
        assertSound(db);
    }

    /** How many times GreenMail received each Message-ID the outbox sent (the customers' fetched mail left out). */
    private static Map<String, Integer> delivered(java.util.Set<String> fetchedIds) throws Exception {
        Map<String, Integer> delivered = new HashMap<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (!fetchedIds.contains(m.getMessageID())) delivered.merge(m.getMessageID(), 1, Integer::sum);
        }
        return delivered;
    }

    /** The first column to the second, of every row of the query. */
    private static Map<String, String> rows(Path db, String sql) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement();
             var rs = st.executeQuery(sql)) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        }
        return out;
    }

    private Path maildir(int k, List<String> ids) throws Exception {
        Path md = dir.resolve("Maildir" + k);
        for (String sub : List.of("new", "cur", "tmp")) Files.createDirectories(md.resolve(sub));
        List<String> mails = mails(k, ids);
        for (int i = 0; i < mails.size(); i++) Files.writeString(md.resolve("new/" + k + "." + i + ".host"), mails.get(i));
        return md;
    }

    /** 25 customer mails for run k, their Message-IDs added to ids. */
    private static List<String> mails(int k, List<String> ids) {
        List<String> mails = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String id = "<m" + k + "." + i + "@customers.example>";
            ids.add(id);
            mails.add("From: Customer " + i + " <c" + k + "x" + i + "@customers.example>\r\nTo: support@example.com\r\n"
                    + "Subject: Help " + k + "/" + i + "\r\nMessage-ID: " + id + "\r\nDate: Mon, 23 Nov 2026 09:00:00 +0000"
                    + "\r\n\r\nMy printer " + i + " is on fire.\r\n");
        }
        return mails;
    }
}
