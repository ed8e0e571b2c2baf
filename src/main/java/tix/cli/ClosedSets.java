package tix.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import tix.domain.Channel;
import tix.domain.DomainException;
import tix.domain.SlaColour;
import tix.domain.Status;

/**
 * The closed sets a command line takes as typed values (status, channel, role, SLA colour): a converter from the word
 * a user types, and the words to complete, for each. {@link Completion} knows a parameter's candidates by its type.
 */
final class ClosedSets {
    private ClosedSets() {
        throw new AssertionError();
    }

    /** The wire words of each closed type, in declaration order. */
    static List<String> words(Class<?> type) {
        List<String> out = new ArrayList<>();
        if (type == Status.class) for (Status s : Status.values()) out.add(s.wire());
        else if (type == Channel.class) for (Channel c : Channel.values()) out.add(c.wire());
        else if (type == SlaColour.class) for (SlaColour c : SlaColour.values()) out.add(c.wire());
        return out;
    }

    private static <T> T convert(String word, Function<String, T> parse) {
        try {
            return parse.apply(word);
        } catch (DomainException e) {
            throw new TypeConversionException(e.getMessage() + " (" + e.hint() + ")");
        }
    }

    static final class StatusConverter implements ITypeConverter<Status> {
        @Override
        public Status convert(String value) {
            return ClosedSets.convert(value, Status::parse);
        }
    }

    static final class ChannelConverter implements ITypeConverter<Channel> {
        @Override
        public Channel convert(String value) {
            return ClosedSets.convert(value, Channel::parse);
        }
    }

    static final class SlaColourConverter implements ITypeConverter<SlaColour> {
        @Override
        public SlaColour convert(String value) {
            return ClosedSets.convert(value, SlaColour::parse);
        }
    }

    /**
     * A priority, 1-99 or its name. A bad one is refused with the domain's own words and exit code (the error handler
     * reports a {@link DomainException} thrown while parsing as it reports one thrown while running).
     */
    static final class PriorityConverter implements ITypeConverter<tix.domain.Priority> {
        @Override
        public tix.domain.Priority convert(String value) {
            return tix.domain.Priority.of(value);
        }
    }

    /** A role's name (built in or the desk's own); a malformed one is refused with the domain's words and exit code. */
    static final class RoleConverter implements ITypeConverter<tix.domain.Role> {
        @Override
        public tix.domain.Role convert(String value) {
            return tix.domain.Role.parse(value);
        }
    }

    /** Completion candidates for picocli's own script: the lower-case words, not the enum constants. */
    static final class Statuses implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return words(Status.class).iterator();
        }
    }

    static final class Channels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return words(Channel.class).iterator();
        }
    }


    static final class SlaColours implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return words(SlaColour.class).iterator();
        }
    }
}
