package tix.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import tix.cli.Env;
import tix.cli.Tix;
import tix.domain.DomainException;
import tix.domain.Priority;
import tix.domain.Role;

/**
 * Any text into every typed value of the command line, in process, taken from tix's own picocli model (so an option
 * added later is fuzzed too): each option and parameter with a converter of tix's (ticket, doc and side ids,
 * priorities, statuses, channels, SLA colours, roles, the desk-name kinds) gets the text from its converter; each
 * option of another type than text (numbers, enums, paths) is parsed by picocli as `tix CMD --opt TEXT` would be. The
 * first two bytes pick the place. A converter gives a value that converts back from its own printed form to itself,
 * or refuses with picocli's TypeConversionException or a usage error (both exit 2); parsing refuses only with a
 * ParameterException (exit 2, one `tix:` line). Anything else would reach the user as "internal error".
 *
 * <p>Long run: {@code nice -n 19 mvn -B -o -Pfuzz test -Dtest=ConverterFuzzTest -Djazzer.max_duration=10m}.
 */
class ConverterFuzzTest {
    /** One place a value goes: the command line it belongs to, the arg, and its converter (null: picocli's own). */
    record Place(CommandLine command, ArgSpec arg, ITypeConverter<?> converter) {
        @Override
        public String toString() {
            String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
            return command.getCommandSpec().qualifiedName() + " " + name;
        }
    }

    static final List<Place> PLACES = places();

    private static List<Place> places() {
        Env env = new Env(Map.of(), new ByteArrayInputStream(new byte[0]), false, false);
        CommandLine root = Tix.commandLine(env, path -> {
            throw new AssertionError("no desk is opened while converting");
        }, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<Place> out = new ArrayList<>();
        collect(root, out);
        if (out.size() < 50) throw new IllegalStateException("only " + out.size() + " typed values in the model");
        return out;
    }

    private static void collect(CommandLine cl, List<Place> out) {
        for (ArgSpec a : cl.getCommandSpec().args()) {
            ITypeConverter<?>[] cs = a.converters();
            if (cs != null && cs.length > 0) {
                out.add(new Place(cl, a, cs[0]));
            } else if (a instanceof OptionSpec o && !o.usageHelp() && !o.versionHelp() && o.arity().max() > 0
                    && a.type() != String.class && a.type() != boolean.class && a.type() != Boolean.class
                    && o.inherited() == false) {
                out.add(new Place(cl, a, null));
            }
        }
        for (CommandLine sub : new java.util.TreeMap<>(cl.getSubcommands()).values()) {
            if (sub.getParent() == cl && sub.getCommandName().equals(sub.getCommandSpec().name())) collect(sub, out);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void convert(byte[] data) throws Exception {
        if (data.length < 2) return;
        Place place = PLACES.get(((Byte.toUnsignedInt(data[0]) << 8) | Byte.toUnsignedInt(data[1])) % PLACES.size());
        String value = new String(Arrays.copyOfRange(data, 2, data.length), StandardCharsets.UTF_8);
        if (place.converter() == null) {
            parse(place, value);
            return;
        }
        Object v;
        try {
            v = place.converter().convert(value);
        } catch (TypeConversionException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), place + ": a refusal without words");
            return;
        } catch (DomainException e) {
            assertEquals(DomainException.Reason.USAGE, e.reason(), () -> place + ": " + e);
            return;
        }
        assertNotNull(v, place + " converted '" + value + "' to null");
        Object again = place.converter().convert(printed(v));
        assertEquals(v, again, place + ": '" + value + "' converted to " + v + ", which does not convert back");
    }

    /** How a user would write the converted value again. */
    private static String printed(Object v) throws Exception {
        if (v instanceof Priority p) return Integer.toString(p.value());
        if (v instanceof Role r) return r.name();
        if (v instanceof Enum<?> e) {
            Method wire = e.getClass().getMethod("wire");
            return (String) wire.invoke(e);
        }
        return String.valueOf(v);
    }

    /** `tix CMD --opt VALUE` through picocli's parser from the root, as run: converted, or a ParameterException (exit 2). */
    private static void parse(Place place, String value) {
        OptionSpec o = (OptionSpec) place.arg();
        java.util.LinkedList<String> args = new java.util.LinkedList<>(List.of(o.longestName(), value));
        CommandLine root = place.command();
        for (; root.getParent() != null; root = root.getParent()) args.addFirst(root.getCommandName());
        try {
            root.parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            if (e.getCause() instanceof DomainException d) {
                assertEquals(DomainException.Reason.USAGE, d.reason(), () -> place + ": " + d);
            }
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), place + ": a refusal without words");
        }
    }
}
