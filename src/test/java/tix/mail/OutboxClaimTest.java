package tix.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;
import tix.app.MailSender;
import tix.app.MailService;
import tix.app.NotificationService;
import tix.app.Outbox;
import tix.app.Session;
import tix.app.Store;
import tix.store.pg.PgStore;
import tix.store.sqlite.SqliteStore;

/**
 * Outbox mail is never delivered twice and never silently lost, even when `mail send` dies between the server taking a
 * mail and the row being marked sent: each row is claimed (`sending`, committed) before the SMTP conversation, and a
 * claim found later, under the send lock, belonged to a dead run: it becomes `unsure` for a person, never resent by
 * itself. The same for the notify hook. A death is the exact state a SIGKILL leaves (an Error thrown out of the send
 * at that point: nothing after it runs); CrashIT does it with real SIGKILLs.
 */
class OutboxClaimTest {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(true);

    @TempDir
    Path dir;

    TixRunner tix;

    /** Stands for SIGKILL: thrown out of the sender, nothing of the send after that point runs. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @BeforeEach
    void desk() {
        tix = new TixRunner(dir).as("lead").at("2026-11-23T10:00:00Z");
        tix.ok("init");
        tix.ok("queue", "set", "support", "--add-address", "support@example.com");
        tix.ok("create", "--title", "Printer", "--requester", "ana@example.org", "--body", "x");
        tix.ok("reply", "1", "--body", "Unplug it.");
        tix.ok("create", "--title", "Scanner", "--requester", "bo@example.org", "--body", "y");
        tix.ok("reply", "2", "--body", "Plug it in.");
    }

    private String smtp() {
        return "smtp://127.0.0.1:" + MAIL.getSmtp().getPort();
    }

    private Store store() {
        return tix.postgres() ? new PgStore(tix.location(), null, false) : new SqliteStore(tix.db());
    }

    private MailService mail(Store store) {
        return new MailService(new Session(store, Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), "lead"));
    }

    /** id -> status, claimed_by, as another connection sees them (committed state only). */
    private List<String> rows() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = tix.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, status, claimed_by FROM outbox ORDER BY id")) {
            while (rs.next()) out.add(rs.getLong(1) + " " + rs.getString(2) + (rs.getString(3) == null ? "" : " claimed"));
        }
        return out;
    }

    /** Delivers through a real SmtpSender; dies (like SIGKILL) after the server accepted row {@code dieAfter}. */
    private MailSender dyingAfterDelivery(SmtpSender real, long dieAfter, List<String> seenDuringDelivery) {
        return new MailSender() {
            @Override
            public void deliver(Outbox.Item item, String from, List<Part> parts) {
                try {
                    seenDuringDelivery.addAll(rows());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                real.deliver(item, from, parts);
                if (item.id() == dieAfter) throw new Killed();
            }

            @Override
            public void close() {
                real.close();
            }
        };
    }

    @Test
    void aSendKilledAfterTheServerTookAMailLeavesItUnsureAndItIsNeverSentTwice() throws Exception {
        List<String> seen = new ArrayList<>();
        try (Store store = store(); SmtpSender real = new SmtpSender(smtp(), null)) {
            assertThrows(Killed.class, () -> mail(store).send(dyingAfterDelivery(real, 1, seen), 100));
        }
        assertEquals(List.of("1 sending claimed", "2 queued"), seen, "the claim was committed before the server heard of the mail");
        assertEquals(1, MAIL.getReceivedMessages().length);
        assertEquals(List.of("1 sending claimed", "2 queued"), rows(), "what the killed run left");

        var next = tix.run("mail", "send", "--url", smtp(), "--json");
        assertEquals(0, next.code(), next.toString());
        assertEquals(1, next.json().get("sent").asInt(), "the other mail goes");
        assertEquals(1, next.err().lines().count(), next.err());
        assertTrue(next.err().startsWith("tix: 1 outbox mail(s) may or may not have been delivered"), next.err());
        assertTrue(next.err().contains("now unsure: 1 (check, then 'tix mail mark-sent ID' or 'tix mail retry ID')"), next.err());
        assertEquals(2, MAIL.getReceivedMessages().length, "the claimed mail was not sent again");
        assertEquals(List.of("1 unsure claimed", "2 sent claimed"), rows());

        JsonNode unsure = tix.ok("mail", "outbox", "--status", "unsure", "--json").json();
        assertEquals(1, unsure.size());
        assertEquals("ana@example.org", unsure.get(0).get("to").asText());
        assertTrue(unsure.get(0).get("last_error").asText().startsWith("a mail send was stopped between handing this "
                + "mail to the server and recording the answer: it may or may not have been delivered (claimed by "),
                unsure.get(0).get("last_error").asText());

        var again = tix.run("mail", "send", "--url", smtp(), "--json");
        assertEquals("", again.err(), "warned once, when the row became unsure");
        assertEquals(0, again.json().get("sent").asInt());
        assertEquals(2, MAIL.getReceivedMessages().length, "an unsure row is never sent by itself");

        // the person finds it in ana's mailbox: it went
        assertEquals("sent", tix.ok("mail", "mark-sent", "1", "--json").json().get("status").asText());
        assertEquals(List.of("1 sent claimed", "2 sent claimed"), rows());
        var twice = tix.run("mail", "retry", "1");
        assertEquals(4, twice.code(), "sent mail is never sent again: " + twice);
        assertEquals("tix: outbox row 1 is sent, not unsure or failed (queued mail goes with the next 'tix mail send'; "
                + "sent mail is never sent again)\n", twice.err());
        assertEquals(2, MAIL.getReceivedMessages().length);
    }

    @Test
    void aSendKilledBeforeTheServerHeardOfAMailIsRetriedByAPersonAndArrivesOnceWithItsMessageId() throws Exception {
        try (Store store = store(); SmtpSender real = new SmtpSender(smtp(), null)) {
            MailSender dies = new MailSender() {
                @Override
                public void deliver(Outbox.Item item, String from, List<Part> parts) {
                    throw new Killed(); // killed while connecting: the server never had it
                }

                @Override
                public void close() {
                    real.close();
                }
            };
            assertThrows(Killed.class, () -> mail(store).send(dies, 100));
        }
        assertEquals(0, MAIL.getReceivedMessages().length);
        var next = tix.run("mail", "send", "--url", smtp());
        assertEquals(0, next.code(), next.toString());
        assertTrue(next.err().contains("now unsure: 1 "), next.err());
        assertEquals(1, MAIL.getReceivedMessages().length, "only ticket 2's answer");

        // the person checked: it never arrived
        assertEquals("queued", tix.ok("mail", "retry", "1", "--json").json().get("status").asText());
        assertEquals(3, tix.run("mail", "retry", "99").code(), "no such row");
        assertEquals(2, tix.run("mail", "retry", "0").code(), "not an id");
        var retried = tix.run("mail", "send", "--url", smtp(), "--json");
        assertEquals("", retried.err());
        assertEquals(1, retried.json().get("sent").asInt());
        String id = tix.ok("mail", "outbox", "--json").json().get(0).get("message_id").asText();
        assertEquals(2, MAIL.getReceivedMessages().length);
        assertEquals(1, java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return id.equals(m.getMessageID());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count(), "the retried mail arrived once, with the Message-ID it was queued with");
        assertEquals(List.of("1 sent claimed", "2 sent claimed"), rows());
    }

    @Test
    void aConnectionThatBreaksAfterTheMessageWasHandedOverLeavesItUnsureNotRetried() throws Exception {
        // a real socket server that speaks SMTP up to the end of DATA, then drops the connection without an answer:
        // the server may have stored the mail, the client cannot know
        try (ServerSocket server = new ServerSocket(0)) {
            Thread t = new Thread(() -> dropAfterData(server));
            t.setDaemon(true);
            t.start();
            var r = tix.run("mail", "send", "--url", "smtp://127.0.0.1:" + server.getLocalPort(), "--json");
            assertEquals(0, r.code(), r.toString());
            assertEquals(0, r.json().get("sent").asInt());
            assertEquals(0, r.json().get("retrying").asInt(), "not queued for a blind retry");
            assertEquals(1, r.json().get("not_tried").asInt(), "the run stops at a broken connection");
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("lost the connection mid-delivery"), r.err());
        }
        assertEquals(List.of("1 unsure claimed", "2 queued"), rows());
        String why = tix.ok("mail", "outbox", "--status", "unsure", "--json").json().get(0).get("last_error").asText();
        assertTrue(why.startsWith("the connection broke before the server answered: it may or may not have the mail: "
                + "no answer after the message was sent: "), why);
        // the next run with a working server takes ticket 2's mail and leaves the unsure one alone
        var next = tix.run("mail", "send", "--url", smtp(), "--json");
        assertEquals(1, next.json().get("sent").asInt());
        assertEquals(1, MAIL.getReceivedMessages().length);
        assertEquals("", next.err());
    }

    private static void dropAfterData(ServerSocket server) {
        try (Socket s = server.accept()) {
            var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = s.getOutputStream();
            out.write("220 drop.example ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            boolean data = false;
            for (String line; (line = in.readLine()) != null; ) {
                if (data) {
                    if (line.equals(".")) return; // the whole message arrived: close without "250"
                    continue;
                }
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
                String answer = switch (verb) {
                    case "EHLO", "HELO" -> "250 drop.example\r\n";
                    case "DATA" -> "354 go on\r\n";
                    case "QUIT" -> "221 bye\r\n";
                    default -> "250 ok\r\n";
                };
                if (verb.equals("DATA")) data = true;
                out.write(answer.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (java.io.IOException e) {
            // the client went away
        }
    }

    @Test
    void aNotificationWhoseDeliveryWasKilledMidHookFailsWithWhyAndIsNeverRunAgainByItself() throws Exception {
        Path log = dir.resolve("hook.log");
        Path hook = dir.resolve("hook.sh");
        Files.writeString(hook, "#!/bin/sh\n{ cat; echo; } >> '" + log + "'\n");
        tix.ok("agent", "add", "cy");
        tix.ok("config", "set", "notify.hook", "sh " + hook);
        // the notifications stay queued while another delivery holds the hook lock
        holdingHookLock(() -> {
            tix.ok("assign", "1", "--to", "cy");
            tix.ok("assign", "2", "--to", "cy");
        });
        assertTrue(!Files.exists(log), "no hook ran while another delivery held the lock");
        // (read with SQL: any tix command would deliver them after its own work)
        assertEquals(List.of("queued", "queued"), hookStatuses());

        // a delivery killed while the hook ran for the first notification
        List<Long> ran = new ArrayList<>();
        try (Store store = store()) {
            Session s = new Session(store, Clock.systemUTC(), "lead");
            assertThrows(Killed.class, () -> new NotificationService(s).deliver((command, n) -> {
                ran.add(n.id());
                throw new Killed();
            }));
        }
        assertEquals(1, ran.size());
        assertEquals(List.of("sending", "queued"), hookStatuses(), "one claim at a time, committed before the hook ran");
        var next = tix.run("note", "1", "--body", "any command delivers what waits");
        assertEquals(0, next.code(), next.toString());
        assertEquals(1, next.err().lines().count(), next.err());
        assertTrue(next.err().startsWith("tix: notify hook failed for 1 notification(s): the delivery that gave this "
                + "notification to the hook was stopped"), next.err());
        JsonNode failed = tix.ok("notifications", "--failed", "--json").json();
        assertEquals(1, failed.size());
        assertEquals((long) ran.get(0), failed.get(0).get("id").asLong());
        int hooked = Files.exists(log) ? (int) Files.readAllLines(log).stream().filter(l -> !l.isBlank()).count() : 0;
        long all = tix.ok("notifications", "--json").json().size();
        assertEquals(all - 1, hooked, "every other notification reached the hook once, the killed one not again");
    }

    private List<String> hookStatuses() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = tix.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT hook_status FROM notifications ORDER BY id")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private void holdingHookLock(Runnable r) throws Exception {
        if (tix.postgres()) {
            try (Connection c = tix.connection(); Statement st = c.createStatement()) {
                st.execute("SELECT pg_advisory_lock(" + 0x746978 + ", hashtext('notify-hook'))");
                r.run();
            }
        } else {
            Path lockFile = tix.db().resolveSibling(tix.db().getFileName() + ".notify-hook.lock");
            try (var ch = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE); var held = ch.lock()) {
                r.run();
            }
        }
    }
}
