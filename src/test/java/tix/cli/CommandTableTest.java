package tix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A command line models only the command it runs (the start-up cost of picocli's reflection over every command),
 * so the table of top-level commands must match the classes, and the word picked must be the one picocli runs.
 */
class CommandTableTest {
    @Test
    void theTableNamesEachCommandAsItsClassDoes() throws Exception {
        for (Map.Entry<String, String> e : TixCommand.COMMANDS.entrySet()) {
            Command c = Class.forName("tix.cli." + e.getValue()).getAnnotation(Command.class);
            assertEquals(e.getKey(), c.name(), e.getValue());
        }
        for (Map.Entry<String, String> a : TixCommand.ALIASES.entrySet()) {
            Command c = Class.forName("tix.cli." + TixCommand.COMMANDS.get(a.getValue())).getAnnotation(Command.class);
            assertEquals(a.getKey(), String.join(",", c.aliases()), a.getValue());
        }
    }

    @Test
    void theCommandWordIsFoundPastGlobalOptionsAndTheWholeTreeIsBuiltWhenItIsNeeded() {
        CommandLine root = new CommandLine(new TixCommand(Env.system(), p -> null));
        assertEquals("show", Tix.commandOf(new String[] {"show", "1"}, root));
        assertEquals("show", Tix.commandOf(new String[] {"--db", "show", "show", "1"}, root), "--db takes a value");
        assertEquals("list", Tix.commandOf(new String[] {"-q", "--as=ana", "--json=id", "ls"}, root));
        assertEquals("tag", Tix.commandOf(new String[] {"--now", "2026-11-23", "tag", "1", "-x"}, root));
        assertNull(Tix.commandOf(new String[] {}, root), "root help");
        assertNull(Tix.commandOf(new String[] {"--version"}, root));
        assertNull(Tix.commandOf(new String[] {"--bogus", "show"}, root), "picocli reports the unknown option");
        assertNull(Tix.commandOf(new String[] {"shwo"}, root), "picocli lists the commands");
        assertNull(Tix.commandOf(new String[] {"completion", "bash"}, root), "completion reads the whole tree");
        assertEquals("_complete", Tix.commandOf(new String[] {"_complete", "tag"}, root), "lookups read the desk only");
    }

    @Test
    void theWholeTreeHasEveryCommandInHelpOrder() {
        CommandLine cl = Tix.commandLine(Env.system(), p -> null, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertEquals(String.join(",", TixCommand.COMMANDS.keySet()), String.join(",", cl.getSubcommands().keySet()
                .stream().filter(k -> !TixCommand.ALIASES.containsKey(k)).toList()));
        assertEquals(cl.getSubcommands().get("list"), cl.getSubcommands().get("ls"));
    }
}
