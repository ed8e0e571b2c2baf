package tix.domain.op;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tix.domain.Actor;
import tix.domain.CustomField;
import tix.domain.DomainException;
import tix.domain.Rules;
import tix.domain.Ticket;

/**
 * `edit --set NAME=VALUE` / `--unset NAME`: custom field values. Each value is checked against its field's type and
 * stored in canonical form ({@link CustomField#canonical}); each field that changes is an `edited` event of its own
 * (field {@code fields.NAME}, from the diff).
 *
 * @param set   field -> value as typed (the fields already looked up)
 * @param unset fields to clear
 */
public record SetFields(Map<CustomField, String> set, List<CustomField> unset) {
    public SetFields {
        set = set == null ? Map.of() : Map.copyOf(set);
        unset = unset == null ? List.of() : List.copyOf(unset);
        for (CustomField f : unset) {
            if (set.containsKey(f)) {
                throw DomainException.usage("field " + f.name() + " is both set and unset", "give one of them");
            }
        }
    }

    public boolean isEmpty() {
        return set.isEmpty() && unset.isEmpty();
    }

    /** The ticket with the values changed (values checked first: nothing changes when one is wrong). */
    public Ticket apply(Ticket t, Actor actor, Instant now) {
        Map<String, String> values = new TreeMap<>(t.fields());
        for (var e : set.entrySet()) values.put(e.getKey().name(), e.getKey().canonical(e.getValue()));
        if (!isEmpty()) Rules.requireWorkable(actor, t, "edit");
        for (CustomField f : unset) values.remove(f.name());
        return t.toBuilder().fields(values).build();
    }
}
