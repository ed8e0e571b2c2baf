package tix.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Knowledge-base doc numbers: positive whole numbers. */
final class DocIdConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) return id;
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new TypeConversionException("'" + value + "' is not a doc number (see 'tix doc list')");
    }
}
