package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

class AccountCommandTest {
    @TempDir
    Path dir;

    TixRunner tix;

    @BeforeEach
    void desk() {
        tix = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
        tix.ok("agent", "add", "ana");
    }

    private String file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p.toString();
    }

    @Test
    void importCreatesAccountsAndLinksContactsThenReimportUpdates() throws Exception {
        tix.ok("create", "--title", "Old", "--requester", "cto@acme.example");
        String crm = file("crm.csv", "name,plan,status,emails\r\n"
                + "Acme,Enterprise,vip,cto@acme.example;ops@ACME.example\r\n"
                + "\"Beta, Inc.\",Starter,trial,\"ana@beta.example\"\r\n"
                + "Gamma,,community,\r\n");
        JsonNode r = tix.ok("account", "import", crm, "--json").json();
        assertEquals("{\"count\":3,\"created\":3,\"updated\":0,\"contacts\":3}", r.toString());

        JsonNode acme = tix.ok("account", "show", "Acme", "--json").json();
        assertEquals("vip", acme.get("status").asText());
        assertEquals("Enterprise", acme.get("plan").asText());
        assertEquals("[\"cto@acme.example\",\"ops@acme.example\"]", acme.get("emails").toString());
        assertEquals(1, acme.get("tickets").asInt());
        assertEquals("Acme", tix.ok("show", "1", "--json").json().get("requester").get("account").asText());
        assertTrue(tix.ok("account", "show", "Gamma", "--json").json().get("plan").isNull());

        JsonNode created = tix.ok("create", "--title", "New", "--requester", "ana@beta.example", "--json").json();
        assertEquals("Beta, Inc.", created.get("requester").get("account").asText());

        String again = file("crm2.csv", "name,plan,status,emails\nAcme,Enterprise,paid,ops@acme.example\n");
        assertEquals("Imported 1 account(s): 0 new, 1 updated, 1 contact(s)\n", tix.ok("account", "import", again).out());
        acme = tix.ok("account", "show", "Acme", "--json").json();
        assertEquals("paid", acme.get("status").asText());
        assertEquals("[\"ops@acme.example\"]", acme.get("emails").toString(), "the file is the truth for its accounts");
        assertTrue(tix.ok("show", "1", "--json").json().get("requester").get("account").isNull());

        JsonNode list = tix.ok("account", "list", "--json").json();
        assertEquals(3, list.size());
        assertEquals(1, tix.ok("account", "list", "--status", "trial", "--json").json().size());
        assertEquals("name,plan,status,tickets,emails\r\nAcme,Enterprise,paid,0,ops@acme.example\r\n",
                tix.ok("account", "list", "--status", "paid", "--csv").out());
        assertEquals(2, tix.run("account", "list", "--status", "gold").code());
        assertEquals(3, tix.run("account", "show", "Nope").code());
    }

    @Test
    void importFromStandardInput() {
        TixRunner.Result r = tix.runWithInput("name,status\nSolo,potential\n", "account", "import", "-", "--json");
        assertEquals(0, r.code(), r.toString());
        assertEquals("potential", tix.ok("account", "show", "Solo", "--json").json().get("status").asText());
    }

    @Test
    void aBadRowRefusesTheWholeFile() throws Exception {
        tix.ok("account", "import", file("ok.csv", "name,plan,status,emails\nAcme,Pro,paid,a@acme.example\n"));
        String dump = tix.dump();
        String[][] bad = {
            {"name,plan,status,emails\nNew,Pro,paid,n@new.example\nBad,Pro,gold,b@bad.example\n", "row 3: unknown status 'gold'"},
            {"name,plan,status,emails\nNew,Pro,paid,not-an-address\n", "row 2: bad email 'not-an-address'"},
            {"name,plan,status,emails\n,Pro,paid,\n", "row 2: the account name is empty"},
            {"name,plan,status,emails\nX,a,paid,\nX,b,paid,\n", "row 3: account 'X' is also on row 2"},
            {"name,plan,status,emails\nX,a,paid,s@x.example\nY,b,paid,s@x.example\n", "s@x.example is also listed for 'X'"},
            {"name,plan,status,emails\nX,a,paid\n", "row 2: 3 cells, 4 expected"},
            {"name,plan,status,emails\n\"X,a,paid,\n", "is not valid CSV"},
            {"nom,plan\nX,a\n", "no column 'name'"},
            {"name,colour\nX,red\n", "unknown column 'colour'"},
            {"", "is empty"},
        };
        for (String[] b : bad) {
            TixRunner.Result r = tix.run("account", "import", file("bad.csv", b[0]));
            assertEquals(7, r.code(), r.toString());
            assertTrue(r.err().contains(b[1]), r.toString());
            assertEquals("", r.out());
            assertEquals(dump, tix.dump());
        }
        Files.write(dir.resolve("latin1.csv"), new byte[] {'n', 'a', 'm', 'e', '\n', (byte) 0xe9, '\n'});
        assertEquals(7, tix.run("account", "import", dir.resolve("latin1.csv").toString()).code());
        TixRunner.Result missing = tix.run("account", "import", dir.resolve("nope.csv").toString());
        assertEquals(2, missing.code(), missing.toString());
        tix.as("ana");
        assertEquals(5, tix.run("account", "import", file("ok2.csv", "name\nZed\n")).code());
        assertEquals(dump, tix.dump());
    }
}
