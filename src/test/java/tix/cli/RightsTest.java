package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/**
 * SPEC §2's two roles over every command: what only an admin may do is refused to an agent with 5 and the file left
 * alone, and done for an admin; what an agent may do (on unassigned tickets and their own) is done for both.
 */
class RightsTest {
    @TempDir
    Path dir;

    /** Admin only: assigning to someone else, reassigning, permanent and bulk deletion, all administration. */
    List<List<String>> adminOnly() {
        return List.of(
                List.of("assign", "1", "--to", "ben"), List.of("delete", "1", "--permanent"),
                List.of("bulk", "delete", "--ids", "1", "--permanent"), List.of("agent", "add", "zed"),
                List.of("agent", "set", "ben", "--name", "Ben"), List.of("queue", "add", "sales"),
                List.of("queue", "set", "support", "--add-address", "help@example.com"), List.of("tier", "add", "t6"),
                List.of("sla", "set", "t1", "--green", "1h", "--yellow", "2h"), List.of("calendar", "add", "emea"),
                List.of("calendar", "set", "default", "--zone", "Europe/Lisbon"), List.of("team", "add", "ops"),
                List.of("macro", "add", "thanks", "--body", "Thanks!"), List.of("tagset", "add", "area", "printing"),
                List.of("route", "add", "requester", "vip@example.com", "--priority", "high"),
                List.of("known", "create", "--title", "Printer fire"),
                List.of("config", "set", "pending.reminder_after", "4d"), List.of("restore", dir.resolve("b.db").toString()),
                List.of("import", dir.resolve("export.json").toString()));
    }

    /** Any agent: ticket work on unassigned and own tickets, reading, backups, checks. */
    List<List<String>> anyAgent() {
        return List.of(
                List.of("create", "--title", "New", "--requester", "x@example.com"), List.of("show", "2"), List.of("list"),
                List.of("search", "printer"), List.of("history", "2"), List.of("stats"), List.of("take", "2"),
                List.of("tag", "2", "+billing"), List.of("note", "2", "--body", "looking"),
                List.of("reply", "2", "--body", "on it"), List.of("priority", "2", "high"), List.of("due", "2", "2026-12-01"),
                List.of("escalate", "2", "--question", "why?", "--keep-assignee"), List.of("status", "2", "pending"),
                List.of("resolve", "2"), List.of("reopen", "2"), List.of("release", "2"), List.of("export"),
                List.of("backup", dir.resolve("agent-backup.db").toString()), List.of("check"), List.of("agent", "list"),
                List.of("queue", "list"), List.of("sweep", "--dry-run"));
    }

    private Desk desk() {
        Desk desk = new Desk(dir.resolve("desk"));
        desk.agent("ana", "agent");
        desk.agent("ben", "agent");
        desk.create("Printer on fire");
        desk.create("Login loops");
        return desk;
    }

    @Test
    void anAgentIsRefusedEveryAdministrationAndAnAdminIsNot() throws Exception {
        Desk desk = desk();
        desk.tix.ok("backup", dir.resolve("b.db").toString());
        desk.tix.ok("export", "--format", "json", "--output", dir.resolve("export.json").toString());
        List<String> checked = new ArrayList<>();
        desk.tix.as("ana");
        for (List<String> cmd : adminOnly()) {
            TixRunner.Result r = desk.refused(5, cmd.toArray(new String[0]));
            assertTrue(r.err().contains("admin"), cmd + ": " + r.err());
            checked.add(cmd.get(0));
        }
        desk.tix.as("lead");
        for (List<String> cmd : adminOnly()) {
            if (cmd.get(0).equals("delete") || cmd.get(0).equals("bulk")) continue; // done last, below
            TixRunner.Result r = desk.tix.run(cmd.toArray(new String[0]));
            assertTrue(r.code() != 5, "an admin may: " + cmd + "\n" + r);
        }
        assertEquals(0, desk.tix.run("delete", "1", "--permanent").code());
        assertTrue(checked.size() >= 19);
    }

    @Test
    void anAgentDoesTicketWorkOnUnassignedAndOwnTickets() throws Exception {
        Desk desk = desk();
        desk.tix.as("ana");
        for (List<String> cmd : anyAgent()) {
            TixRunner.Result r = desk.tix.run(cmd.toArray(new String[0]));
            assertEquals(0, r.code(), "an agent may: " + cmd + "\n" + r);
        }
        assertTrue(Files.exists(dir.resolve("agent-backup.db")));
        // someone else's ticket is not theirs to work
        desk.tix.as("lead").ok("assign", "1", "--to", "ben");
        desk.tix.as("ana");
        for (List<String> cmd : List.of(List.of("note", "1", "--body", "x"), List.of("tag", "1", "+x"),
                List.of("status", "1", "pending"), List.of("take", "1"), List.of("release", "1"))) {
            desk.refused(5, cmd.toArray(new String[0]));
        }
    }
}
