package tix.render;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tix.app.SlaService;
import tix.domain.Durations;
import tix.domain.SlaClock;
import tix.domain.SlaPolicy;
import tix.domain.Ticket;

/** `sla explain` (and `show --explain`): the SLA computation in words, or as a JSON object. */
public final class SlaText {
    /** Longer timelines show their first and last lines. */
    private static final int MAX_LINES = 40;

    private SlaText() {
        throw new AssertionError();
    }

    public static String text(SlaService.Explanation x) {
        ZoneId zone = x.calendar().zone();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
        Ticket t = x.ticket();
        SlaClock.State s = x.state();
        StringBuilder sb = new StringBuilder();
        sb.append("SLA of #").append(t.id()).append(" at ").append(f.format(x.now())).append(' ').append(zone).append('\n');
        sb.append("  ticket     tier ").append(t.tier()).append(", priority ").append(t.priority()).append(" (")
                .append(tix.domain.Priority.band(t.priority())).append("), account ")
                .append(x.account() == null ? "none" : x.account().name() + " (plan " + nz(x.account().plan())
                        + ", status " + nz(x.account().status()) + ")")
                .append(", status ").append(t.status()).append('\n');
        if (x.matched() == null) {
            sb.append("  policy     none: no row of the SLA table matches tier ").append(t.tier()).append(" (colour none)\n");
        } else {
            SlaPolicy p = x.matched();
            sb.append("  policy     #").append(p.id()).append(' ').append(p.key()).append(": green < ")
                    .append(Durations.formatBusiness(p.green())).append(", yellow < ")
                    .append(Durations.formatBusiness(p.yellow())).append(", then red\n");
        }
        for (String w : x.why()) sb.append("             ").append(w).append('\n');
        if (x.matched() != null && x.why().size() > 1) sb.append("             the most specific matching row wins\n");
        sb.append("  calendar   ").append(x.calendar().name()).append(" (from ").append(x.calendarSource()).append("): ")
                .append(zone).append(", ").append(x.calendar().hours())
                .append(x.calendar().holidays().isEmpty() ? "" : ", holidays " + x.calendar().holidays()).append('\n');
        if ("none".equals(s.colour())) return sb.toString();
        boolean restarted = !s.start().equals(t.tierEnteredAt());
        sb.append("  clock      started ").append(f.format(s.start()))
                .append(restarted ? " (customer message after a reply: next-reply time)" : " (entered tier " + t.tier() + ")")
                .append('\n');
        if (s.stoppedAt() != null) {
            sb.append("             stopped ").append(f.format(s.stoppedAt()))
                    .append(s.acknowledgedBy() != null ? " by " + s.acknowledgedBy() + "'s acknowledgement (on-call take or note)"
                            : " by the first public reply in this tier").append(": colour and elapsed time are frozen\n");
        } else if (s.paused()) {
            sb.append("             paused now (status ").append(t.status())
                    .append("): thresholds move back while it stays paused\n");
        } else {
            sb.append("             running\n");
        }
        List<SlaService.Line> lines = x.lines();
        List<SlaService.Line> shown = lines;
        if (lines.size() > MAX_LINES) {
            shown = new ArrayList<>(lines.subList(0, MAX_LINES / 2));
            shown.add(null);
            shown.addAll(lines.subList(lines.size() - MAX_LINES / 2, lines.size()));
        }
        for (SlaService.Line l : shown) {
            if (l == null) {
                sb.append("             … ").append(lines.size() - MAX_LINES).append(" more lines …\n");
                continue;
            }
            sb.append("  ").append(String.format("%-9s", l.what())).append(' ').append(f.format(l.from())).append(" → ")
                    .append(f.format(l.to()));
            if (!l.business().isZero()) sb.append("  ").append(Durations.formatBusiness(l.business()));
            sb.append("  ").append(l.note()).append('\n');
        }
        sb.append("  elapsed    ").append(Durations.formatBusiness(s.elapsed())).append(" of business time (")
                .append(s.elapsed().toMinutes()).append(" min)\n");
        sb.append("  green      until ").append(f.format(s.yellowAt())).append('\n');
        sb.append("  yellow     until ").append(f.format(s.redAt())).append('\n');
        sb.append("  target     ").append(f.format(s.redAt())).append(" (red from then on)\n");
        sb.append("  colour     ").append(s.colour());
        if (s.nextChange() != null) {
            sb.append(", turns ").append(s.colour().equals("green") ? "yellow" : "red").append(" at ")
                    .append(f.format(s.nextChange())).append(" if nobody answers");
        } else if (s.stoppedAt() != null) {
            sb.append(", frozen");
        } else if (s.paused()) {
            sb.append(", no change while paused");
        } else {
            sb.append(", stays red until a public reply");
        }
        sb.append('\n');
        return sb.toString();
    }

    public static Map<String, Object> json(SlaService.Explanation x) {
        SlaClock.State s = x.state();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", x.ticket().id());
        m.put("at", Views.time(x.now()));
        m.put("colour", s.colour());
        m.put("clock", s.clock());
        SlaPolicy p = x.matched();
        Map<String, Object> policy = null;
        if (p != null) {
            policy = new LinkedHashMap<>();
            policy.put("id", p.id());
            policy.put("tier", p.tier());
            policy.put("priority_band", p.band());
            policy.put("plan", p.plan());
            policy.put("account_status", p.accountStatus());
            policy.put("green", Durations.formatBusiness(p.green()));
            policy.put("yellow", Durations.formatBusiness(p.yellow()));
        }
        m.put("policy", policy);
        m.put("why", x.why());
        Map<String, Object> cal = new LinkedHashMap<>();
        cal.put("name", x.calendar().name());
        cal.put("from", x.calendarSource());
        cal.put("zone", x.calendar().zone().getId());
        cal.put("hours", x.calendar().hours());
        cal.put("holidays", x.calendar().holidays());
        m.put("calendar", cal);
        m.put("started_at", Views.time(s.start()));
        m.put("stopped_at", Views.time(s.stoppedAt()));
        m.put("acknowledged_by", s.acknowledgedBy());
        List<Object> lines = new ArrayList<>();
        for (SlaService.Line l : x.lines()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("kind", l.what());
            o.put("from", Views.time(l.from()));
            o.put("to", Views.time(l.to()));
            o.put("business_minutes", l.business().toMinutes());
            o.put("note", l.note());
            lines.add(o);
        }
        m.put("intervals", lines);
        m.put("elapsed_business_minutes", s.elapsed().toMinutes());
        m.put("yellow_at", Views.time(s.yellowAt()));
        m.put("red_at", Views.time(s.redAt()));
        m.put("target", Views.time(s.redAt()));
        m.put("next_change_at", Views.time(s.nextChange()));
        return m;
    }

    private static String nz(String s) {
        return s == null ? "none" : s;
    }

    static String instant(Instant i) {
        return Views.time(i);
    }
}
