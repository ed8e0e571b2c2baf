package tix.app;

import java.time.ZoneId;
import java.util.List;
import tix.domain.Account;
import tix.domain.DomainException;
import tix.domain.Queue;
import tix.domain.TagFamilies;
import tix.domain.Ticket;
import tix.domain.op.Tiers;

/** The look-ups use cases make before they apply an operation: a name to the thing it names, or not found (3). */
final class Lookups {
    private Lookups() {
        throw new AssertionError();
    }

    static Ticket ticket(Tx tx, long id) {
        if (id <= 0) throw DomainException.usage("bad ticket id " + id, "a positive number like 42");
        return tx.tickets().find(id).orElseThrow(() -> DomainException.ticketNotFound(id));
    }

    static Queue queue(Tx tx, String name) {
        // a queue named with spaces ("Paid Support") is found however the spaces were typed
        return tx.queues().queue(name).or(() -> tx.queues().queue(name.strip().replaceAll("\\s+", " "))).orElseThrow(() -> DomainException.notFound(
                "queue '" + name + "' not found", "see 'tix queue list'"));
    }

    static String tier(Tx tx, String name) {
        return Tiers.require(tx.tiers().tiers(), name);
    }

    static ZoneId zone(Tx tx, String queue) {
        return ZoneId.of(tx.queues().queueZone(queue));
    }

    static Account account(Tx tx, String name) {
        return tx.accounts().account(name).orElseThrow(() -> DomainException.notFound(
                "account '" + name + "' not found", "see 'tix account list'"));
    }

    /** The tags a new ticket starts with: each checked against the tag families, a single family's kept once. */
    static List<String> startTags(Tx tx, List<String> tags) {
        TagFamilies families = tx.tagSets().tagFamilies();
        return families.apply(List.of(), families.resolveAll(tags), List.of());
    }

    /** Follows merged_into links to the ticket that now holds the conversation. */
    static Ticket redirect(Tx tx, Ticket t) {
        Ticket cur = t;
        for (int hops = 0; cur.mergedInto() != null && hops < 32; hops++) {
            Long next = cur.mergedInto();
            cur = tx.tickets().find(next).orElse(cur);
            if (cur.id() != next) break;
        }
        return cur;
    }
}
