package tix.app;

import java.util.List;
import java.util.Locale;
import tix.domain.Actor;
import tix.domain.DomainException;
import tix.domain.Right;
import tix.domain.Rules;
import tix.domain.Tags;
import tix.domain.Ticket;
import tix.domain.op.LinkKnownIssue;
import tix.domain.op.Outcome;

/**
 * `tix known`: numbered known issues (SPEC §1.2). Linked tickets get {@code known_issue} = the number and the tag
 * {@code <number>-<slug>}. Three or more tickets warrant a tag, about six a status-page notice.
 */
public final class KnownIssueService {
    /** Tickets on one issue from which it warrants a tag (SPEC §1.2). */
    public static final int TAG_AT = 3;
    /** Tickets on one issue from which it warrants a status-page notice. */
    public static final int NOTICE_AT = 6;

    private final Session session;

    public KnownIssueService(Session session) {
        this.session = session;
    }

    /** What the count of tickets says to do: nothing yet, a tag, or a status-page notice. */
    public static String advice(long tickets) {
        if (tickets >= NOTICE_AT) return "warrants a status-page notice";
        if (tickets >= TAG_AT) return "warrants a tag";
        return null;
    }

    /** A short description from a title: lower case words joined by '-', at most 40 characters. */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 40) s = s.substring(0, 40).replaceAll("-[^-]*$", "");
        return s.isEmpty() ? "issue" : s;
    }

    /** What `known add` is given: the title, and optionally a number and a slug. */
    public record NewKnownIssue(String title, Long number, String slug) {
    }

    public KnownIssues.KnownIssue create(NewKnownIssue r) {
        String title = r.title();
        Long number = r.number();
        String slug = r.slug();
        if (title == null || title.isBlank()) throw DomainException.usage("a known issue needs a title", "--title TEXT");
        if (number != null && number <= 0) throw DomainException.usage("bad known issue number " + number, "a positive number");
        String s = slug == null ? slug(title) : slug(slug);
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.KNOWN_CREATE);
            long n = number == null ? tx.knownIssues().nextKnownNumber() : number;
            if (tx.knownIssues().knownIssue(n).isPresent()) {
                throw DomainException.conflict("known issue " + n + " exists", "see 'tix known list'");
            }
            Tags.word(n + "-" + s);
            tx.knownIssues().addKnownIssue(n, s, title.strip(), session.now());
            return tx.knownIssues().knownIssue(n).orElseThrow();
        });
    }

    /**
     * Links tickets to the issue in one transaction: known_issue and the tag (a ticket linked to another issue moves,
     * losing that issue's tag). Linking is ticket work: an agent may link unassigned tickets and their own. Closed
     * tickets may be linked too (the weekly review links what was answered): the link and tag change, not the status.
     */
    public KnownIssues.KnownIssue link(long number, List<Long> ids) {
        if (ids == null || ids.isEmpty()) throw DomainException.usage("no tickets to link", "tix known link N ID...");
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            KnownIssues.KnownIssue k = issue(tx, number);
            for (long id : ids) {
                Ticket t = tx.tickets().find(id).orElseThrow(() -> DomainException.ticketNotFound(id));
                String oldTag = t.knownIssue() != null && t.knownIssue() != number
                        ? tx.knownIssues().knownIssue(t.knownIssue()).map(KnownIssues.KnownIssue::tag).orElse(null) : null;
                Outcome o = new LinkKnownIssue(number, k.tag()).apply(t, actor, oldTag, session.now());
                if (!o.isNoChange(t)) new TicketWriter(tx).save(t, o, actor.login(), session.now());
            }
            return issue(tx, number);
        });
    }

    public KnownIssues.KnownIssue resolve(long number, String resolution) {
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.KNOWN_MANAGE);
            KnownIssues.KnownIssue k = issue(tx, number);
            if (k.status().equals("resolved")) throw DomainException.conflict("known issue " + number + " is resolved already", "nothing to do");
            tx.knownIssues().resolveKnownIssue(number, resolution == null || resolution.isBlank() ? null : resolution.strip(), session.now());
            return issue(tx, number);
        });
    }

    public List<KnownIssues.KnownIssue> list() {
        return session.store().read(tx -> tx.knownIssues().knownIssues());
    }

    public record Detail(KnownIssues.KnownIssue issue, List<Long> tickets, List<KnownIssues.Note> notes) {
    }

    public Detail show(long number) {
        return session.store().read(tx -> new Detail(issue(tx, number), tx.knownIssues().knownIssueTickets(number),
                tx.knownIssues().knownNotes(number)));
    }

    /** Adds an update note to the issue (open or resolved): what changed, a workaround, the fixing release. */
    public Detail note(long number, String text) {
        if (text == null || text.isBlank()) throw DomainException.usage("an empty note", "tix known note N TEXT");
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            issue(tx, number);
            tx.knownIssues().addKnownNote(number, actor.login(), text.strip(), session.now());
            return new Detail(issue(tx, number), tx.knownIssues().knownIssueTickets(number),
                    tx.knownIssues().knownNotes(number));
        });
    }

    private static KnownIssues.KnownIssue issue(Tx tx, long number) {
        return tx.knownIssues().knownIssue(number).orElseThrow(() -> DomainException.notFound(
                "known issue " + number + " not found", "see 'tix known list'"));
    }
}
