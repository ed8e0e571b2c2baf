package tix.app;

import java.util.List;
import java.util.Optional;
import tix.domain.CustomField;

/** The desk's custom ticket fields (`tix field`). A port the store implements; values live on the tickets. */
public interface Fields {
    /** Every field, in the order they were added. */
    List<CustomField> fields();

    Optional<CustomField> field(String name);

    void addField(CustomField field);

    /** Removes the field and every ticket's value of it; returns how many tickets had one. */
    long removeField(String name);

    /** How many tickets have a value for the field. */
    long uses(String name);
}
