package tix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** Controlled tag families (SPEC §1.1: area, type and special tags): `tix tagset` and how `tag`/`create` obey them. */
class TagsetCommandTest {
    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() {
        tix = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
        tix.ok("agent", "add", "ana");
        tix.ok("tagset", "add", "type", "Bug", "consulting", "insufficient-documentation", "--single");
        tix.ok("tagset", "add", "area", "omnichannel", "authentication");
        tix.ok("tagset", "add", "special", "billing", "refund", "deletion-request");
        tix.ok("create", "--title", "Login loops", "--requester", "c@example.com");
    }

    private String tags(int id) {
        return tix.ok("show", String.valueOf(id), "--json", "tags").json().get("tags").toString();
    }

    @Test
    void aBareTagOfOneFamilyIsQualifiedAndFreeTagsStayFree() {
        tix.ok("tag", "1", "+authentication", "+billing", "+1234-login-loop");
        assertEquals("[\"1234-login-loop\",\"area:authentication\",\"special:billing\"]", tags(1));
        tix.ok("tag", "1", "-billing", "area:omnichannel");
        assertEquals("[\"1234-login-loop\",\"area:authentication\",\"area:omnichannel\"]", tags(1));
        JsonNode created = tix.ok("create", "--title", "Refund please", "--requester", "d@example.com",
                "--tag", "refund", "--tag", "type:consulting", "--json").json();
        assertEquals("[\"special:refund\",\"type:consulting\"]", created.get("tags").toString());
    }

    @Test
    void aSingleFamilyKeepsOneTagPerTicket() {
        tix.ok("tag", "1", "+bug");
        tix.ok("tag", "1", "+consulting");
        assertEquals("[\"type:consulting\"]", tags(1), "the newer type replaces the older");
        JsonNode history = tix.ok("history", "1", "--json").json();
        JsonNode last = history.get(history.size() - 1);
        assertEquals("tags", last.get("action").asText());
        assertEquals("type:Bug", last.get("old").asText(), "the family's spelling");
        assertEquals("type:consulting", last.get("new").asText());

        TixRunner.Result two = tix.run("tag", "1", "+bug", "+insufficient-documentation");
        assertEquals(2, two.code());
        assertEquals("tix: family 'type' takes one tag per ticket (give only one of type:Bug, "
                + "type:insufficient-documentation)\n", two.err());
        // a multiple family may hold several
        tix.ok("tag", "1", "+omnichannel", "+authentication");
        assertEquals("[\"area:authentication\",\"area:omnichannel\",\"type:consulting\"]", tags(1));
    }

    @Test
    void tagsAFamilyDoesNotListAreRefusedAndChangeNothing() {
        tix.ok("tagset", "add", "product", "bug");
        byte[] before = tix.bytes();
        TixRunner.Result typo = tix.run("tag", "1", "+type:bgu");
        assertEquals(2, typo.code());
        assertEquals("tix: 'bgu' is not a tag of family 'type' (did you mean 'type:Bug'?)\n", typo.err());
        TixRunner.Result far = tix.run("tag", "1", "+type:feature");
        assertEquals("tix: 'feature' is not a tag of family 'type' (one of: Bug, consulting, insufficient-documentation)\n",
                far.err());
        TixRunner.Result both = tix.run("tag", "1", "+bug");
        assertEquals("tix: tag 'bug' is in several families (say product:bug or type:Bug)\n", both.err());
        assertEquals(2, tix.run("create", "--title", "x", "--requester", "e@example.com", "--tag", "area:billing").code());
        assertEquals(2, tix.run("bulk", "tag", "--ids", "1", "+special:refunds").code());
        assertArrayEquals(before, tix.bytes(), "a refused tag leaves the file byte for byte");
        tix.ok("tag", "1", "+type:bug");
        assertEquals("[\"type:Bug\"]", tags(1));
    }

    @Test
    void listCountsTicketsAndRemovingAFamilyFreesItsTagsButKeepsThemOnTickets() {
        tix.ok("tag", "1", "+refund");
        String csv = tix.ok("tagset", "list", "special", "--csv").out();
        assertEquals("family,tag,single,tickets\r\nspecial,special:billing,false,0\r\n"
                + "special,special:deletion-request,false,0\r\nspecial,special:refund,false,1\r\n", csv);
        JsonNode all = tix.ok("tagset", "list", "--json").json();
        assertEquals(8, all.size());
        assertEquals("area", all.get(0).get("family").asText());

        tix.ok("tagset", "remove", "special", "refund");
        assertEquals(2, tix.run("tag", "1", "+special:refund").code(), "a retired tag is no longer offered");
        tix.ok("tag", "1", "-special:refund");
        assertEquals("[]", tags(1), "but it can still be taken off");

        tix.ok("tag", "1", "+billing");
        tix.ok("tagset", "remove", "special");
        assertEquals("[\"special:billing\"]", tags(1), "tickets keep their tags");
        tix.ok("tag", "1", "+special:anything");
        assertEquals(3, tix.run("tagset", "list", "special").code());
        assertTrue(tix.ok("tagset", "list").out().startsWith("FAMILY"));
    }

    @Test
    void changesAreAdminOnlyAndBadInputIsRefusedBeforeWriting() {
        String dump = tix.dump();
        assertEquals(2, tix.run("tagset", "add", "new-family").code(), "a new family needs tags");
        assertEquals(2, tix.run("tagset", "add", "bad:family", "x").code());
        assertEquals(2, tix.run("tagset", "add", "area", "a;b").code());
        assertEquals(2, tix.run("tagset", "add", "area", "area:sso").code());
        assertEquals(2, tix.run("tagset", "add", "area", "x", "--single", "--multiple").code());
        assertEquals(3, tix.run("tagset", "remove", "nope").code());
        assertEquals(3, tix.run("tagset", "remove", "area", "nope").code());
        tix.as("ana");
        TixRunner.Result r = tix.run("tagset", "add", "area", "sso");
        assertEquals(5, r.code());
        assertEquals("tix: you lack desk.configure (held by role admin: lead)\n", r.err());
        assertEquals(5, tix.run("tagset", "remove", "area").code());
        assertEquals(dump, tix.dump());
        assertEquals(8, tix.ok("tagset", "list", "--json").json().size(), "agents may read the families");
    }

    @Test
    void aRoutingRuleTagObeysTheFamiliesToo() {
        assertEquals(2, tix.run("route", "add", "title", "refund", "--tag", "special:refunds").code());
        JsonNode rule = tix.ok("route", "add", "title", "refund", "--tag", "refund", "--json").json();
        assertEquals("special:refund", rule.get("tag").asText(), "stored qualified");
        JsonNode t = tix.ok("create", "--title", "Refund for May", "--requester", "f@example.com", "--tag", "type:bug",
                "--json").json();
        assertEquals("[\"special:refund\",\"type:Bug\"]", t.get("tags").toString());
    }
}
