package tix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.TixRunner;

/** Files that came by mail: listed by position, saved under a name that cannot leave the folder, shown under `show`. */
class AttachmentCommandTest {
    @TempDir
    Path dir;

    TixRunner tix;

    static final byte[] PDF = "%PDF-1.4 not really a pdf \u0000\u0001\u00ff".getBytes(StandardCharsets.ISO_8859_1);

    @BeforeEach
    void desk() {
        tix = new TixRunner(dir).as("lead").at("2026-11-23T09:00:00Z");
        tix.ok("init");
        String mail = String.join("\r\n",
                "From: Carla Diaz <carla@example.com>",
                "To: support@example.com",
                "Subject: Invoice is wrong",
                "Message-ID: <att-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"b1\"",
                "",
                "--b1",
                "Content-Type: text/plain; charset=utf-8",
                "",
                "The invoice is attached.",
                "--b1",
                "Content-Type: application/pdf; name=\"invoice.pdf\"",
                "Content-Disposition: attachment; filename=\"invoice.pdf\"",
                "Content-Transfer-Encoding: base64",
                "",
                Base64.getMimeEncoder().encodeToString(PDF),
                "--b1",
                "Content-Type: text/plain; name=\"../../escape.txt\"",
                "Content-Disposition: attachment; filename=\"../../escape.txt\"",
                "",
                "I try to leave the folder.",
                "--b1--",
                "");
        TixRunner.Result r = tix.runWithInput(mail, "mail", "ingest");
        assertEquals(0, r.code(), r.toString());
    }

    @Test
    void attachmentsAreListedSavedAndShown() throws Exception {
        JsonNode list = tix.ok("attachment", "list", "1", "--json").json();
        assertEquals(2, list.size(), list.toString());
        assertEquals(1, list.get(0).get("n").asInt());
        assertEquals("invoice.pdf", list.get(0).get("name").asText());
        assertEquals(PDF.length, list.get(0).get("size").asInt());
        assertEquals("escape.txt", list.get(1).get("name").asText(), "the path the sender wrote is cut off");
        assertEquals("escape.txt", list.get(1).get("filename").asText(), "ingest stores it cut already");

        Path out = Files.createDirectories(dir.resolve("downloads"));
        TixRunner.Result saved = tix.run("attachment", "save", "1", "1", "--to", out.toString());
        assertEquals(0, saved.code(), saved.toString());
        Path pdf = out.resolve("invoice.pdf");
        assertEquals(pdf + "\n", saved.out());
        assertArrayEquals(PDF, Files.readAllBytes(pdf), "the bytes as they came, binary intact");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf)));

        tix.ok("attachment", "save", "1", "2", "--to", out.toString());
        assertTrue(Files.exists(out.resolve("escape.txt")));
        assertFalse(Files.exists(dir.resolve("escape.txt")) || Files.exists(dir.getParent().resolve("escape.txt")),
                "nothing lands outside the folder");

        String shown = tix.ok("show", "1").out();
        assertTrue(shown.contains("\nAttachments (tix attachment save ID N)\n  1  invoice.pdf  application/pdf  "
                + PDF.length + " bytes  [message 1]\n  2  escape.txt  "), shown);
    }

    @Test
    void refusalsNameTheCauseAndWriteNothing() throws Exception {
        Path out = Files.createDirectories(dir.resolve("downloads"));
        Files.writeString(out.resolve("invoice.pdf"), "mine");
        TixRunner.Result exists = tix.run("attachment", "save", "1", "1", "--to", out.toString());
        assertEquals(4, exists.code());
        assertTrue(exists.err().startsWith("tix: " + out.resolve("invoice.pdf") + " exists (add --force"), exists.err());
        assertEquals("mine", Files.readString(out.resolve("invoice.pdf")), "not replaced");
        tix.ok("attachment", "save", "1", "1", "--to", out.toString(), "--force");
        assertArrayEquals(PDF, Files.readAllBytes(out.resolve("invoice.pdf")));

        Files.createSymbolicLink(out.resolve("escape.txt"), dir.resolve("victim.txt"));
        tix.ok("attachment", "save", "1", "2", "--to", out.toString(), "--force");
        assertFalse(Files.exists(dir.resolve("victim.txt")), "a link is replaced, never written through");

        TixRunner.Result none = tix.run("attachment", "save", "1", "3", "--to", out.toString());
        assertEquals(3, none.code());
        assertEquals("tix: ticket #1 has no attachment 3 (it has 2) (see 'tix attachment list 1')\n", none.err());
        assertEquals(2, tix.run("attachment", "save", "1", "0", "--to", out.toString()).code());
        assertEquals(2, tix.run("attachment", "save", "1", "1", "--to", dir.resolve("nope").toString()).code());
        assertEquals(3, tix.run("attachment", "list", "9").code());
        tix.ok("create", "--title", "Plain", "--requester", "dan@example.org");
        assertEquals("[]", tix.ok("attachment", "list", "2", "--json").json().toString());
    }

    @Test
    void aMergedTicketsAttachmentsAreFoundOnItsTarget() {
        tix.ok("create", "--title", "Same invoice", "--requester", "carla@example.com");
        tix.ok("merge", "1", "--into", "2");
        JsonNode list = tix.ok("attachment", "list", "1", "--json").json();
        assertEquals(2, list.size());
        assertEquals(2, list.get(0).get("ticket_id").asInt());
    }
}
