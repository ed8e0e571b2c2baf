package tix.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Ticket ids as people type them: {@code 42} or {@code #42}; must be positive. */
final class TicketIdConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        String v = value.startsWith("#") ? value.substring(1) : value;
        long id;
        try {
            id = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a ticket id");
        }
        if (id <= 0) throw new TypeConversionException("'" + value + "' is not a ticket id (ids start at 1)");
        return id;
    }
}
