package tix.app;

import java.util.ArrayList;
import java.util.List;
import tix.domain.CustomField;
import tix.domain.DomainException;

/** `tix field`: the desk's custom ticket fields. Adding and removing are admin only; anyone may list them. */
public final class FieldService {
    private final Session session;

    public FieldService(Session session) {
        this.session = session;
    }

    /** A field with how many tickets have a value for it. */
    public record Row(CustomField field, long tickets) {
    }

    /** The field of this name, or "not found" (exit 3). */
    public static CustomField require(Tx tx, String name) {
        String n = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        return tx.fields().field(n).orElseThrow(() -> DomainException.notFound("field '" + name + "' not found",
                "see 'tix field list'"));
    }

    /** What `field add` is given: the type and, for a choice, its choices. */
    public record NewField(String type, String choices) {
    }

    public Row add(String name, NewField r) {
        String type = r.type();
        String choices = r.choices();
        CustomField.Type t = CustomField.Type.parse(type);
        CustomField f = new CustomField(name, t, choices == null ? List.of() : CustomField.parseChoices(choices));
        return session.store().write(tx -> {
            if (tx.fields().field(f.name()).isPresent()) {
                throw DomainException.conflict("field '" + f.name() + "' exists", "remove it first, or choose another name");
            }
            tx.fields().addField(f);
            return new Row(f, 0);
        });
    }

    public List<Row> list() {
        return session.store().read(tx -> {
            List<Row> out = new ArrayList<>();
            for (CustomField f : tx.fields().fields()) out.add(new Row(f, tx.fields().uses(f.name())));
            return out;
        });
    }

    /** Removes a field; one that tickets still use needs {@code force} (its values go with it, exit 4 otherwise). */
    public Row remove(String name, boolean force) {
        return session.store().write(tx -> {
            CustomField f = require(tx, name);
            long uses = tx.fields().uses(f.name());
            if (uses > 0 && !force) {
                throw DomainException.conflict("field '" + f.name() + "' is set on " + uses + " ticket(s)",
                        "--force removes it with every ticket's value");
            }
            tx.fields().removeField(f.name());
            return new Row(f, uses);
        });
    }
}
