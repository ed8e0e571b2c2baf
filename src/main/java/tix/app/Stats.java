package tix.app;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The desk at a glance (`tix stats`): tickets created this month, this week (from Monday), yesterday and today
 * (UTC days), active unassigned tickets, active tickets per tier by SLA colour, and the backlog (tickets neither
 * resolved, closed nor suspended) at the end of each of the last 14 days, today last (as of now).
 */
public record Stats(Instant at, Map<String, Long> created, long unassigned, Map<String, Map<String, Long>> slaByTier,
                    List<Day> backlog) {
    public static final int BACKLOG_DAYS = 14;

    public record Day(LocalDate date, long open) {
    }

    /** Computes the figures in one read transaction. */
    public static Stats of(Session session) {
        return of(session, null);
    }

    /** The figures over the tickets of {@code scope} only (null: the whole desk), e.g. those created in a period. */
    public static Stats of(Session session, TicketFilter scope) {
        Instant now = session.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return session.store().read(tx -> {
            Reports r = scope == null ? tx.reports() : tx.reports().scoped(scope);
            Map<String, Long> created = new LinkedHashMap<>();
            Instant end = now.plusMillis(1);
            created.put("this_month", r.created(start(today.withDayOfMonth(1)), end));
            created.put("this_week", r.created(start(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))), end));
            created.put("yesterday", r.created(start(today.minusDays(1)), start(today)));
            created.put("today", r.created(start(today), end));
            Map<String, Map<String, Long>> tiers = new LinkedHashMap<>();
            for (String tier : tx.tiers().tiers()) tiers.put(tier, colours(null));
            for (Map.Entry<String, Map<String, Long>> e : r.slaByTier().entrySet()) {
                tiers.put(e.getKey(), colours(e.getValue()));
            }
            List<Day> backlog = new ArrayList<>();
            for (int i = BACKLOG_DAYS - 1; i >= 0; i--) {
                LocalDate d = today.minusDays(i);
                Instant at = i == 0 ? now : start(d.plusDays(1)).minusMillis(1);
                backlog.add(new Day(d, r.backlogAt(at)));
            }
            return new Stats(now, created, r.unassigned(), tiers, backlog);
        });
    }

    private static Map<String, Long> colours(Map<String, Long> found) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String c : List.of("green", "yellow", "red", "none")) m.put(c, found == null ? 0L : found.getOrDefault(c, 0L));
        return m;
    }

    private static Instant start(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
