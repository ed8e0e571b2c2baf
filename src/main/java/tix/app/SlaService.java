package tix.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tix.domain.Account;
import tix.domain.BusinessCalendar;
import tix.domain.DomainException;
import tix.domain.Durations;
import tix.domain.Priority;
import tix.domain.Right;
import tix.domain.Rules;
import tix.domain.SlaClock;
import tix.domain.SlaPolicy;
import tix.domain.Ticket;

/** The SLA table (`sla list|set|remove`) and the computation behind `sla explain` and `show --explain` (SPEC §4). */
public final class SlaService {
    private final Session session;

    public SlaService(Session session) {
        this.session = session;
    }

    /** The SLA of a ticket at {@code now}, carried in the detail for the views. */
    static TicketDetail attach(Timekeeper keeper, TicketDetail d, Instant now) {
        return d.withSla(view(keeper.sla(d.ticket(), now)));
    }

    static TicketDetail.Sla view(SlaClock.State s) {
        if ("none".equals(s.colour())) return new TicketDetail.Sla("none", null, null, null, 0, "none", null);
        return new TicketDetail.Sla(s.colour(), s.redAt(), s.yellowAt(), s.redAt(), s.elapsed().toMinutes(), s.clock(),
                s.nextChange());
    }

    public List<SlaPolicy> list() {
        return session.store().read(tx -> tx.time().policies());
    }

    /** What `sla set` gives a tier's row: its key (priority band, plan, account status; null: any) and its limits. */
    public record SlaRow(String band, String plan, String status, String green, String yellow) {
    }

    /** Adds a row or replaces the limits of the row with the same key. */
    public SlaPolicy set(String tier, SlaRow r) {
        String band = r.band();
        String plan = r.plan();
        String status = r.status();
        String green = r.green();
        String yellow = r.yellow();
        if (green == null || yellow == null) throw DomainException.usage("sla set needs --green and --yellow", "e.g. --green 2h --yellow 1bd");
        SlaPolicy draft = new SlaPolicy(0, tier, blank(band), spelled(plan), blank(status), Durations.business(green),
                Durations.business(yellow));
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            Lookups.tier(tx, tier);
            SlaPolicy saved = tx.time().savePolicy(draft);
            tx.time().reconsider(session.now(), tier, null);
            return saved;
        });
    }

    /** The key of an SLA row besides its tier: priority band, plan, account status (null: any). */
    public record SlaKey(String band, String plan, String status) {
    }

    /** Removes a row by id, or by its key (tier and the same options as `set`). */
    public SlaPolicy remove(String idOrTier, SlaKey r) {
        String band = r.band();
        String plan = r.plan();
        String status = r.status();
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            SlaPolicy gone;
            if (idOrTier.matches("\\d+")) {
                gone = tx.time().policy(Long.parseLong(idOrTier)).orElseThrow(() -> DomainException.notFound(
                        "SLA row " + idOrTier + " not found", "see 'tix sla list'"));
                tx.time().removePolicy(gone.id());
            } else {
                gone = tx.time().policies().stream().filter(p -> p.tier().equals(idOrTier)
                        && java.util.Objects.equals(p.band(), blank(band)) && samePlan(p.plan(), spelled(plan))
                        && java.util.Objects.equals(p.accountStatus(), blank(status))).findFirst()
                        .orElseThrow(() -> DomainException.notFound("no SLA row for " + idOrTier
                                + (band == null ? "" : " band " + band) + (plan == null ? "" : " plan " + plan)
                                + (status == null ? "" : " status " + status), "see 'tix sla list'"));
                tx.time().removePolicy(gone.id());
            }
            tx.time().reconsider(session.now(), gone.tier(), null);
            return gone;
        });
    }

    /** A plan as the admin spells it (the CRM's spelling): only blanks are trimmed, case is kept for display. */
    private static String spelled(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean samePlan(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Everything `sla explain` shows. */
    public record Explanation(Ticket ticket, Account account, List<SlaPolicy> tierRows, SlaPolicy matched,
                              List<String> why, BusinessCalendar calendar, String calendarSource, SlaClock.State state,
                              List<Line> lines, Instant now) {
    }

    /** One line of the timeline: counted business time, skipped closed hours, or a pause. */
    public record Line(String what, Instant from, Instant to, Duration business, String note) {
    }

    public Explanation explain(long id) {
        TicketQueries.checkId(id);
        return session.store().read(tx -> {
            Ticket t = tx.tickets().find(id).orElseThrow(() -> DomainException.ticketNotFound(id));
            tix.domain.Rules.requireVisible(session.viewer(tx), t);
            Timekeeper k = tx.timekeeper();
            Instant now = session.now();
            Account a = k.account(t);
            String plan = a == null ? null : a.plan();
            String status = a == null ? null : a.status();
            List<SlaPolicy> rows = new ArrayList<>();
            List<String> why = new ArrayList<>();
            for (SlaPolicy p : k.policies()) {
                if (!p.tier().equals(t.tier())) continue;
                rows.add(p);
                List<String> miss = new ArrayList<>();
                String band = Priority.band(t.priority());
                if (p.band() != null && !p.band().equals(band)) miss.add("band " + p.band() + " ≠ " + band);
                if (p.plan() != null && !p.plan().equalsIgnoreCase(plan)) miss.add("plan " + p.plan() + " ≠ " + (plan == null ? "none" : plan));
                if (p.accountStatus() != null && !p.accountStatus().equals(status)) {
                    miss.add("account status " + p.accountStatus() + " ≠ " + (status == null ? "none" : status));
                }
                why.add("#" + p.id() + " " + p.key() + ": " + (miss.isEmpty() ? "matches (specificity " + p.specificity() + ")"
                        : "does not match (" + String.join(", ", miss) + ")"));
            }
            SlaPolicy matched = k.policy(t);
            BusinessCalendar cal = k.slaCalendar(t);
            String source = tx.time().tierCalendar(t.tier()) != null ? "tier " + t.tier() : "queue " + t.queue();
            SlaClock.State s = k.sla(t, now);
            return new Explanation(t, a, rows, matched, why, cal, source, s, lines(s, cal), now);
        });
    }

    /** The clock's life as counted business intervals, the closed hours skipped between them, and pauses. */
    static List<Line> lines(SlaClock.State s, BusinessCalendar cal) {
        List<Line> out = new ArrayList<>();
        for (SlaClock.Piece p : s.pieces()) {
            if (!p.counted()) {
                out.add(new Line("paused", p.from(), p.to(), cal.between(p.from(), p.to()), "status " + p.status()
                        + ": business time not counted, thresholds move back by it"));
                continue;
            }
            Instant cur = p.from();
            for (BusinessCalendar.Interval i : cal.intervalsBetween(p.from(), p.to())) {
                if (i.start().isAfter(cur)) out.add(new Line("skipped", cur, i.start(), Duration.ZERO, "outside business hours"));
                out.add(new Line("counted", i.start(), i.end(), i.length(), "status " + p.status()));
                cur = i.end();
            }
            if (p.to().isAfter(cur)) out.add(new Line("skipped", cur, p.to(), Duration.ZERO, "outside business hours"));
        }
        return out;
    }
}
