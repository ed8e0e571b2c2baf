package tix.domain.op;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tix.domain.Actor;
import tix.domain.DomainException;
import tix.domain.Rules;
import tix.domain.TagFamilies;
import tix.domain.Tags;
import tix.domain.Ticket;

/** `tag` (+TAG adds, -TAG removes; a bare TAG adds), checked against the controlled tag families. */
public record Tag(List<String> add, List<String> remove) {
    public Tag {
        add = List.copyOf(add);
        remove = List.copyOf(remove);
    }

    /** Reads `+a -b c`; malformed tags are usage errors. */
    public static Tag parse(List<String> changes) {
        if (changes == null || changes.isEmpty()) throw DomainException.usage("no tag changes given", "+TAG or -TAG");
        List<String> add = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        for (String c : changes) {
            if (c.startsWith("-")) remove.add(Tags.check(c.substring(1)));
            else add.add(Tags.check(c.startsWith("+") ? c.substring(1) : c));
        }
        return new Tag(add, remove);
    }

    public Outcome apply(Ticket t, Actor actor, TagFamilies families, Instant now) {
        Rules.requireWorkable(actor, t, "tag");
        List<String> removing = new ArrayList<>();
        for (String r : remove) removing.add(families.resolveForRemoval(r));
        return Outcome.of(t.toBuilder().tags(families.apply(t.tags(), families.resolveAll(add), removing)).build());
    }
}
