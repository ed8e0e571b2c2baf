package tix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.PgCluster;
import tix.TixRunner;

class ExportImportTest {
    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() {
        dir.resolve("a").toFile().mkdirs();
        tix = new TixRunner(dir.resolve("a")).as("lead");
        tix.at("2026-11-23T09:00:00Z").ok("init");
        tix.ok("agent", "add", "ana");
        tix.ok("team", "add", "product", "--member", "ana");
        tix.ok("queue", "add", "billing", "--address", "billing@example.com");
        assertEquals(0, tix.runWithInput("name,plan,status,emails\nAcme,Pro,vip,ana@acme.example\n", "account", "import", "-").code());
    }

    /** A desk with every kind of state: statuses, links, tags, notes, replies with Message-IDs, odd text. */
    private void fill() {
        tix.at("2026-11-23T09:00:00Z").ok("create", "--title", "Printer, \"on fire\"", "--requester", "ana@acme.example",
                "--name", "Ana Acme", "--body", "Line one\r\nline two, with comma\nand \"quotes\" — ünïcödé", "--tag", "hardware",
                "--tag", "area:print", "--priority", "high", "--due", "2026-12-01");
        tix.at("2026-11-23T09:05:00Z").ok("note", "1", "--body", "internal only");
        tix.at("2026-11-23T09:10:00Z").ok("reply", "1", "--body", "We are on it.", "--status", "pending");
        tix.at("2026-11-23T09:15:00Z").ok("assign", "1", "--to", "ana");
        tix.at("2026-11-23T09:20:00Z").ok("create", "--title", "Invoice wrong", "--requester", "bo@beta.example",
                "--queue", "billing", "--body", "Please fix", "--channel", "email");
        tix.at("2026-11-23T09:25:00Z").ok("assign", "2", "--to", "ana", "--team", "product", "--no-sticky");
        tix.at("2026-11-23T09:30:00Z").ok("receive", "2", "--body", "Also: unrelated question");
        tix.at("2026-11-23T09:31:00Z").ok("split", "2", "--message", "5", "--title", "Unrelated");
        tix.at("2026-11-23T09:40:00Z").ok("create", "--title", "Dup", "--requester", "bo@beta.example");
        tix.at("2026-11-23T09:41:00Z").ok("merge", "4", "--into", "2");
        tix.at("2026-11-23T09:50:00Z").ok("status", "3", "hold", "--days", "2");
        tix.at("2026-11-23T10:00:00Z").ok("resolve", "2");
        tix.at("2026-11-23T10:01:00Z").ok("close", "2");
        tix.at("2026-11-24T10:00:00Z").ok("receive", "2", "--body", "It is broken again");
        tix.at("2026-11-24T11:00:00Z").ok("escalate", "5", "--question", "Why again?");
        // as a permanent bounce would: mail to bo is held from now on
        tix.sql("UPDATE contacts SET undeliverable = 1 WHERE email = 'bo@beta.example'");
    }

    private TixRunner fresh(String name) {
        dir.resolve(name).toFile().mkdirs();
        TixRunner other = new TixRunner(dir.resolve(name)).as("lead");
        other.at("2026-11-25T09:00:00Z").ok("init");
        return other;
    }

    @Test
    void csvRoundTripIsLosslessAndByteIdentical() throws Exception {
        fill();
        String first = tix.ok("export").out();
        assertEquals(5, first.split("\r\n").length - 1 + (first.endsWith("\r\n") ? 0 : 1), first);
        Path file = dir.resolve("desk.csv");
        tix.ok("export", "--output", file.toString());
        assertEquals(first, Files.readString(file), "--output writes the same bytes");

        TixRunner other = fresh("b");
        TixRunner.Result imported = other.ok("import", file.toString(), "--json");
        JsonNode r = imported.json();
        assertEquals(5, r.get("count").asInt());
        assertTrue(r.get("created").toString().contains("queue billing"), r.toString());
        assertTrue(r.get("created").toString().contains("agent ana"), r.toString());
        assertEquals(0, r.get("dropped_links").asInt());
        assertEquals(first, other.ok("export").out(), "export -> import -> export is identical");
        JsonNode two = other.ok("export", "--format", "json").json().get(1);
        assertTrue(two.get("requester_undeliverable").asBoolean(), "a bounced address stays held after import");

        for (String id : new String[] {"1", "2", "3", "5"}) {
            JsonNode a = stripVolatile(tix.ok("show", id, "--json").json());
            JsonNode b = stripVolatile(other.ok("show", id, "--json").json());
            assertEquals(a, b, "show " + id);
            assertEquals(tix.ok("history", id, "--json").out(), other.ok("history", id, "--json").out());
        }
        // (without the live sla object, which depends on each desk's --now)
        assertEquals(tix.ok("search", "unrelated", "--json", "id,title,status,tags").out(),
                other.ok("search", "unrelated", "--json", "id,title,status,tags").out(),
                "the search index is rebuilt");
        JsonNode five = other.ok("show", "5", "--json").json();
        assertEquals(2, five.get("follow_up_of").asInt());
        JsonNode four = other.ok("list", "--status", "closed", "--json").json().get(1);
        assertEquals(4, four.get("id").asInt());
        assertEquals(2, four.get("merged_into").asInt());
        assertEquals(2, other.ok("show", "3", "--json").json().get("split_from").asInt());
    }

    /**
     * Texts that CSV quoting and JSON escaping must both get right (a leading '#' or space, a quote, a backslash, a
     * tab, a lone CR, JSON-looking text, an emoji) survive export -> import -> export unchanged, in titles, requester
     * names and message bodies.
     */
    @Test
    void awkwardTextsSurviveTheCsvRoundTrip() throws Exception {
        String[] texts = {"#hash first", " leading space", "trailing space ", "say \"hi\", then \"\"", "back\\slash \\n",
                "tab\there", "lone\rcarriage", "[\"not\",\"json\"]", "{\"a\":1}", "emoji \ud83d\ude00 and \u4e2d\u6587",
                "comma, semicolon; pipe|", "line\r\nbreak\nand more"};
        for (int i = 0; i < texts.length; i++) {
            String t = texts[i];
            tix.at("2026-11-23T09:00:00Z").ok("create", "--title", t.replace('\r', ' ').replace('\n', ' ').replace('\t', ' '),
                    "--requester", "r" + i + "@example.com", "--name", t.strip().replaceAll("\\s+", " "), "--body", t);
            tix.at("2026-11-23T09:01:00Z").ok("reply", String.valueOf(i + 1), "--body", t + t);
        }
        Path file = dir.resolve("awkward.csv");
        tix.ok("export", "--output", file.toString());
        TixRunner other = fresh("awkward");
        other.ok("import", file.toString());
        assertEquals(Files.readString(file), other.ok("export").out(), "export -> import -> export is identical");
        for (int i = 0; i < texts.length; i++) {
            JsonNode shown = other.ok("show", String.valueOf(i + 1), "--json").json();
            assertEquals(texts[i], shown.get("messages").get(0).get("body").asText(), "body " + i);
            assertEquals(texts[i] + texts[i], shown.get("messages").get(1).get("body").asText(), "reply " + i);
            assertEquals(stripVolatile(tix.ok("show", String.valueOf(i + 1), "--json").json()), stripVolatile(shown));
        }
    }

    private static String mail(String from, String to, String cc, String subject, String id, String inReplyTo,
                               String body) {
        return "From: " + from + "\r\nTo: " + to + "\r\n" + (cc == null ? "" : "Cc: " + cc + "\r\n")
                + "Subject: " + subject + "\r\nMessage-ID: " + id + "\r\n"
                + (inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + "\r\n")
                + "Date: Mon, 23 Nov 2026 09:00:00 +0000\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body
                + "\r\n";
    }

    @Test
    void addressesCcAndSideConversationsSurviveTheRoundTripAndStayOutOfTheCustomerExport() throws Exception {
        tix.at("2026-11-23T09:00:00Z").runWithInput(mail("ana@acme.example", "billing@example.com",
                "boss@acme.example", "Invoice twice", "<c1@acme.example>", null, "Charged twice"), "mail", "ingest");
        tix.at("2026-11-23T09:10:00Z").ok("reply", "1", "--body", "Checking with the bank.", "--cc", "audit@example.com");
        JsonNode side = tix.at("2026-11-23T09:20:00Z").ok("side", "1", "--to", "cases@bank.example", "--cc",
                "finance@example.com", "--body", "Did you run card 4242 twice?", "--json").json();
        String reference = side.get("reference").asText();
        String ours = tix.ok("mail", "outbox", "--json").json().findValues("message_id").stream()
                .map(JsonNode::asText).filter(m -> !m.contains("c1@")).reduce((a, b) -> b).orElseThrow();
        tix.at("2026-11-23T10:00:00Z").runWithInput(mail("cases@bank.example", "billing@example.com", null,
                "[Case 77] [#1 side 1] Invoice twice", "<b1@bank.example>", ours, "Yes, a retry."), "mail", "ingest");
        tix.at("2026-11-23T10:30:00Z").ok("side", "reply", "1", "--body", "Please refund the second one.");

        String csv = tix.ok("export").out();
        String json = tix.ok("export", "--json").out();
        JsonNode t = new ObjectMapper().readTree(json).get(0);
        assertEquals("billing@example.com", t.get("to_address").asText());
        assertEquals(1, t.get("sides").size());
        JsonNode s = t.get("sides").get(0);
        assertEquals("cases@bank.example", s.get("partner").asText());
        assertEquals("[\"finance@example.com\"]", s.get("cc").toString());
        assertEquals(reference, s.get("reference").asText());
        assertEquals("77", s.get("partner_ticket").asText());
        JsonNode first = t.get("messages").get(0);
        assertEquals("[\"billing@example.com\"]", first.get("to").toString());
        assertEquals("[\"boss@acme.example\"]", first.get("cc").toString());
        long inSide = 0;
        for (JsonNode m : t.get("messages")) if (m.hasNonNull("side")) inSide++;
        assertEquals(3, inSide, "the opening, the bank's answer, our second message");

        for (String[] format : new String[][] {{"csv", csv}, {"json", json}}) {
            Path file = dir.resolve("desk." + format[0]);
            Files.writeString(file, format[1]);
            TixRunner other = fresh("x" + format[0]);
            other.ok("import", file.toString());
            assertEquals(csv, other.ok("export").out(), format[0]);
            assertEquals(json, other.ok("export", "--json").out(), format[0]);
            assertEquals(stripVolatile(tix.ok("show", "1", "--json").json()), stripVolatile(other.ok("show", "1", "--json").json()));
            assertEquals(tix.ok("side", "list", "1", "--json").out(), other.ok("side", "list", "1", "--json").out());
            // the bank's next answer threads back into the imported desk as an internal note
            TixRunner.Result answer = other.at("2026-11-24T09:00:00Z").runWithInput(mail("cases@bank.example",
                    "billing@example.com", null, "Refund", "<b2@bank.example>", "<b1@bank.example>", "Refunded."),
                    "mail", "ingest");
            assertEquals(0, answer.code(), "the imported desk takes new messages (ids continue after the file's)\n" + answer);
            assertEquals(1, other.ok("list", "--json").json().size(), "no new ticket");
            JsonNode after = other.ok("side", "list", "1", "--json").json().get(0);
            assertEquals(4, after.get("messages_count").asInt(), "three imported, one new");
            assertEquals(2, other.ok("create", "--title", "Next", "--requester", "ann@example.com", "--json").json()
                    .get("id").asInt(), "ticket ids continue after the imported ones");
        }

        // a message filed under a side conversation the file does not hold is bad data: nothing is written
        Path bad = dir.resolve("bad.json");
        JsonNode noSides = new ObjectMapper().readTree(json);
        ((com.fasterxml.jackson.databind.node.ObjectNode) noSides.get(0)).putArray("sides");
        Files.writeString(bad, noSides.toString());
        TixRunner empty = fresh("bad");
        byte[] before = empty.bytes();
        TixRunner.Result refused = empty.run("import", bad.toString());
        assertEquals(7, refused.code(), refused.toString());
        assertTrue(refused.err().contains("belongs to side conversation 1, which is not in sides"), refused.err());
        assertArrayEquals(before, empty.bytes());

        String customer = tix.ok("export", "--customer", "--json").out();
        JsonNode c = new ObjectMapper().readTree(customer).get(0);
        assertEquals("[]", c.get("sides").toString(), "side conversations are internal");
        assertFalse(customer.contains("card 4242") || customer.contains("a retry") || customer.contains("refund the second")
                || customer.contains("cases@bank.example") || customer.contains(reference), customer);
        String customerCsv = tix.ok("export", "--customer").out();
        assertFalse(customerCsv.contains("card 4242") || customerCsv.contains("cases@bank.example"), customerCsv);
    }

    /** Fields computed at show time from the current clock (SLA) are not stored, so they may differ. */
    private static JsonNode stripVolatile(JsonNode n) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("sla");
        return n;
    }

    @Test
    void jsonRoundTripAndCsvAndJsonCarryTheSameTickets() throws Exception {
        fill();
        String json = tix.ok("export", "--format", "json").out();
        JsonNode arr = new ObjectMapper().readTree(json);
        assertEquals(5, arr.size());
        JsonNode one = arr.get(0);
        assertEquals("[\"area:print\",\"hardware\"]", one.get("tags").toString());
        assertEquals(3, one.get("messages").size());
        assertEquals("note", one.get("messages").get(1).get("kind").asText());
        assertTrue(one.get("messages").get(2).get("message_id").asText().contains("@"), "replies keep their Message-ID");
        assertTrue(one.get("events").size() >= 4);
        assertEquals("Ana Acme", one.get("requester_name").asText());

        Path file = dir.resolve("desk.json");
        tix.ok("export", "-o", file.toString());
        assertEquals(json, Files.readString(file), "an --output ending in .json is JSON");
        TixRunner other = fresh("c");
        other.ok("import", file.toString());
        assertEquals(json, other.ok("export", "--json").out());
        assertEquals(tix.ok("export").out(), other.ok("export", "--format", "csv").out());
    }

    @Test
    void csvShapeExtendsListCsv() {
        fill();
        String export = tix.ok("export").out();
        String list = tix.ok("list", "--csv").out();
        String exportHeader = export.substring(0, export.indexOf("\r\n"));
        String listHeader = list.substring(0, list.indexOf("\r\n"));
        assertTrue(exportHeader.startsWith(listHeader + ","), exportHeader + "\n" + listHeader);
        assertTrue(exportHeader.endsWith(",status_changed_at,tier_entered_at,last_reply_at,last_customer_at,"
                + "requester_undeliverable,messages,events,fields,to_address,sides"));
        assertFalse(export.replace("\r\n", "").contains("\r"), "bare CR only inside quoted cells... none here: JSON escapes it");
        assertTrue(export.endsWith("\r\n"));
        assertEquals(exportHeader + "\r\n", tix.ok("export", "--status", "review").out(), "an empty export is the header");
        assertEquals("[ ]\n", tix.ok("export", "--status", "review", "--json").out());
    }

    @Test
    void filtersSelectAndCustomerExportHasNoInternalText() throws Exception {
        fill();
        JsonNode closed = new ObjectMapper().readTree(tix.ok("export", "--status", "closed", "--json").out());
        assertEquals("[2,4]", ids(closed));
        JsonNode billing = new ObjectMapper().readTree(tix.ok("export", "--queue", "billing", "--sort", "-id", "--json").out());
        assertEquals("[5,3,2]", ids(billing));
        JsonNode all = new ObjectMapper().readTree(tix.ok("export", "--json").out());
        assertEquals("[1,2,3,4,5]", ids(all), "closed tickets are exported by default, in id order");

        String customer = tix.ok("export", "--customer", "--json").out();
        JsonNode c = new ObjectMapper().readTree(customer);
        for (JsonNode t : c) {
            assertEquals(0, t.get("events").size());
            for (JsonNode m : t.get("messages")) {
                String kind = m.get("kind").asText();
                assertTrue(kind.equals("customer") || kind.equals("reply"), kind);
            }
        }
        assertFalse(customer.contains("internal only"));
        assertFalse(customer.contains("ESCALATED QUESTION"));
        assertFalse(tix.ok("export", "--customer").out().contains("internal only"));
        assertTrue(tix.ok("export").out().contains("internal only"));
    }

    private static String ids(JsonNode arr) {
        StringBuilder sb = new StringBuilder("[");
        for (JsonNode t : arr) sb.append(sb.length() > 1 ? "," : "").append(t.get("id").asInt());
        return sb.append(']').toString();
    }

    @Test
    void badRowsTakenIdsAndRolesChangeNothing() throws Exception {
        fill();
        String good = tix.ok("export").out();
        TixRunner other = fresh("d");
        other.ok("agent", "add", "cy");
        String dump = other.dump();
        String header = good.substring(0, good.indexOf("\r\n") + 2);
        String[] lines = good.substring(header.length()).split("\r\n");
        String[][] bad = {
            {lines[0].replaceFirst("^1,", "0,"), "row 2: bad id 0"},
            {lines[0].replace(",high,", ",high,").replaceFirst(",pending,75,", ",pending,100,"), "row 2: priority 100 is out of range"},
            {lines[0].replaceFirst(",pending,", ",sleeping,"), "row 2: unknown status 'sleeping'"},
            {lines[0].replaceFirst(",email,|,agent,", ",pigeon,"), "row 2: "},
            {lines[0].replaceFirst("2026-11-23T09:00:00Z", "yesterday"), "row 2: bad "},
            {lines[0] + "\r\n" + lines[0], "row 3: ticket #1 is also on row 2"},
            {lines[0].replace("\"[{\"\"id\"\":1", "\"[{\"\"id\"\":x"), "row 2: the messages cell is not JSON"},
        };
        for (String[] b : bad) {
            Path f = dir.resolve("bad.csv");
            Files.writeString(f, header + b[0] + "\r\n", StandardCharsets.UTF_8);
            TixRunner.Result r = other.run("import", f.toString());
            assertEquals(7, r.code(), b[1] + "\n" + r);
            assertTrue(r.err().contains(b[1]), r.toString());
            assertEquals("", r.out());
            assertEquals(dump, other.dump());
        }
        Path f = dir.resolve("good.csv");
        Files.writeString(f, good, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bad.json"), "[{\"id\": 1, \"colour\": 2}]");
        TixRunner.Result r = other.run("import", dir.resolve("bad.json").toString());
        assertEquals(7, r.code(), r.toString());
        assertTrue(r.err().contains("unknown field 'colour'"), r.toString());
        assertEquals(2, other.run("import", dir.resolve("missing.csv").toString()).code());

        other.as("cy");
        assertEquals(5, other.run("import", f.toString()).code());
        assertEquals(dump, other.dump());
        other.as("lead");
        other.ok("import", f.toString());
        String imported = other.dump();
        r = other.run("import", f.toString());
        assertEquals(4, r.code(), r.toString());
        assertTrue(r.err().startsWith("tix: ticket #1 of " + f + " (row 2) exists already"), r.toString());
        assertEquals(imported, other.dump());
    }

    @Test
    void linksToTicketsOutsideTheFileAreDroppedWithAWarning() {
        fill();
        String part = tix.ok("export", "--status", "closed").out();   // #4 merged into #2, both closed; #2 has no links
        String only4 = tix.ok("export", "--status", "closed", "--sort", "id", "--limit", "2").out();
        assertEquals(part, only4);
        TixRunner other = fresh("e");
        String follow = tix.ok("export", "--requester", "bo@beta.example", "--status", "hold").out(); // #3 split from #2
        TixRunner.Result r = other.runWithInput(follow, "import", "-");
        assertEquals(0, r.code(), r.toString());
        assertEquals("tix: warning: 1 link(s) to tickets neither in - nor in the database were dropped\n", r.err());
        assertTrue(other.ok("show", "3", "--json").json().get("split_from").isNull());
    }
    @Test
    void theSummaryCountsWhatWasCreatedInsteadOfNamingIt() throws Exception {
        dir.resolve("g").toFile().mkdirs();
        // demo --tickets makes a SQLite file (on either engine's run); the import goes into this run's engine
        TixRunner big = new TixRunner(dir.resolve("g"), false).as("lead").at("2026-12-01T12:00:00Z");
        big.ok("demo", "--tickets", "400");
        Path file = dir.resolve("desk.csv");
        big.ok("export", "--output", file.toString());
        TixRunner other = fresh("h");
        TixRunner.Result r = other.ok("import", file.toString());
        String line = r.out().strip();
        assertEquals(1, r.out().split("\n").length, r.out());
        assertTrue(line.matches("Imported 400 ticket\\(s\\), \\d+ message\\(s\\), \\d+ event\\(s\\); created .+"), line);
        for (String part : new String[] {"3 team(s)", "4 agent(s)", "8 account(s)", "3 queue(s)"}) {
            assertTrue(line.contains(part), part + " in " + line);
        }
        assertTrue(line.length() < 120, "counts, not every name: " + line);
        assertEquals("", r.err());
        // the names are there for scripts that want them
        TixRunner third = fresh("i");
        JsonNode j = third.ok("import", file.toString(), "--json").json();
        assertEquals(8, j.get("created_counts").get("account").asInt(), j.toString());
        assertEquals(4, j.get("created_counts").get("agent").asInt(), j.toString());
        assertTrue(j.get("created").toString().contains("\"account Blue Logistics\""), j.toString());

        // an id taken far into the file (written in a later batch on PostgreSQL) is named with its own row
        ObjectMapper mapper = new ObjectMapper();
        var all = (com.fasterxml.jackson.databind.node.ArrayNode) mapper.readTree(big.ok("export", "--format", "json").out());
        all.add(all.get(0).deepCopy());
        Path twice = dir.resolve("twice.json");
        Files.writeString(twice, mapper.writeValueAsString(all));
        TixRunner fourth = fresh("m");
        String before = fourth.dump();
        TixRunner.Result dup = fourth.run("import", twice.toString());
        assertEquals(7, dup.code(), dup.toString());
        assertTrue(dup.err().contains("row 401: ticket #" + all.get(0).get("id").asLong() + " is also on row 1"), dup.err());
        assertEquals(before, fourth.dump(), "all or nothing");
        Path taken = dir.resolve("taken.json");
        var last = mapper.createArrayNode().add(all.get(399));
        Files.writeString(taken, mapper.writeValueAsString(last));
        fourth.ok("import", taken.toString());
        String one = fourth.dump();
        TixRunner.Result again = fourth.run("import", file.toString());
        assertEquals(4, again.code(), again.toString());
        assertTrue(again.err().contains("#" + all.get(399).get("id").asLong() + " of " + file + " (row 401) exists already"),
                again.err());
        assertEquals(one, fourth.dump(), "all or nothing");
    }

    @Test
    void importCreateMakesTheDeskOnlyWhenTheImportSucceeds() throws Exception {
        fill();
        Path file = dir.resolve("desk.csv");
        tix.ok("export", "--output", file.toString());
        dir.resolve("j").toFile().mkdirs();
        TixRunner made = new TixRunner(dir.resolve("j")).as("lead");
        TixRunner.Result r = made.ok("import", "--create", file.toString());
        assertTrue(r.out().startsWith("Imported 5 ticket(s)"), r.out());
        assertEquals(5, made.ok("list", "--status", "new,open,pending,waiting,hold,review,resolved,closed", "--json").json().size());
        // the importing agent administers the new desk, as after init
        made.ok("agent", "add", "zed");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, Files.readString(file).replaceFirst("\r\n1,", "\r\n0,"));
        dir.resolve("k").toFile().mkdirs();
        TixRunner refused = new TixRunner(dir.resolve("k")).as("lead");
        assertEquals(7, refused.run("import", "--create", bad.toString()).code());
        if (!PgCluster.enabled()) assertFalse(Files.exists(refused.db()), "a refused import leaves no desk");
        TixRunner.Result none = refused.run("list");
        assertEquals(3, none.code(), "a refused import leaves no desk (a PostgreSQL database is empty again)\n" + none);
        // and the next try makes it
        assertTrue(refused.ok("import", "--create", file.toString()).out().startsWith("Imported 5 ticket(s)"));
    }
}
