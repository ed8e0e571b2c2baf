package tix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** Tags as the desks write them (issue 14 point 1): display names, keys, presets, typos refused. */
class TagNamesTest {
    /** Every tag SPEC §1 names for the chat vendor's desk and the tiered desk, verbatim, and no other. */
    static final List<String> CHAT_VENDOR = List.of("area:Omnichannel", "area:Authentication", "type:Bug", "type:Consulting", "type:Insufficient Documentation",
            "type:Sales Related Question", "special:billing", "special:refund", "special:licensing",
            "special:deletion request");
    static final List<String> TIERED = List.of("process:Process Tweak", "process:Missed Doc Review",
            "process:Proposed User Doc", "process:Proposed Internal Doc");

    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() {
        tix = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
        tix.ok("create", "--title", "Login loops", "--requester", "c@example.com");
        tix.ok("create", "--title", "Refund please", "--requester", "d@example.com");
    }

    private String tags(int id) {
        return tix.ok("show", String.valueOf(id), "--json", "tags").json().get("tags").toString();
    }

    private List<String> familyTags() {
        List<String> out = new ArrayList<>();
        for (JsonNode r : tix.ok("tagset", "list", "--json").json()) out.add(r.get("tag").asText());
        return out;
    }

    private List<Long> ids(String... args) {
        return tix.ids(args);
    }

    @Test
    void thePresetsOfTheDesksAreOneCommandAwayVerbatim() {
        JsonNode added = tix.ok("tagset", "add", "--preset", "chat-vendor", "--json").json();
        assertEquals(CHAT_VENDOR.size(), added.size());
        tix.ok("tagset", "add", "--preset", "tiered");
        List<String> all = familyTags();
        for (String t : CHAT_VENDOR) assertTrue(all.contains(t), t + " in " + all);
        for (String t : TIERED) assertTrue(all.contains(t), t + " in " + all);
        assertEquals(CHAT_VENDOR.size() + TIERED.size(), all.size(), "no tag SPEC §1 does not name: " + all);
        JsonNode type = tix.ok("tagset", "list", "type", "--json").json();
        assertTrue(type.get(0).get("single").asBoolean(), "type is a single family");
        // every seed tag goes on a ticket exactly as written
        for (String t : CHAT_VENDOR) {
            if (t.startsWith("type:")) continue;
            tix.ok("tag", "1", "+" + t.substring(t.indexOf(':') + 1));
        }
        tix.ok("tag", "1", "+Insufficient Documentation");
        for (String t : TIERED) tix.ok("tag", "1", "+" + t.substring(t.indexOf(':') + 1));
        JsonNode on = tix.ok("show", "1", "--json", "tags").json().get("tags");
        assertEquals(CHAT_VENDOR.size() - 3 + TIERED.size(), on.size(), on.toString());
        assertTrue(on.toString().contains("\"special:deletion request\""), on.toString());
        assertTrue(on.toString().contains("\"process:Missed Doc Review\""), on.toString());
        assertEquals(3, tix.run("tagset", "add", "--preset", "zendesk").code());
        tix.ok("tagset", "add", "--preset", "chat-vendor");
        assertEquals(CHAT_VENDOR.size() + TIERED.size(), familyTags().size(), "adding a preset again adds nothing");
    }

    @Test
    void aDesksOwnListFromAFileOneArgumentPerTag() throws Exception {
        Path f = dir.resolve("tags.txt");
        Files.writeString(f, "# our desk\n[area]\nCloud Service\nApps / Integrations\n\n[type single]\nBug\n"
                + "Sales Related Question\n", StandardCharsets.UTF_8);
        tix.ok("tagset", "add", "--file", f.toString());
        tix.ok("tagset", "add", "special", "deletion request", "Refund", "billing");
        assertEquals(List.of("area:Apps / Integrations", "area:Cloud Service", "special:billing",
                "special:deletion request", "special:Refund", "type:Bug", "type:Sales Related Question"), familyTags());
        tix.ok("tagset", "add", "special", "DELETION-REQUEST", "refund");
        assertEquals(7, familyTags().size(), "another spelling of a tag the family holds is not added twice");
        Files.writeString(f, "Bug\n[type]\n", StandardCharsets.UTF_8);
        TixRunner.Result bad = tix.run("tagset", "add", "--file", f.toString());
        assertEquals(7, bad.code());
        assertTrue(bad.err().startsWith("tix: " + f + " line 1: a tag before the first [family] line"), bad.err());
        assertEquals(2, tix.run("tagset", "add", "--preset", "tiered", "area").code());
    }

    @Test
    void matchingIgnoresCaseAndSeparatorsEverywhere() {
        tix.ok("tagset", "add", "--preset", "chat-vendor");
        tix.ok("tagset", "add", "--preset", "tiered");
        tix.ok("tagset", "add", "area", "Cloud Service", "Apps / Integrations"); // the desk's own, beyond §1
        tix.ok("tag", "1", "+apps/integrations", "+process-tweak", "+CONSULTING");
        assertEquals("[\"area:Apps / Integrations\",\"process:Process Tweak\",\"type:Consulting\"]", tags(1));
        tix.ok("tag", "2", "+Process_Tweak", "+deletion-request");
        assertEquals(List.of(1L, 2L), ids("list", "--tag", "Process-Tweak", "--sort", "id"));
        assertEquals(List.of(1L), ids("list", "--tag", "consulting"), "a bare family tag selects its family's");
        assertEquals(List.of(2L), ids("list", "--tag", "special:Deletion Request"));
        tix.ok("bulk", "tag", "--tag", "process tweak", "-PROCESS TWEAK", "+Missed doc review");
        assertEquals(List.of(1L, 2L), ids("list", "--tag", "missed-doc-review", "--sort", "id"));
        assertEquals(List.of(), ids("list", "--tag", "process:process-tweak"));
        tix.ok("tag", "1", "-apps integrations");
        assertEquals("[\"process:Missed Doc Review\",\"type:Consulting\"]", tags(1));
        tix.ok("route", "add", "title", "refund", "--tag", "REFUND");
        JsonNode t = tix.ok("create", "--title", "Another refund", "--requester", "e@example.com", "--json").json();
        assertEquals("[\"special:refund\"]", t.get("tags").toString());
    }

    @Test
    void aFreeTagKeepsTheNameOfItsFirstUse() {
        tix.ok("tag", "1", "+Weekly Review");
        tix.ok("tag", "2", "+weekly-review");
        assertEquals("[\"Weekly Review\"]", tags(2), "the first spelling wins");
        tix.ok("tag", "2", "+WEEKLY_REVIEW", "+1234-login-loop");
        assertEquals("[\"1234-login-loop\",\"Weekly Review\"]", tags(2));
        assertEquals(List.of(1L, 2L), ids("list", "--tag", "weekly review", "--sort", "id"));
        String csv = tix.ok("list", "--csv", "--sort", "id").out();
        assertTrue(csv.contains(",1234-login-loop;Weekly Review,"), csv);
        String shown = tix.ok("show", "2").out();
        assertTrue(shown.contains("1234-login-loop, Weekly Review"), shown);
    }

    @Test
    void aTypoCloseToAFamilysTagIsRefusedWithTheSuggestion() {
        tix.ok("tagset", "add", "--preset", "chat-vendor");
        byte[] before = tix.bytes();
        TixRunner.Result r = tix.run("tag", "1", "+refnd");
        assertEquals(2, r.code());
        assertEquals("tix: tag 'refnd' is not in any family but close to 'special:refund' (did you mean "
                + "'special:refund'? or add it: tix tagset add FAMILY \"refnd\")\n", r.err());
        TixRunner.Result far = tix.run("tag", "1", "+Insuficient Documentation");
        assertEquals(2, far.code());
        assertTrue(far.err().contains("'type:Insufficient Documentation'"), far.err());
        assertEquals(2, tix.run("create", "--title", "x", "--requester", "x@example.com", "--tag", "Omnichanel").code());
        assertEquals(2, tix.run("bulk", "tag", "--ids", "1,2", "+licencing").code());
        assertEquals(2, tix.run("tag", "1", "+a;b").code());
        assertArrayEquals(before, tix.bytes(), "refusals write nothing");
        tix.ok("tag", "1", "+VIP customer");
        assertEquals("[\"VIP customer\"]", tags(1), "a tag far from every family's stays free");
    }

    @Test
    void completionOffersTheDisplayNames() {
        tix.ok("tagset", "add", "--preset", "tiered");
        tix.ok("tag", "1", "+Weekly Review", "+process tweak");
        List<String> offered = tix.ok("_complete", "tag").out().lines().toList();
        assertTrue(offered.contains("Weekly Review"), offered.toString());
        assertTrue(offered.contains("process:Process Tweak"), offered.toString());
        assertTrue(offered.contains("process:Proposed Internal Doc"), offered.toString());
        assertEquals(offered.size(), offered.stream().map(s -> s.toLowerCase()).distinct().count(), "one name per tag");
    }
}
