package tix.app;

import java.util.ArrayList;
import java.util.List;
import tix.domain.Account;
import tix.domain.Channel;
import tix.domain.Contact;
import tix.domain.DomainException;
import tix.domain.Priority;
import tix.domain.Route;
import tix.domain.Right;
import tix.domain.Rules;
import tix.domain.Tags;

/**
 * `tix route`: the routing rules applied when a ticket is created (SPEC §1 workflow 1). Rules are kept at
 * positions 1..n without gaps; changes are admin only. {@link #match} and {@link #record} are what ticket creation
 * (`create` and new mail) use.
 */
public final class RouteService {
    private final Session session;

    public RouteService(Session session) {
        this.session = session;
    }

    /**
     * What `route add` is given: when {@code field} matches {@code value}, the ticket goes to {@code queue} and/or
     * {@code team}, gets {@code priority} and/or {@code tag}; {@code position} null puts the rule last, otherwise the
     * rules from there move down one.
     */
    public record NewRoute(String field, String value, String queue, String team, Priority priority, String tag,
                           Integer position) {
    }

    /** A new rule. */
    public Route add(NewRoute r) {
        String queue = r.queue();
        String team = r.team();
        Integer position = r.position();
        Route.Field f = Route.Field.parse(r.field());
        String v = f.check(r.value());
        Integer p = Priority.valueOf(r.priority());
        String tag = r.tag();
        String t = tag == null ? null : Tags.check(tag);
        if (queue == null && team == null && p == null && t == null) {
            throw DomainException.usage("a route needs something to do", "--queue Q, --team T, --priority P or --tag TAG");
        }
        if (position != null && position < 1) {
            throw DomainException.usage("bad position " + position, "1 is the first rule");
        }
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            String q = queue == null ? null : Lookups.queue(tx, queue).name();
            if (team != null && !tx.teams().teamExists(team)) {
                throw DomainException.notFound("team '" + team + "' not found", "see 'tix team list'");
            }
            List<Route> rules = tx.routes().routes();
            int at = position == null ? rules.size() + 1 : position;
            if (at > rules.size() + 1) {
                throw DomainException.usage("bad position " + position, rules.isEmpty() ? "the first rule is at 1"
                        : "1-" + (rules.size() + 1) + " (there are " + rules.size() + " rules)");
            }
            // a tag of a controlled family is checked and stored qualified (trial -> plan:trial)
            String tag2 = t == null ? null : tx.tagSets().tagFamilies().resolve(t);
            long id = tx.routes().insertRoute(new Route(0, at, f, v, q, team, p, tag2), session.now());
            List<Long> order = ids(rules);
            order.add(at - 1, id);
            renumber(tx, order);
            return tx.routes().route(id).orElseThrow();
        });
    }

    public List<Route> list() {
        return session.store().read(tx -> tx.routes().routes());
    }

    /** Deletes a rule; those after it move up one. Returns the rule as it was. */
    public Route remove(long id) {
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            Route r = route(tx, id);
            tx.routes().deleteRoute(id);
            renumber(tx, ids(tx.routes().routes()));
            return r;
        });
    }

    /** Puts a rule at {@code position} (1..n); the others keep their order around it. Returns every rule. */
    public List<Route> move(long id, int position) {
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            Route r = route(tx, id);
            List<Long> order = ids(tx.routes().routes());
            if (position < 1 || position > order.size()) {
                throw DomainException.usage("bad position " + position, "1-" + order.size() + " (there are "
                        + order.size() + " rules)");
            }
            order.remove(Long.valueOf(r.id()));
            order.add(position - 1, r.id());
            renumber(tx, order);
            return tx.routes().routes();
        });
    }

    /** What `route test` was asked about, the first rule that would route such a ticket (null: none), and all that act. */
    public record Trial(Route.Facts facts, Route route, tix.domain.Routing routing) {
    }

    /** What `route test` is given: the facts of a ticket that might be created. */
    public record TrialFacts(Channel channel, String to, String requester, String account, String title) {
    }

    /**
     * Which rule a new ticket with these facts would get. The account's plan and status come from the account, or
     * from the requester's contact when no account is named. Reads only.
     */
    public Trial test(TrialFacts r) {
        Channel c = r.channel();
        String to = r.to();
        String requester = r.requester();
        String account = r.account();
        String title = r.title();
        String rcpt = to == null ? null : Route.Field.TO.check(to);
        String email = requester == null ? null : Contacts.checkAddress(requester);
        return session.store().read(tx -> {
            Account a = null;
            if (account != null) {
                a = tx.accounts().account(account).orElseThrow(() -> DomainException.notFound(
                        "account '" + account + "' not found", "see 'tix account list'"));
            } else if (email != null) {
                a = accountOf(tx, tx.contacts().contactByEmail(email).orElse(null));
            }
            Route.Facts facts = facts(c, rcpt == null ? List.of() : List.of(rcpt), email, a, title);
            return new Trial(facts, Route.first(tx.routes().routes(), facts), match(tx, facts));
        });
    }

    // ---------------------------------------------------------------- used by ticket creation

    static Route.Facts facts(Channel channel, List<String> to, String requester, Account account, String title) {
        return new Route.Facts(channel, to, requester, account == null ? null : account.name(),
                account == null ? null : account.plan(), account == null ? null : account.status(), title);
    }

    static Account accountOf(Tx tx, Contact contact) {
        if (contact == null || contact.account() == null) return null;
        return tx.accounts().account(contact.account()).orElse(null);
    }

    /** What the rules matching a new ticket do: each adds its action, the first by position wins queue, team, priority. */
    static tix.domain.Routing match(Tx tx, Route.Facts facts) {
        return tix.domain.Routing.of(tx.routes().routes(), facts);
    }

    // ---------------------------------------------------------------- helpers

    private static Route route(Tx tx, long id) {
        return tx.routes().route(id).orElseThrow(() -> DomainException.notFound("route " + id + " not found",
                "see 'tix route list'"));
    }

    private static List<Long> ids(List<Route> rules) {
        List<Long> out = new ArrayList<>();
        for (Route r : rules) out.add(r.id());
        return out;
    }

    private static void renumber(Tx tx, List<Long> order) {
        for (int i = 0; i < order.size(); i++) tx.routes().setRoutePosition(order.get(i), i + 1);
    }
}
