package tix.app;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tix.domain.Doc;
import tix.domain.DomainException;
import tix.domain.Period;
import tix.domain.Repeats;

/**
 * `tix report`: what a team lead reads once a week. Periods are UTC ({@link Period}); every report is one read
 * transaction and writes nothing.
 */
public final class ReportService {
    /** An answer written this many times without a macro or a doc is a "write a doc" signal (SPEC §1.2). */
    public static final int REPEATED = 3;

    private final Session session;

    public ReportService(Session session) {
        this.session = session;
    }

    public Period period(String text) {
        return text == null ? Period.ALWAYS : Period.parse(text, session.now(), ZoneOffset.UTC);
    }

    /** One answer written again and again: a sample of its text, how often, and on which tickets. */
    public record Repeat(String text, int count, List<Long> ticketIds) {
    }

    /**
     * Public answers written at least {@code min} times in near-identical words (equal after {@link Repeats#normalise})
     * in the period, leaving out answers that carry a macro's text or a doc's link: those already have one.
     */
    public List<Repeat> repeats(Period period, int min) {
        if (min < 2) throw DomainException.usage("--min must be at least 2", "e.g. --min 3");
        return session.store().read(tx -> {
            List<String> macros = new ArrayList<>();
            for (Macros.Macro m : tx.macros().macros()) macros.add(m.body());
            List<String> links = new ArrayList<>();
            for (Doc d : tx.docs().list(null)) links.add(d.url() != null ? d.url() : d.insert());
            Map<String, Cluster> clusters = new HashMap<>();
            TicketVisibility visible = new TicketVisibility(tx, session.viewer(tx));
            tx.activity().replies(period, r -> {
                if (!visible.test(r.ticketId())) return;
                for (String link : links) if (r.body().contains(link)) return;
                String key = Repeats.normalise(r.body(), r.requesterName(), r.requesterEmail());
                if (key.isEmpty()) return;
                for (String m : macros) if (Repeats.usesMacro(key, m)) return;
                clusters.computeIfAbsent(key, k -> new Cluster(r.body())).add(r.ticketId());
            });
            List<Repeat> out = new ArrayList<>();
            for (Cluster c : clusters.values()) {
                if (c.count >= min) out.add(new Repeat(c.sample.strip(), c.count, List.copyOf(c.tickets)));
            }
            out.sort(Comparator.comparingInt(Repeat::count).reversed()
                    .thenComparing(r -> r.ticketIds().get(0)));
            return out;
        });
    }

    private static final class Cluster {
        final String sample;
        int count;
        final Set<Long> tickets = new LinkedHashSet<>();

        Cluster(String sample) {
            this.sample = sample;
        }

        void add(long ticket) {
            count++;
            tickets.add(ticket);
        }
    }

    /** A tag's life in the period: on how many new tickets, how often added to and removed from others. */
    public record TagUse(String tag, long tickets, long added, long removed) {
    }

    public List<TagUse> tags(Period period) {
        return session.store().read(tx -> {
            Map<String, long[]> use = new LinkedHashMap<>();
            tx.activity().tagsOfCreated(period).forEach((tag, n) -> use.computeIfAbsent(tag, k -> new long[3])[0] = n);
            for (Activity.TagChange c : tx.activity().tagChanges(period)) {
                Set<String> before = split(c.before());
                Set<String> after = split(c.after());
                for (String t : after) if (!before.contains(t)) use.computeIfAbsent(t, k -> new long[3])[1]++;
                for (String t : before) if (!after.contains(t)) use.computeIfAbsent(t, k -> new long[3])[2]++;
            }
            List<TagUse> out = new ArrayList<>();
            use.forEach((tag, n) -> out.add(new TagUse(tag, n[0], n[1], n[2])));
            out.sort(Comparator.comparingLong((TagUse u) -> u.tickets() + u.added()).reversed()
                    .thenComparing(TagUse::tag));
            return out;
        });
    }

    /** An escalation up or down. */
    public record Escalation(long ticketId, String title, Instant at, String actor, String from, String to,
                             String direction) {
    }

    /** A process tag (the {@code process} family: Process Tweak, Missed Doc Review ...) put on a ticket. */
    public record ProcessTag(long ticketId, String tag, Instant at, String actor) {
    }

    /** The weekly hand-over (SPEC §1.2): escalations, known issues, what is still open high up, process tags. */
    public record Handoff(Period period, List<Escalation> escalations, List<Activity.KnownChange> knownIssues,
                          List<Activity.HighTicket> openInHighTiers, List<ProcessTag> processTags) {
    }

    /** The handoff report's tiers: the tier handed from, and the tag family of the process. */
    public record HandoffScope(String fromTier, String processFamily) {
    }

    public Handoff handoff(Period period, HandoffScope r) {
        String fromTier = r.fromTier();
        String processFamily = r.processFamily();
        return session.store().read(tx -> {
            int min = tx.activity().tierPosition(fromTier);
            if (min < 0) throw DomainException.notFound("tier '" + fromTier + "' not found", "see 'tix tier list'");
            TicketVisibility visible = new TicketVisibility(tx, session.viewer(tx));
            List<Escalation> escalations = new ArrayList<>();
            for (Activity.TierChange c : tx.activity().tierChanges(period)) {
                if (!visible.test(c.ticketId())) continue;
                String dir = c.toPosition() > c.fromPosition() ? "up" : "down";
                escalations.add(new Escalation(c.ticketId(), c.title(), c.at(), c.actor(), c.from(), c.to(), dir));
            }
            String prefix = processFamily + ":";
            List<ProcessTag> process = new ArrayList<>();
            for (Activity.TagChange c : tx.activity().tagChanges(period)) {
                if (!visible.test(c.ticketId())) continue;
                Set<String> before = split(c.before());
                for (String t : split(c.after())) {
                    if (t.startsWith(prefix) && !before.contains(t)) {
                        process.add(new ProcessTag(c.ticketId(), t, c.at(), c.actor()));
                    }
                }
            }
            List<Activity.HighTicket> high = new ArrayList<>(tx.activity().activeFromTier(min));
            high.removeIf(h -> !visible.test(h.id()));
            return new Handoff(period, escalations, tx.activity().knownIssues(period), high, process);
        });
    }

    private static Set<String> split(String tags) {
        if (tags == null || tags.isBlank()) return Set.of();
        return new LinkedHashSet<>(Arrays.asList(tags.split(",")));
    }
}
