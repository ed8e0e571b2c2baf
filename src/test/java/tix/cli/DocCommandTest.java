package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** The knowledge base (`tix doc`): written by agents, found by words, linked from answers, suggested by `show`. */
class DocCommandTest {
    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() {
        tix = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
        tix.ok("agent", "add", "ana");
    }

    @Test
    void anAgentWritesADocThatIsFoundShownAndEdited() {
        tix.as("ana");
        JsonNode reset = tix.ok("doc", "add", "--title", "Resetting a password", "--url",
                "https://docs.example.com/reset", "--body", "Open the login page and choose 'Forgot password'.",
                "--tag", "login", "--tag", "Account", "--json").json();
        assertEquals(1, reset.get("id").asInt());
        assertEquals("ana", reset.get("author").asText());
        assertEquals("[\"account\",\"login\"]", reset.get("tags").toString());
        assertEquals("2026-11-23T09:00:00Z", reset.get("created_at").asText());
        tix.ok("doc", "add", "--title", "VAT on invoices", "--body", "Invoices charge the VAT of the billing country.",
                "--tag", "billing");

        JsonNode found = tix.ok("doc", "search", "password", "--json").json();
        assertEquals(1, found.size());
        assertEquals("Resetting a password", found.get(0).get("title").asText());
        assertEquals(1, tix.ok("doc", "search", "\"billing country\"", "--json").json().size(), "a quoted phrase");
        assertEquals(1, tix.ok("doc", "search", "billing", "--json").json().size(), "tags are words too");
        assertEquals("[]", tix.ok("doc", "search", "AND OR NOT (*", "--json").json().toString(),
                "any text is a search text, never a syntax error");
        assertEquals(1, tix.ok("doc", "list", "--tag", "login", "--json").json().size());

        assertEquals("Resetting a password\nhttps://docs.example.com/reset\ntags: account, login\n\n"
                + "Open the login page and choose 'Forgot password'.\n", tix.ok("doc", "show", "1").out());

        JsonNode edited = tix.at("2026-11-24T09:00:00Z").ok("doc", "edit", "1", "--title", "Resetting your password",
                "--add-tag", "howto", "--remove-tag", "account", "--no-url", "--json").json();
        assertEquals("Resetting your password", edited.get("title").asText());
        assertTrue(edited.get("url").isNull());
        assertEquals("[\"howto\",\"login\"]", edited.get("tags").toString());
        assertEquals("2026-11-24T09:00:00Z", edited.get("updated_at").asText());
        assertEquals(1, tix.ok("doc", "search", "your", "--json").json().size(), "the index follows the edit");
        JsonNode list = tix.ok("doc", "list", "--json").json();
        assertEquals(1, list.get(0).get("id").asInt(), "the latest changed first");
    }

    @Test
    void aReplyLinksADocAndShowSuggestsDocsThatMatchTheTicket() {
        tix.ok("doc", "add", "--title", "Resetting a password", "--url", "https://docs.example.com/reset");
        tix.ok("doc", "add", "--title", "Exporting invoices", "--body", "Billing > Invoices > Export.");
        tix.ok("create", "--title", "Cannot reset my password", "--requester", "carla@example.com");

        String shown = tix.ok("show", "1").out();
        assertTrue(shown.contains("Related docs (tix reply ID --doc N)\n  1  Resetting a password: "
                + "https://docs.example.com/reset\n"), shown);
        assertFalse(shown.contains("Exporting invoices"), shown);
        assertFalse(tix.ok("show", "1", "--json").out().contains("Related docs"), "JSON stays the ticket object");

        JsonNode replied = tix.ok("reply", "1", "--body", "Hello Carla, this explains it:", "--doc", "1", "--json").json();
        JsonNode msgs = replied.get("messages");
        assertEquals("Hello Carla, this explains it:\n\nResetting a password: https://docs.example.com/reset",
                msgs.get(msgs.size() - 1).get("body").asText());
        JsonNode alone = tix.ok("reply", "1", "--doc", "2", "--json").json().get("messages");
        assertEquals("Exporting invoices\n\nBilling > Invoices > Export.", alone.get(alone.size() - 1).get("body").asText(),
                "a doc without a URL goes in whole: the customer cannot open 'doc 2'");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        tix.ok("doc", "add", "--title", "Kept", "--body", "Text");
        tix.ok("create", "--title", "T", "--requester", "c@example.com");
        String dump = tix.dump();
        assertEquals(2, tix.run("doc", "add", "--title", "Nothing to read").code(), "neither body nor URL");
        assertEquals(2, tix.run("doc", "add", "--title", " ", "--body", "x").code());
        assertEquals(2, tix.run("doc", "add", "--title", "T", "--url", "ftp://example.com/x").code());
        assertEquals(2, tix.run("doc", "add", "--title", "T", "--body", "x", "--tag", "two words").code());
        assertEquals(2, tix.run("doc", "show", "0").code());
        assertEquals(2, tix.run("doc", "edit", "1", "--url", "https://a.example", "--no-url").code());
        assertEquals(2, tix.run("doc", "edit", "1", "--body", " ").code(), "a doc without URL keeps a body");
        TixRunner.Result missing = tix.run("doc", "show", "9");
        assertEquals(3, missing.code());
        assertEquals("tix: doc 9 not found (see 'tix doc list' or 'tix doc search WORDS')\n", missing.err());
        assertEquals(3, tix.run("reply", "1", "--doc", "9").code(), "a reply linking a missing doc is refused");
        tix.as("ana");
        assertEquals(5, tix.run("doc", "remove", "1").code(), "removing is admin only");
        assertEquals(dump, tix.dump());

        tix.as("lead");
        assertEquals("Removed doc 1 (Kept)\n", tix.ok("doc", "remove", "1").out());
        assertEquals("[]", tix.ok("doc", "search", "Kept", "--json").json().toString(), "gone from the index too");
    }
}
