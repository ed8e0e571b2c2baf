package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** Custom ticket fields (issue 13): defined, set, shown, filtered, exported and imported back, through the CLI. */
class CustomFieldTest {
    @TempDir
    Path dir;

    private static List<Long> ids(JsonNode list) {
        List<Long> out = new ArrayList<>();
        for (JsonNode t : list) out.add(t.get("id").asLong());
        return out;
    }

    @Test
    void fieldsAreTypedSetShownAndFiltered() {
        Desk desk = new Desk(dir);
        TixRunner tix = desk.tix;
        tix.ok("field", "add", "vip", "--type", "bool");
        tix.ok("field", "add", "seats", "--type", "number");
        tix.ok("field", "add", "renewal", "--type", "date");
        tix.ok("field", "add", "contract", "--type", "text");
        JsonNode plan = tix.ok("field", "add", "plan-tier", "--type", "choice", "--choices", "Gold, Silver,gold", "--json").json();
        assertEquals("[{\"name\":\"plan-tier\",\"type\":\"choice\",\"choices\":[\"Gold\",\"Silver\"],\"tickets\":0}]",
                plan.toString());
        long a = desk.create("Printer");
        long b = desk.create("Scanner");
        JsonNode t = tix.ok("edit", String.valueOf(a), "--set", "vip=yes", "--set", "seats=12.50", "--set",
                "renewal=2027-01-31", "--set", "plan-tier=gold", "--set", "contract=ACME-7", "--json").json();
        assertEquals("{\"contract\":\"ACME-7\",\"plan-tier\":\"Gold\",\"renewal\":\"2027-01-31\",\"seats\":\"12.5\","
                + "\"vip\":\"true\"}", t.get("fields").toString(), "canonical values, in name order");
        assertEquals(2, t.get("version").asInt());
        assertEquals("{}", desk.show(b).get("fields").toString());
        String text = tix.ok("show", String.valueOf(a)).out();
        assertTrue(text.contains("contract=ACME-7  plan-tier=Gold  renewal=2027-01-31  seats=12.5  vip=true"), text);

        List<String> history = new ArrayList<>();
        for (JsonNode e : tix.ok("history", String.valueOf(a), "--json").json()) {
            if (e.get("action").asText().equals("edited")) history.add(e.get("field").asText() + "=" + e.get("new").asText());
        }
        assertTrue(history.contains("fields.vip=true") && history.contains("fields.plan-tier=Gold"), history.toString());

        assertEquals(List.of(a), ids(tix.ok("list", "--field", "vip=true", "--json", "id").json()));
        assertEquals(List.of(a), ids(tix.ok("list", "--field", "plan-tier=GOLD", "--field", "seats=12.5", "--json", "id").json()),
                "values compare in their canonical form");
        assertEquals(List.of(), ids(tix.ok("list", "--field", "vip=no", "--json", "id").json()));
        assertEquals("[]", tix.ok("list", "--field", "vip=no", "--json").json().toString());

        // wrong type: 2; unknown field: 3; nothing changes
        desk.refused(2, "edit", String.valueOf(b), "--set", "seats=many");
        desk.refused(2, "edit", String.valueOf(b), "--set", "renewal=31/01/2027");
        desk.refused(2, "edit", String.valueOf(b), "--set", "plan-tier=Bronze");
        desk.refused(2, "edit", String.valueOf(b), "--set", "vip=maybe");
        desk.refused(3, "edit", String.valueOf(b), "--set", "colour=red");
        desk.refused(3, "edit", String.valueOf(b), "--unset", "colour");
        desk.refused(2, "list", "--field", "seats=lots");
        desk.refused(3, "list", "--field", "colour=red");
        desk.refused(3, "export", "--field", "colour=red");
        desk.refused(2, "field", "add", "title", "--type", "text");
        desk.refused(2, "field", "add", "Bad Name", "--type", "text");
        desk.refused(2, "field", "add", "size", "--type", "colour");
        desk.refused(2, "field", "add", "size", "--type", "choice");
        desk.refused(4, "field", "add", "vip", "--type", "bool");

        // bulk selects by field
        tix.ok("bulk", "tag", "+vip", "--field", "vip=true");
        assertEquals("[\"vip\"]", desk.show(a).get("tags").toString());
        assertEquals("[]", desk.show(b).get("tags").toString());

        // unset, then remove: a field in use needs --force
        t = tix.ok("edit", String.valueOf(a), "--unset", "contract", "--json").json();
        assertTrue(t.get("fields").get("contract") == null);
        desk.refused(4, "field", "remove", "vip");
        tix.ok("field", "remove", "contract");
        tix.ok("field", "remove", "vip", "--force");
        assertEquals("{\"plan-tier\":\"Gold\",\"renewal\":\"2027-01-31\",\"seats\":\"12.5\"}", desk.show(a).get("fields").toString());
        JsonNode list = tix.ok("field", "list", "--json").json();
        assertEquals(3, list.size());
        assertEquals(1, list.get(0).get("tickets").asInt());

        // completion offers the names
        assertTrue(tix.ok("_complete", "field").out().contains("plan-tier"));
        assertTrue(tix.ok("_complete", "fieldset").out().contains("seats="));
    }

    @Test
    void exportCarriesTheFieldsAndImportPutsThemBack() throws Exception {
        Desk desk = new Desk(dir);
        TixRunner tix = desk.tix;
        tix.ok("field", "add", "seats", "--type", "number");
        tix.ok("field", "add", "plan-tier", "--type", "choice", "--choices", "gold,silver");
        long a = desk.create("Printer");
        desk.create("Scanner");
        tix.ok("edit", String.valueOf(a), "--set", "seats=3", "--set", "plan-tier=silver");
        String csv = tix.ok("export", "--format", "csv", "--field", "seats=3").out();
        assertEquals(2, csv.split("\r\n").length, "the header and one ticket");
        assertTrue(csv.startsWith("id,") && csv.split("\r\n")[0].endsWith(",events,fields,to_address,sides"), csv.split("\r\n")[0]);
        assertTrue(csv.contains("\"{\"\"plan-tier\"\":\"\"silver\"\",\"\"seats\"\":\"\"3\"\"}\""), csv);
        Path file = dir.resolve("desk.csv");
        Files.writeString(file, tix.ok("export", "--format", "csv").out());
        Path json = dir.resolve("desk.json");
        Files.writeString(json, tix.ok("export", "--format", "json").out());

        // into a desk with the same fields: values back as they were
        TixRunner copy = new TixRunner(dir.resolve("copy")).as("lead").at(Desk.T0);
        copy.ok("init");
        copy.ok("field", "add", "seats", "--type", "number");
        copy.ok("field", "add", "plan-tier", "--type", "choice", "--choices", "gold,silver");
        copy.ok("import", file.toString());
        assertEquals("{\"plan-tier\":\"silver\",\"seats\":\"3\"}",
                copy.ok("show", String.valueOf(a), "--json").json().get("fields").toString());
        assertEquals(List.of(a), ids(copy.ok("list", "--field", "plan-tier=silver", "--json", "id").json()));

        // into a desk without them: created as text fields, and said so
        TixRunner bare = new TixRunner(dir.resolve("bare")).as("lead").at(Desk.T0);
        bare.ok("init");
        String out = bare.ok("import", json.toString(), "--json").out();
        assertTrue(out.contains("field"), out);
        assertEquals("text", bare.ok("field", "list", "--json").json().get(0).get("type").asText());
        assertEquals("3", bare.ok("show", String.valueOf(a), "--json").json().get("fields").get("seats").asText());

        // a value the target's field refuses is invalid data: exit 7, nothing imported
        TixRunner strict = new TixRunner(dir.resolve("strict")).as("lead").at(Desk.T0);
        strict.ok("init");
        strict.ok("field", "add", "plan-tier", "--type", "choice", "--choices", "gold");
        TixRunner.Result r = strict.run("import", file.toString());
        assertEquals(7, r.code(), r.toString());
        assertTrue(r.err().contains("plan-tier"), r.err());
        assertEquals("[]", strict.ok("list", "--json").json().toString());
    }
}
