package tix.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tix.app.AgentService;
import tix.app.DeskGenerator;
import tix.app.Session;
import tix.app.Store;
import tix.render.Progress;
import tix.domain.DomainException;
import tix.domain.Message;
import tix.domain.MessageKind;

/**
 * Acts out a short day at a desk on a fresh database, through the real commands, printing each command and what it
 * printed: the quickest way to see what tix does.
 */
@Command(name = "demo", description = {"Create a demo desk (a new temporary database unless --db is given), act out "
        + "a short day - create, take, escalate, split, reply, resolve - and show the queue.",
        "With --tickets N, fill the new desk with N tickets instead: two years of history up to --now (default: now), "
        + "1-20 messages each, agents, teams, queues, tag families, accounts and contacts, every status, tier and "
        + "channel, SLA clocks running and the next time rules scheduled, as if sweeps had run all along. The same "
        + "--seed and --now give the same desk. The desk appears at --db only once it is complete: it is filled as a new "
        + "file in one transaction, with no journal and its indexes built at the end (a run that fails or is stopped "
        + "leaves no file), in bounded memory (the launcher gives it a JVM of its own with a 48 MB heap).",
        "--db may be a postgresql:// URL of an empty database: the desk is made in a temporary file first and then "
        + "copied into it, compared row for row, as 'tix db copy' does."})
final class DemoCommand extends BaseCommand {
    private static final String DAY = "2026-11-23T";

    @Option(names = "--tickets", paramLabel = "N", description = "Generate N tickets (1 to 10,000,000) instead of acting out the day. A million take about "
            + "three minutes of CPU and under 160 MB of memory.")
    Integer tickets;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the generated desk (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    int run() {
        if (tickets == null) return day();
        if (tickets < 1 || tickets > 10_000_000) throw DomainException.usage("bad --tickets " + tickets, "1 to 10000000");
        String url = root().dbUrl;
        if (url != null) requireEmpty(url);
        Path db = url != null ? temporaryDatabase() : newDatabase();
        Path part = db.resolveSibling(db.getFileName() + ".part");
        for (String suffix : new String[] {"", "-wal", "-shm"}) delete(part.resolveSibling(part.getFileName() + suffix));
        DeskGenerator.Made made;
        Instant now;
        try (Store store = root().stores().apply(part); Progress p = progress("generating", tickets)) {
            Session s = new Session(store, root().clock(), root().actor());
            now = s.now();
            new AgentService(s).init();
            made = new DeskGenerator(s).generate(tickets, seed, p::advance);
        } catch (RuntimeException | Error e) {
            // filled without a journal (Store#fill): a desk that did not finish is no desk; it goes
            for (String suffix : new String[] {"", "-wal", "-shm"}) delete(part.resolveSibling(part.getFileName() + suffix));
            throw e;
        }
        try {
            Files.move(part, db, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw DomainException.usage("cannot move the new desk to " + db, String.valueOf(e.getMessage()));
        }
        String where = db.toString();
        if (url != null) {
            copyInto(db, url);
            where = StoreFactory.redact(url);
        }
        output().say("Demo desk: " + where + "\nGenerated " + made.tickets() + " tickets, " + made.messages() + " messages, "
                + made.events() + " events; " + made.agents() + " agents, " + made.accounts() + " accounts, "
                + made.contacts() + " contacts (seed " + seed + ", now " + now + ").");
        return ExitCodes.OK;
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw DomainException.usage("cannot remove " + p, String.valueOf(e.getMessage()));
        }
    }

    private Path newDatabase() {
        Path db = root().db;
        if (db == null) return temporaryDatabase();
        if (Files.exists(db)) throw DomainException.conflict("demo wants a new database, " + db + " exists", "give a new --db path or none");
        return db;
    }

    private static Path temporaryDatabase() {
        try {
            return Files.createTempDirectory("tix-demo-").resolve("demo.db");
        } catch (IOException e) {
            throw DomainException.usage("cannot create a temporary database", String.valueOf(e.getMessage()));
        }
    }

    /**
     * Copies the desk just made in {@code file} into the empty PostgreSQL database at {@code url} (all or nothing,
     * compared row for row) and removes the file: the demo of a team's shared desk.
     */
    private void copyInto(Path file, String url) {
        if (!(root().stores() instanceof StoreFactory factory)) {
            throw DomainException.usage("this tix cannot open " + StoreFactory.redact(url), "give --db a file");
        }
        try (Store source = root().stores().apply(file);
             Store target = factory.url(url, PgPassword.find(root(), url), true)) {
            source.copyTo(target);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) delete(file.resolveSibling(file.getFileName() + suffix));
            try {
                Files.deleteIfExists(file.getParent());
            } catch (IOException e) {
                // a temporary folder left behind holds nothing
            }
        }
    }

    private int day() {
        String url = root().dbUrl;
        Path db = url != null ? temporaryDatabase() : root().db;
        if (db == null) {
            db = temporaryDatabase();
        } else if (url == null && Files.exists(db)) {
            throw DomainException.conflict("demo wants a new database, " + db + " exists", "give a new --db path or none");
        }
        if (url != null) requireEmpty(url);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Demo desk: " + (url != null ? StoreFactory.redact(url) : db));
        step(db, "lead", "09:00", "init");
        step(db, "lead", "09:01", "agent", "add", "ana", "--name", "Ana Lima", "--signature", "Ana, Acme Support");
        step(db, "lead", "09:01", "agent", "add", "ben", "--name", "Ben Okafor");
        step(db, "ana", "09:05", "create", "--title", "Cannot log in after password reset", "--requester",
                "carla@example.com", "--name", "Carla Diaz", "--channel", "email", "--priority", "high", "--body",
                "Since I reset my password this morning the login page just reloads. Chrome 131, Windows 11.");
        step(db, "ana", "09:12", "create", "--title", "Invoice shows the wrong VAT rate", "--requester",
                "dan@example.org", "--channel", "web", "--tag", "billing", "--body",
                "Invoice 2026-114 charges 21% VAT but we are registered in Portugal (23%).");
        step(db, "ana", "09:20", "take", "1");
        step(db, "ana", "09:40", "escalate", "1", "--question",
                "Password reset invalidates the session cookie but the SSO redirect loops. Known issue?");
        step(db, "ben", "10:02", "receive", "2", "--body",
                "Also, unrelated: how do I export all my contacts to CSV?");
        long unrelated = lastCustomerMessage(db, 2);
        step(db, "ben", "10:05", "split", "2", "--message", String.valueOf(unrelated), "--title", "Export contacts to CSV");
        step(db, "ben", "10:07", "take", "1");
        step(db, "ben", "10:30", "reply", "1", "--status", "pending", "--body",
                "Thanks Carla - please clear the cookies for login.example.com and try again; we are fixing the loop.");
        step(db, "ana", "11:00", "reply", "2", "--status", "resolved", "--body",
                "Corrected invoice 2026-114 with 23% VAT is attached to your account.");
        step(db, "ana", "11:05", "reply", "3", "--body",
                "Settings > Contacts > Export gives you a CSV of every contact.");
        step(db, "ana", "11:06", "list", "--status", "new,open,pending,resolved");
        if (url != null) copyInto(db, url);
        out.println();
        out.println("Explore it yourself:  ./tix --db " + (url != null ? StoreFactory.redact(url) : db) + " show 1");
        return ExitCodes.OK;
    }

    /** A day acted out for nothing is refused before it starts: the URL's database must not hold a desk already. */
    private void requireEmpty(String url) {
        if (root().databaseHoldsDesk()) {
            throw DomainException.conflict("demo wants a new database, " + StoreFactory.redact(url) + " holds a desk",
                    "give the URL of an empty database");
        }
    }

    private void step(Path db, String agent, String time, String... args) {
        PrintWriter out = spec.commandLine().getOut();
        out.println();
        out.println("$ tix " + quote(args) + "        # " + agent + " at " + time);
        out.flush();
        List<String> argv = new ArrayList<>(List.of(args));
        argv.addAll(List.of("--db", db.toString(), "--as", agent, "--now", DAY + time + ":00Z"));
        TixCommand r = root();
        CommandLine cl = Tix.commandLine(r.env(), r.stores(), out, spec.commandLine().getErr());
        int code;
        try {
            code = cl.execute(Tix.normalise(argv.toArray(new String[0])));
        } finally {
            ((TixCommand) cl.getCommand()).close();
        }
        if (code != 0) throw new DomainException(DomainException.Reason.INTERNAL, "demo step failed: " + quote(args), "exit " + code);
    }

    private long lastCustomerMessage(Path db, long ticket) {
        var stores = root().stores();
        try (var store = stores.apply(db)) {
            List<Message> messages = store.read(tx -> tx.messages().forTicket(ticket));
            long id = 0;
            for (Message m : messages) if (m.kind() == MessageKind.CUSTOMER) id = m.id();
            return id;
        }
    }

    private static String quote(String... args) {
        StringBuilder sb = new StringBuilder();
        for (String a : args) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(a.matches("[A-Za-z0-9_.,@:/+=-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return sb.toString();
    }
}
