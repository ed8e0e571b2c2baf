package tix.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the warm server takes and what it leaves to a JVM of the user's own (ServerIT runs both for real). */
class ServerTest {
    @Test
    void everydayCommandsAreServedAfterGlobalOptions() {
        assertTrue(Server.serves(new String[] {"show", "1"}, true));
        assertTrue(Server.serves(new String[] {"--as", "ana", "--now", "2026-01-01", "list", "--limit", "50"}, true));
        assertTrue(Server.serves(new String[] {"ls"}, false));
    }

    @Test
    void theShellAdministrationAndNoCommandAreNot() {
        assertFalse(Server.serves(new String[] {}, true), "tix alone on a terminal is the interactive shell");
        assertFalse(Server.serves(new String[] {"shell"}, true));
        assertFalse(Server.serves(new String[] {"agent", "add", "bo"}, false));
        assertFalse(Server.serves(new String[] {"--", "show", "1"}, false));
    }

    @Test
    void aBodyOnATerminalWithoutBodyOptionOpensTheEditorSoItIsNotServed() {
        assertFalse(Server.serves(new String[] {"reply", "4"}, true), "$EDITOR must run on the user's side");
        assertTrue(Server.serves(new String[] {"reply", "4"}, false), "in a pipe: the usual 'no body given' error");
        assertTrue(Server.serves(new String[] {"reply", "4", "--body", "Done"}, true));
        assertTrue(Server.serves(new String[] {"note", "4", "-bDone"}, true));
        assertTrue(Server.serves(new String[] {"create", "--title", "x", "--body-file=/tmp/b"}, true));
    }

    @Test
    void relativeFilesAreTheClientsDirectorySoTheyAreNotServed() {
        assertTrue(Server.absolutePaths(new String[] {"--db", "/d/t.db", "show", "1"}, Map.of()));
        assertFalse(Server.absolutePaths(new String[] {"--db", "t.db", "show", "1"}, Map.of()));
        assertFalse(Server.absolutePaths(new String[] {"--db=t.db", "show", "1"}, Map.of()));
        assertFalse(Server.absolutePaths(new String[] {"note", "1", "--body-file", "b.txt"}, Map.of()));
        assertTrue(Server.absolutePaths(new String[] {"note", "1", "--body-file", "-"}, Map.of()));
        assertFalse(Server.absolutePaths(new String[] {"show", "1"}, Map.of("TIX_DB", "desk.db")));
    }

    @Test
    void aPostgresqlDeskNamesNoFileSoItIsServed() {
        assertTrue(Server.absolutePaths(new String[] {"--db", "postgresql://tix@127.0.0.1:5432/desk", "show", "1"},
                Map.of()));
        assertTrue(Server.absolutePaths(new String[] {"--db=postgres://tix@db/desk", "show", "1"}, Map.of()));
        assertTrue(Server.absolutePaths(new String[] {"show", "1"}, Map.of("TIX_DB", "postgresql://tix@db/desk")));
        assertFalse(Server.absolutePaths(new String[] {"--db", "postgresql-desk.db", "show", "1"}, Map.of()));
    }

    @Test
    void aRelativeDatabaseInTheConfigFileIsNotServed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home)
            throws java.io.IOException {
        java.nio.file.Path config = home.resolve("tix/config");
        java.nio.file.Files.createDirectories(config.getParent());
        java.nio.file.Files.writeString(config, "db = desks/main.db\n");
        assertFalse(Server.absolutePaths(new String[] {"show", "1"}, Map.of("XDG_CONFIG_HOME", home.toString())));
        java.nio.file.Files.writeString(config, "db = /srv/desk.db\nagent = ana\n");
        assertTrue(Server.absolutePaths(new String[] {"show", "1"}, Map.of("XDG_CONFIG_HOME", home.toString())));
    }

    @Test
    void serverOffInTheConfigFileIsDeclined(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home)
            throws java.io.IOException {
        Map<String, String> vars = Map.of("XDG_CONFIG_HOME", home.toString());
        assertFalse(Server.offInConfig(vars), "no config file");
        java.nio.file.Path config = home.resolve("tix/config");
        java.nio.file.Files.createDirectories(config.getParent());
        for (String off : new String[] {"server = off\n", "server=0\n", "db = /srv/desk.db\nserver = OFF \n"}) {
            java.nio.file.Files.writeString(config, off);
            assertTrue(Server.offInConfig(vars), off);
        }
        for (String on : new String[] {"server = on\n", "db = /srv/desk.db\n", "# server = off\n"}) {
            java.nio.file.Files.writeString(config, on);
            assertFalse(Server.offInConfig(vars), on);
        }
    }
}
