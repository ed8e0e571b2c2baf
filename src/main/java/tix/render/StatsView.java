package tix.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tix.app.Stats;

/** `tix stats` for people (a small board: counts, coloured SLA bars per tier, a backlog sparkline) and for scripts. */
public final class StatsView {
    private static final String SPARKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
    private static final String RESET = "\u001b[0m";

    private StatsView() {
        throw new AssertionError();
    }

    /** The JSON object: created, unassigned, sla_by_tier (array), backlog (array of date and open). */
    public static Map<String, Object> map(Stats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", s.at().toString());
        m.put("created", s.created());
        m.put("unassigned", s.unassigned());
        List<Object> tiers = new ArrayList<>();
        for (Map.Entry<String, Map<String, Long>> e : s.slaByTier().entrySet()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("tier", e.getKey());
            t.putAll(e.getValue());
            tiers.add(t);
        }
        m.put("sla_by_tier", tiers);
        List<Object> days = new ArrayList<>();
        for (Stats.Day d : s.backlog()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("date", d.date().toString());
            x.put("open", d.open());
            days.add(x);
        }
        m.put("backlog", days);
        return m;
    }

    /** One flat row for CSV: this_month ... unassigned, then TIER_COLOUR counts, then backlog_DATE. */
    public static Map<String, Object> flat(Stats s) {
        Map<String, Object> m = new LinkedHashMap<>(s.created());
        m.put("unassigned", s.unassigned());
        s.slaByTier().forEach((tier, colours) -> colours.forEach((c, n) -> m.put(tier + "_" + c, n)));
        for (Stats.Day d : s.backlog()) m.put("backlog_" + d.date(), d.open());
        return m;
    }

    public static String text(Stats s, Screen screen) {
        boolean colour = screen.colour();
        StringBuilder sb = new StringBuilder();
        sb.append(bold("Tickets created", colour)).append('\n');
        for (Map.Entry<String, Long> e : s.created().entrySet()) {
            sb.append(String.format("  %-11s %6d%n", e.getKey().replace('_', ' '), e.getValue()));
        }
        sb.append(String.format("  %-11s %6d   active, nobody assigned%n", "unassigned", s.unassigned()));
        sb.append('\n').append(bold("Active tickets by tier and SLA colour", colour)).append('\n');
        long max = 1;
        int tierWidth = 4;
        for (Map.Entry<String, Map<String, Long>> e : s.slaByTier().entrySet()) {
            long total = 0;
            for (long n : e.getValue().values()) total += n;
            max = Math.max(max, total);
            tierWidth = Math.max(tierWidth, e.getKey().length());
        }
        int barWidth = Math.max(10, Math.min(40, screen.width() - tierWidth - 40));
        for (Map.Entry<String, Map<String, Long>> e : s.slaByTier().entrySet()) {
            Map<String, Long> c = e.getValue();
            sb.append("  ").append(String.format("%-" + tierWidth + "s", e.getKey())).append("  ");
            StringBuilder bar = new StringBuilder();
            int used = 0;
            for (String col : List.of("red", "yellow", "green", "none")) {
                long n = c.get(col);
                int w = n == 0 ? 0 : (int) Math.max(1, Math.round((double) n * barWidth / max));
                w = Math.min(w, barWidth - used);
                used += w;
                bar.append(segment(col, w, colour));
            }
            sb.append(bar).append(" ".repeat(barWidth - used)).append("  ");
            sb.append(paint("red", c.get("red") + " red", colour, c.get("red") > 0)).append("  ")
                    .append(paint("yellow", c.get("yellow") + " yellow", colour, c.get("yellow") > 0)).append("  ")
                    .append(paint("green", c.get("green") + " green", colour, c.get("green") > 0)).append("  ")
                    .append(c.get("none")).append(" none\n");
        }
        sb.append('\n').append(bold("Backlog, last " + s.backlog().size() + " days", colour)).append('\n');
        long lo = Long.MAX_VALUE;
        long hi = 0;
        for (Stats.Day d : s.backlog()) {
            lo = Math.min(lo, d.open());
            hi = Math.max(hi, d.open());
        }
        StringBuilder spark = new StringBuilder();
        for (Stats.Day d : s.backlog()) {
            int level = hi == lo ? (hi == 0 ? 0 : 3) : (int) ((d.open() - lo) * (SPARKS.length() - 1) / (hi - lo));
            spark.append(SPARKS.charAt(level));
        }
        List<Stats.Day> b = s.backlog();
        sb.append("  ").append(b.get(0).date().toString().substring(5)).append(' ').append(spark).append(' ')
                .append(b.get(b.size() - 1).date().toString().substring(5)).append(String.format("   %d then, %d now (min %d, max %d)%n",
                        b.get(0).open(), b.get(b.size() - 1).open(), lo, hi));
        return sb.toString();
    }

    private static String segment(String col, int width, boolean colour) {
        if (width == 0) return "";
        if (!colour) {
            char ch = col.equals("red") ? '!' : col.equals("yellow") ? '~' : col.equals("green") ? '=' : '.';
            return String.valueOf(ch).repeat(width);
        }
        String code = col.equals("red") ? "31" : col.equals("yellow") ? "33" : col.equals("green") ? "32" : "2";
        String ch = col.equals("none") ? "\u2591" : "\u2588";
        return "\u001b[" + code + "m" + ch.repeat(width) + RESET;
    }

    private static String paint(String col, String text, boolean colour, boolean on) {
        if (!colour || !on) return text;
        String code = col.equals("red") ? "31" : col.equals("yellow") ? "33" : "32";
        return "\u001b[" + code + "m" + text + RESET;
    }

    private static String bold(String s, boolean colour) {
        return colour ? "\u001b[1m" + s + RESET : s;
    }
}
