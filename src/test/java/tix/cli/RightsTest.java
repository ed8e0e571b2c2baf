package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tix.TixRunner;
import tix.domain.Right;
import tix.domain.Role;

/**
 * Issue 13 / issue 12 point 7: every command × role. Each command of the tree runs as an agent, a lead, an admin and
 * an agent of a custom role; where the role lacks the command's right it is refused with 5, one line naming the
 * right, nothing on stdout and the file byte for byte unchanged; where it holds it, it is not refused.
 */
class RightsTest {
    @TempDir
    Path dir;

    /** The custom role: may configure the desk and read, but not work tickets (rights are a set, not a ladder). */
    static final Set<Right> CLERK = EnumSet.of(Right.TICKET_SEE, Right.TICKET_CREATE, Right.DESK_CONFIGURE);

    /** One invocation of every command; {me} is the acting agent's login, {n} a file name of this run. */
    static final Map<String, List<String>> SAMPLES = new LinkedHashMap<>();

    /** Rights a sample needs beyond the command's own (checked by the service on the ticket or the selection). */
    static final Map<String, Set<Right>> EXTRA = Map.of(
            "assign", EnumSet.of(Right.TICKET_ASSIGN_OTHERS),
            "close", EnumSet.of(Right.TICKET_CLOSE_FORCE),
            "receive", EnumSet.of(Right.TICKET_WORK),
            "known link", EnumSet.of(Right.TICKET_WORK),
            "bulk delete", EnumSet.of(Right.TICKET_DELETE),
            "bulk close", EnumSet.of(Right.TICKET_WORK, Right.TICKET_CLOSE_FORCE),
            "bulk resolve", EnumSet.of(Right.TICKET_WORK),
            "bulk tag", EnumSet.of(Right.TICKET_WORK),
            "bulk status", EnumSet.of(Right.TICKET_WORK),
            "bulk assign", EnumSet.of(Right.TICKET_ASSIGN_OTHERS));

    static void s(String command, String... args) {
        SAMPLES.put(command, List.of(args));
    }

    static {
        s("init", "init");
        s("completion", "completion", "bash");
        s("_complete", "_complete", "queue");
        s("sweep", "sweep", "--dry-run");
        s("mail ingest", "mail", "ingest");
        s("mail fetch", "mail", "fetch", "--queue", "support");
        s("mail send", "mail", "send", "--dry-run");
        s("db", "db");
        s("db copy", "db", "copy", "{n}.bak", "{n}.db");
        s("show", "show", "2");
        s("list", "list");
        s("search", "search", "printer");
        s("history", "history", "2");
        s("stats", "stats");
        s("export", "export", "--format", "json");
        s("backup", "backup", "{n}.bak");
        s("check", "check");
        s("account", "account");
        s("account list", "account", "list");
        s("account show", "account", "show", "acme");
        s("account import", "account", "import", "{n}.csv");
        s("agent", "agent");
        s("agent list", "agent", "list");
        s("agent show", "agent", "show", "ben");
        s("agent set", "agent", "set", "{me}", "--signature", "Cheers");
        s("agent add", "agent", "add", "zed{n}");
        s("attachment", "attachment");
        s("attachment list", "attachment", "list", "2");
        s("attachment save", "attachment", "save", "2", "1");
        s("calendar", "calendar");
        s("calendar list", "calendar", "list");
        s("calendar show", "calendar", "show", "default");
        s("calendar add", "calendar", "add", "emea{n}");
        s("calendar set", "calendar", "set", "default", "--zone", "Europe/Lisbon");
        s("config", "config");
        s("config get", "config", "get", "pending.reminder_after");
        s("config list", "config", "list");
        s("config export", "config", "export");
        s("config set", "config", "set", "pending.reminder_after", "4d");
        s("config unset", "config", "unset", "pending.reminder_after");
        s("config import", "config", "import", "{n}.json");
        s("doc", "doc");
        s("doc list", "doc", "list");
        s("doc show", "doc", "show", "1");
        s("doc search", "doc", "search", "password");
        s("doc add", "doc", "add", "--title", "Resetting a password", "--body", "Use the link.");
        s("doc edit", "doc", "edit", "1", "--title", "Resetting passwords");
        s("doc remove", "doc", "remove", "1");
        s("known", "known");
        s("known list", "known", "list");
        s("known show", "known", "show", "1");
        s("known create", "known", "create", "--title", "Printer fire");
        s("known link", "known", "link", "1", "3");
        s("known note", "known", "note", "1", "Workaround: power off");
        s("known resolve", "known", "resolve", "1");
        s("macro", "macro");
        s("macro list", "macro", "list");
        s("macro show", "macro", "show", "thanks");
        s("macro suggest", "macro", "suggest");
        s("macro add", "macro", "add", "hello{n}", "--body", "Hello!");
        s("macro remove", "macro", "remove", "thanks");
        s("mail", "mail");
        s("mail outbox", "mail", "outbox");
        s("mail mark-sent", "mail", "mark-sent", "1");
        s("mail retry", "mail", "retry", "1");
        s("side", "side", "2", "--to", "partner@example.com", "--body", "Any news on your side?");
        s("side list", "side", "list", "2");
        s("side reply", "side", "reply", "1", "--body", "And over 2MB?");
        s("mail queue-settings", "mail", "queue-settings", "support", "--auto-response-limit", "5");
        s("queue", "queue");
        s("queue list", "queue", "list");
        s("queue show", "queue", "show", "support");
        s("queue add", "queue", "add", "sales{n}");
        s("queue set", "queue", "set", "support", "--add-address", "help{n}@example.com");
        s("queue remove", "queue", "remove", "spare");
        s("queue member", "queue", "member");
        s("queue member list", "queue", "member", "list", "support");
        s("queue member add", "queue", "member", "add", "support", "ben");
        s("queue member remove", "queue", "member", "remove", "support", "ben");
        s("report", "report");
        s("report repeats", "report", "repeats");
        s("report tags", "report", "tags");
        s("report handoff", "report", "handoff");
        s("role", "role");
        s("role list", "role", "list");
        s("role show", "role", "show", "agent");
        s("role rights", "role", "rights");
        s("role add", "role", "add", "auditor{n}", "--right", "ticket.see");
        s("role set", "role", "set", "auditor", "--grant", "bulk");
        s("route", "route");
        s("route list", "route", "list");
        s("route test", "route", "test", "--requester", "vip@example.com");
        s("route add", "route", "add", "requester", "vip{n}@example.com", "--priority", "high");
        s("route remove", "route", "remove", "1");
        s("route move", "route", "move", "1", "1");
        s("sla", "sla");
        s("sla list", "sla", "list");
        s("sla explain", "sla", "explain", "2");
        s("sla set", "sla", "set", "t1", "--green", "1h", "--yellow", "2h");
        s("sla remove", "sla", "remove", "t1", "--plan", "nothing");
        s("suspended", "suspended");
        s("suspended list", "suspended", "list");
        s("suspended show", "suspended", "show", "2");
        s("suspended accept", "suspended", "accept", "2");
        s("suspended reject", "suspended", "reject", "2");
        s("field", "field");
        s("field list", "field", "list");
        s("field add", "field", "add", "plan{n}", "--type", "text");
        s("field remove", "field", "remove", "region");
        s("tagset", "tagset");
        s("tagset list", "tagset", "list");
        s("tagset add", "tagset", "add", "area", "printing{n}");
        s("tagset remove", "tagset", "remove", "area", "printing");
        s("team", "team");
        s("team list", "team", "list");
        s("team show", "team", "show", "ops");
        s("team add", "team", "add", "ops{n}");
        s("team set", "team", "set", "ops", "--add-member", "ben");
        s("team remove", "team", "remove", "spare");
        s("tier", "tier");
        s("tier list", "tier", "list");
        s("tier add", "tier", "add", "t6{n}");
        s("tier set", "tier", "set", "t1", "--team", "ops");
        s("follow", "follow", "2");
        s("unfollow", "unfollow", "2");
        s("notify", "notify", "3", "--team", "ops", "--note", "have a look");
        s("notifications", "notifications");
        s("create", "create", "--title", "New", "--requester", "x@example.com");
        s("receive", "receive", "3", "--body", "Any news?");
        s("note", "note", "3", "--body", "looking");
        s("reply", "reply", "3", "--body", "on it");
        s("tag", "tag", "3", "+billing");
        s("status", "status", "3", "pending");
        s("resolve", "resolve", "4");
        s("close", "close", "5", "--force");
        s("reopen", "reopen", "4");
        s("priority", "priority", "3", "high");
        s("due", "due", "3", "2026-12-01");
        s("edit", "edit", "3", "--title", "Printer on fire, edited");
        s("split", "split", "3", "--message", "3");
        s("merge", "merge", "6", "--into", "7");
        s("take", "take", "2");
        s("release", "release", "2");
        s("assign", "assign", "7", "--to", "ben");
        s("escalate", "escalate", "7", "--question", "why?", "--keep-assignee");
        s("deescalate", "deescalate", "7", "--to", "triage");
        s("bulk", "bulk");
        s("bulk close", "bulk", "close", "--ids", "8", "--force", "--dry-run");
        s("bulk resolve", "bulk", "resolve", "--ids", "8");
        s("bulk tag", "bulk", "tag", "+x", "--ids", "8");
        s("bulk status", "bulk", "status", "open", "--ids", "8");
        s("bulk assign", "bulk", "assign", "--to", "ben", "--ids", "8");
        s("bulk delete", "bulk", "delete", "--ids", "9", "--permanent");
        s("import", "import", "{n}.json");
        s("restore", "restore", "{n}.bak");
        s("delete", "delete", "10", "--permanent");
    }

    /** Run elsewhere: `demo` makes a desk of its own (slow), `shell` reads a terminal. Neither needs a right. */
    static final Set<String> NOT_RUN = Set.of("demo", "shell");

    @Test
    void everyCommandOfTheTreeHasARightAndASample() {
        CommandLine cl = Tix.commandLine(tix.cli.Env.system(), p -> null, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        Set<String> paths = new TreeSet<>();
        walk(cl, "", paths);
        assertEquals(paths, new TreeSet<>(CommandRights.TABLE.keySet()), "the rights table names every command");
        Set<String> sampled = new TreeSet<>(SAMPLES.keySet());
        sampled.addAll(NOT_RUN);
        assertEquals(paths, sampled, "this test runs every command");
        assertTrue(CommandRights.TABLE.get("demo") == null && CommandRights.TABLE.get("shell") == null);
    }

    private static void walk(CommandLine cl, String path, Set<String> out) {
        for (var e : cl.getSubcommands().entrySet()) {
            if (!e.getKey().equals(e.getValue().getCommandName())) continue; // an alias
            String p = path.isEmpty() ? e.getKey() : path + " " + e.getKey();
            out.add(p);
            walk(e.getValue(), p, out);
        }
    }

    /** What the built-in agent may not do, written out: the defaults the desks of SPEC §1 rely on. */
    @Test
    void theAgentDefaultsLetAgentsRouteWorkButNotDeleteBulkOrConfigure() {
        Set<String> refused = new TreeSet<>();
        for (var e : SAMPLES.entrySet()) {
            if (!allowed(Role.AGENT.builtInRights(), e.getKey())) refused.add(e.getKey());
        }
        Set<String> configure = new TreeSet<>();
        for (var e : CommandRights.TABLE.entrySet()) if (e.getValue() == Right.DESK_CONFIGURE) configure.add(e.getKey());
        Set<String> expected = new TreeSet<>(configure);
        expected.addAll(List.of("delete", "close", "known resolve", "bulk close", "bulk resolve", "bulk tag",
                "bulk status", "bulk assign", "bulk delete"));
        assertEquals(expected, refused);
        for (String routes : List.of("assign", "escalate", "known create", "known link", "take", "release")) {
            assertTrue(allowed(Role.AGENT.builtInRights(), routes), routes);
        }
        Set<Right> lead = Role.LEAD.builtInRights();
        assertTrue(lead.containsAll(Role.AGENT.builtInRights()) && lead.contains(Right.BULK)
                && lead.contains(Right.KNOWN_MANAGE) && lead.contains(Right.QUEUE_ALL));
        assertTrue(!lead.contains(Right.TICKET_DELETE) && !lead.contains(Right.DESK_CONFIGURE));
    }

    static boolean allowed(Set<Right> rights, String command) {
        Right r = CommandRights.TABLE.get(command);
        if (r != null && !rights.contains(r)) return false;
        return rights.containsAll(EXTRA.getOrDefault(command, Set.of()));
    }

    @Test
    void agentRunsEveryCommand() {
        run("ana", Role.AGENT.builtInRights());
    }

    @Test
    void leadRunsEveryCommand() {
        run("lea", Role.LEAD.builtInRights());
    }

    @Test
    void adminRunsEveryCommand() {
        run("lead", Role.ADMIN.builtInRights());
    }

    @Test
    void customRoleRunsEveryCommand() {
        run("cid", CLERK);
    }

    private void run(String login, Set<Right> rights) {
        Desk desk = new Desk(dir.resolve("desk"));
        TixRunner tix = desk.tix;
        desk.agent("ana", "agent");
        desk.agent("ben", "agent");
        desk.agent("lea", "lead");
        tix.ok("role", "add", "clerk", "--right", String.join(",", CLERK.stream().map(Right::wire).toList()));
        tix.ok("agent", "add", "cid", "--role", "clerk");
        tix.ok("role", "add", "auditor", "--right", "ticket.see");
        tix.ok("queue", "add", "spare");
        tix.ok("team", "add", "spare");
        tix.ok("team", "add", "ops");
        tix.ok("macro", "add", "thanks", "--body", "Thanks!");
        tix.ok("known", "create", "--title", "Login loops");
        tix.ok("doc", "add", "--title", "Passwords", "--body", "Reset them.");
        tix.ok("route", "add", "requester", "boss@example.com", "--priority", "high");
        tix.ok("tagset", "add", "area", "printing");
        tix.ok("field", "add", "region", "--type", "text");
        for (int i = 1; i <= 10; i++) desk.create("Printer " + i);
        tix.ok("assign", "7", "--to", login.equals("lead") ? "ben" : login);
        tix.ok("backup", dir.resolve("r.bak").toString());
        tix.ok("export", "--format", "json", "--output", dir.resolve("r.json").toString());
        tix.as(login);
        List<String> refused = new ArrayList<>();
        for (var e : SAMPLES.entrySet()) {
            String[] args = e.getValue().stream().map(a -> a.replace("{me}", login)
                    .replace("{n}.bak", dir.resolve("r.bak").toString())
                    .replace("{n}.json", dir.resolve("r.json").toString())
                    .replace("{n}.csv", dir.resolve("missing.csv").toString())
                    .replace("{n}.db", dir.resolve("copy.db").toString())
                    .replace("{n}", "")).toArray(String[]::new);
            Right right = CommandRights.TABLE.get(e.getKey());
            long t0 = System.nanoTime();
            if (allowed(rights, e.getKey())) {
                TixRunner.Result r = tix.run(args);
                if (System.getenv("TIMING") != null) System.err.println((System.nanoTime() - t0) / 1000000 + " ms " + e.getKey());
                assertNotEquals(5, r.code(), () -> login + " may: tix " + String.join(" ", args) + "\n" + r);
            } else {
                TixRunner.Result r = desk.refused(5, args);
                Right missing = right != null && !rights.contains(right) ? right
                        : EXTRA.get(e.getKey()).stream().filter(x -> !rights.contains(x)).findFirst().orElseThrow();
                assertTrue(r.err().contains("you lack " + missing.wire()) && r.err().contains("held by role "),
                        () -> login + ": tix " + String.join(" ", args) + ": " + r.err());
                refused.add(e.getKey());
            }
        }
        if (rights.contains(Right.DESK_CONFIGURE) && rights.contains(Right.TICKET_WORK)) {
            assertEquals(List.of(), refused, "an admin may do everything");
        } else {
            assertTrue(refused.size() >= 5, login + " was refused " + refused);
        }
    }
}
