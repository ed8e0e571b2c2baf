package tix.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Business hours of a queue (SPEC §4): a timezone, weekly working intervals (several a day), and holidays (fixed
 * dates or yearly dates). Business time is wall-clock time inside those intervals, so a day-light saving change
 * that shortens a local 09:00-17:00 day shortens its business time too.
 *
 * <p>Text forms, as stored and typed: hours {@code "mon-fri 09:00-17:00"},
 * {@code "mon-thu 09:00-12:00,13:00-17:00; fri 09:00-13:00"} or {@code "24x7"}; holidays
 * {@code "2026-12-24, --12-25, --01-01"} ({@code --MM-DD} repeats every year).
 */
public final class BusinessCalendar {
    /** How far {@link #add} and {@link #nextOpen} look before deciding a calendar never opens. */
    private static final int MAX_DAYS = 3 * 366;

    private record Span(int fromMinute, int toMinute) {
    }

    private final String name;
    private final ZoneId zone;
    private final Map<DayOfWeek, List<Span>> week;
    private final Set<LocalDate> dates;
    private final Set<MonthDay> yearly;
    private final String hoursText;
    private final String holidaysText;

    private BusinessCalendar(String name, ZoneId zone, Map<DayOfWeek, List<Span>> week, Set<LocalDate> dates,
                             Set<MonthDay> yearly, String hoursText, String holidaysText) {
        this.name = name;
        this.zone = zone;
        this.week = week;
        this.dates = dates;
        this.yearly = yearly;
        this.hoursText = hoursText;
        this.holidaysText = holidaysText;
    }

    /**
     * Calendars parsed already, by their four texts: a calendar keeps tables of its days (below), and a command reads
     * its calendars again in each transaction (and the warm server runs many commands), so an unchanged calendar is
     * the same object with the tables it built; a changed one has other texts and is parsed anew.
     */
    private static final Map<String, BusinessCalendar> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PARSED_MAX = 256;

    /** Parses a calendar's three stored texts; a bad one is a usage error naming the part that is wrong. */
    public static BusinessCalendar of(String name, String zone, String hours, String holidays) {
        String key = name + '\0' + zone + '\0' + hours + '\0' + holidays;
        BusinessCalendar c = PARSED.get(key);
        if (c != null) return c;
        c = parse(name, zone, hours, holidays);
        if (PARSED.size() >= PARSED_MAX) PARSED.clear();
        PARSED.put(key, c);
        return c;
    }

    private static BusinessCalendar parse(String name, String zone, String hours, String holidays) {
        ZoneId z;
        try {
            z = ZoneId.of(zone == null ? "" : zone.strip());
        } catch (DateTimeException e) {
            throw DomainException.usage("unknown timezone '" + zone + "'", "an IANA zone like Europe/Berlin or UTC");
        }
        Map<DayOfWeek, List<Span>> week = parseHours(hours);
        Set<LocalDate> dates = new TreeSet<>();
        Set<MonthDay> yearly = new TreeSet<>();
        for (String h : splitList(holidays)) {
            try {
                if (h.startsWith("--")) yearly.add(MonthDay.parse(h));
                else dates.add(LocalDate.parse(h));
            } catch (DateTimeParseException e) {
                throw DomainException.usage("bad holiday '" + h + "'", "YYYY-MM-DD, or --MM-DD for every year");
            }
        }
        return new BusinessCalendar(name, z, week, dates, yearly, normaliseHours(week), formatHolidays(dates, yearly));
    }

    /** Round the clock, every day: the calendar of {@code oncall}. */
    public static BusinessCalendar allDay(String name) {
        return of(name, "UTC", "24x7", "");
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The weekly hours in their canonical text form. */
    public String hours() {
        return hoursText;
    }

    /** The holidays in their canonical text form (sorted, comma separated). */
    public String holidays() {
        return holidaysText;
    }

    public boolean isHoliday(LocalDate d) {
        return dates.contains(d) || yearly.contains(MonthDay.from(d));
    }

    /** Business time in a week without holidays (what "1 business day" is not: that is always 8 business hours). */
    public Duration weeklyHours() {
        long minutes = 0;
        for (List<Span> spans : week.values()) for (Span s : spans) minutes += s.toMinute - s.fromMinute;
        return Duration.ofMinutes(minutes);
    }

    /** A business interval as instants: [start, end). */
    public record Interval(Instant start, Instant end) {
        public Duration length() {
            return Duration.between(start, end);
        }
    }

    /** Days whose intervals are kept, around the first day asked (an SLA clock looks at a few days at a time). */
    private static final int DAYS_KEPT = 2 * MAX_DAYS;

    /** The intervals of the days from {@code base}, each computed when first asked (null until then). */
    private record Days(long base, List<?>[] days) {
    }

    private volatile Days days;

    /** The business intervals of one local date, as instants (empty on holidays and closed days). */
    @SuppressWarnings("unchecked")
    public List<Interval> intervals(LocalDate date) {
        long day = date.toEpochDay();
        Days d = days;
        if (d == null || day < d.base || day >= d.base + d.days.length) {
            // a table centred on this day (a day far from the last one starts a new table)
            d = new Days(day - DAYS_KEPT / 2, new List<?>[DAYS_KEPT]);
            days = d;
        }
        int i = (int) (day - d.base);
        List<Interval> v = (List<Interval>) d.days[i];
        if (v == null) {
            v = compute(date);
            d.days[i] = v; // immutable: another thread computing the same day stores an equal list
        }
        return v;
    }

    private List<Interval> compute(LocalDate date) {
        if (isHoliday(date)) return List.of();
        List<Span> spans = week.getOrDefault(date.getDayOfWeek(), List.of());
        List<Interval> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            Instant a = at(date, s.fromMinute);
            Instant b = at(date, s.toMinute);
            if (b.isAfter(a)) out.add(new Interval(a, b));
        }
        return List.copyOf(out);
    }

    private Instant at(LocalDate date, int minute) {
        if (minute >= 24 * 60) return date.plusDays(1).atStartOfDay(zone).toInstant();
        return ZonedDateTime.of(date, LocalTime.of(minute / 60, minute % 60), zone).toInstant();
    }

    /** Business intervals overlapping [from, to), clipped to it, in order. */
    public List<Interval> intervalsBetween(Instant from, Instant to) {
        List<Interval> out = new ArrayList<>();
        if (!to.isAfter(from)) return out;
        LocalDate d = from.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = to.atZone(zone).toLocalDate();
        for (; !d.isAfter(last); d = d.plusDays(1)) {
            for (Interval i : intervals(d)) {
                Instant a = i.start.isBefore(from) ? from : i.start;
                Instant b = i.end.isAfter(to) ? to : i.end;
                if (b.isAfter(a)) out.add(new Interval(a, b));
            }
        }
        return out;
    }

    /**
     * The business time between two instants (zero when {@code to} is not after {@code from}). The days well inside
     * the span are summed from a table of each day's business time (an SLA clock a year old asks this for 365 days,
     * for each row of a list); the first and last two days are clipped as {@link #intervalsBetween} clips them.
     */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) return Duration.ZERO;
        LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = to.atZone(zone).toLocalDate();
        // days first+3 .. last-2 lie wholly inside [from, to) even if a time-zone gap moves an opening by hours
        LocalDate innerFrom = first.plusDays(3);
        LocalDate innerTo = last.minusDays(2);
        long span = innerTo.toEpochDay() - innerFrom.toEpochDay();
        if (span < 7 || span > MAX_TABLE_DAYS) return Duration.ofMillis(clipped(from, to, first, last));
        long ms = clipped(from, to, first, innerFrom.minusDays(1)) + wholeDays(innerFrom, innerTo)
                + clipped(from, to, innerTo.plusDays(1), last);
        return Duration.ofMillis(ms);
    }

    /** Business milliseconds of the days {@code a..b} clipped to [from, to). */
    private long clipped(Instant from, Instant to, LocalDate a, LocalDate b) {
        long ms = 0;
        for (LocalDate d = a; !d.isAfter(b); d = d.plusDays(1)) {
            for (Interval i : intervals(d)) {
                Instant x = i.start.isBefore(from) ? from : i.start;
                Instant y = i.end.isAfter(to) ? to : i.end;
                if (y.isAfter(x)) ms += y.toEpochMilli() - x.toEpochMilli();
            }
        }
        return ms;
    }

    /** The longest span summed from the table; longer ones (decades) are counted day by day. */
    private static final int MAX_TABLE_DAYS = 20 * 366;
    /** Days the table grows by beyond what was asked, so that a list of rows a day apart rebuilds it rarely. */
    private static final int TABLE_SLACK = 400;
    /** {@code table[i]}: business milliseconds of the days from {@code tableBase} to {@code tableBase + i - 1}. */
    private long tableBase;
    private long[] table;

    /** Business milliseconds of the whole days {@code a..b}. */
    private synchronized long wholeDays(LocalDate a, LocalDate b) {
        long lo = a.toEpochDay();
        long hi = b.toEpochDay() + 1;
        if (table == null || lo < tableBase || hi > tableBase + table.length - 1) {
            long base = table == null ? lo - TABLE_SLACK : Math.min(lo - TABLE_SLACK, tableBase);
            long end = table == null ? hi + TABLE_SLACK : Math.max(hi + TABLE_SLACK, tableBase + table.length - 1);
            if (end - base > 2L * MAX_TABLE_DAYS) { // spans far apart: a table of this one only
                base = lo - TABLE_SLACK;
                end = hi + TABLE_SLACK;
            }
            long[] t = new long[(int) (end - base + 1)];
            for (int i = 1; i < t.length; i++) {
                long day = 0;
                for (Interval iv : intervals(LocalDate.ofEpochDay(base + i - 1))) day += iv.end.toEpochMilli() - iv.start.toEpochMilli();
                t[i] = t[i - 1] + day;
            }
            tableBase = base;
            table = t;
        }
        return table[(int) (hi - tableBase)] - table[(int) (lo - tableBase)];
    }

    /**
     * The instant at which {@code amount} of business time has passed since {@code from}. Adding zero gives
     * {@code from}; a positive amount that ends exactly at closing time gives the closing instant.
     */
    public Instant add(Instant from, Duration amount) {
        if (amount.isNegative()) throw new IllegalArgumentException("negative business duration " + amount);
        if (amount.isZero()) return from;
        long left = amount.toMillis();
        LocalDate d = from.atZone(zone).toLocalDate().minusDays(1);
        for (int n = 0; n < MAX_DAYS; n++, d = d.plusDays(1)) {
            for (Interval i : intervals(d)) {
                if (!i.end.isAfter(from)) continue;
                Instant a = i.start.isBefore(from) ? from : i.start;
                long avail = i.end.toEpochMilli() - a.toEpochMilli();
                if (left <= avail) return a.plusMillis(left);
                left -= avail;
            }
        }
        throw neverOpen();
    }

    /** {@code at} itself when business hours are running then, else the start of the next business interval. */
    public Instant nextOpen(Instant at) {
        LocalDate d = at.atZone(zone).toLocalDate().minusDays(1);
        for (int n = 0; n < MAX_DAYS; n++, d = d.plusDays(1)) {
            for (Interval i : intervals(d)) {
                if (!i.end.isAfter(at)) continue;
                return i.start.isAfter(at) ? i.start : at;
            }
        }
        throw neverOpen();
    }

    public boolean isOpen(Instant at) {
        return nextOpen(at).equals(at);
    }

    private DomainException neverOpen() {
        return DomainException.conflict("calendar '" + name + "' has no business hours in the next three years",
                "check 'tix calendar show " + name + "'");
    }

    // ---------------------------------------------------------------- parsing

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private static Map<DayOfWeek, List<Span>> parseHours(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Map<DayOfWeek, List<Span>> week = new EnumMap<>(DayOfWeek.class);
        if (t.equals("24x7") || t.equals("24/7")) {
            for (DayOfWeek d : DayOfWeek.values()) week.put(d, List.of(new Span(0, 24 * 60)));
            return week;
        }
        if (t.isEmpty()) throw badHours(text, "no hours given");
        for (String clause : t.split(";")) {
            String c = clause.strip();
            if (c.isEmpty()) continue;
            int sp = c.indexOf(' ');
            if (sp < 0) throw badHours(text, "'" + c + "' has no hours");
            Set<DayOfWeek> days = parseDays(c.substring(0, sp).strip(), text);
            List<Span> spans = new ArrayList<>();
            for (String r : c.substring(sp + 1).split(",")) spans.add(parseSpan(r.strip(), text));
            for (DayOfWeek d : days) {
                List<Span> all = new ArrayList<>(week.getOrDefault(d, List.of()));
                all.addAll(spans);
                all.sort((x, y) -> Integer.compare(x.fromMinute, y.fromMinute));
                for (int i = 1; i < all.size(); i++) {
                    if (all.get(i).fromMinute < all.get(i - 1).toMinute) {
                        throw badHours(text, "intervals overlap on " + DAYS.get(d.ordinal()));
                    }
                }
                week.put(d, List.copyOf(all));
            }
        }
        if (week.isEmpty()) throw badHours(text, "no hours given");
        return week;
    }

    private static Set<DayOfWeek> parseDays(String text, String whole) {
        Set<DayOfWeek> out = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            int dash = p.indexOf('-');
            if (dash > 0) {
                int a = day(p.substring(0, dash), whole);
                int b = day(p.substring(dash + 1), whole);
                for (int i = a; ; i = (i + 1) % 7) {
                    out.add(DayOfWeek.of(i + 1));
                    if (i == b) break;
                }
            } else {
                out.add(DayOfWeek.of(day(p, whole) + 1));
            }
        }
        return out;
    }

    private static int day(String s, String whole) {
        String d = s.strip();
        if (d.length() >= 3) d = d.substring(0, 3);
        int i = DAYS.indexOf(d);
        if (i < 0) throw badHours(whole, "unknown day '" + s + "'");
        return i;
    }

    private static Span parseSpan(String r, String whole) {
        int dash = r.indexOf('-');
        if (dash < 0) throw badHours(whole, "'" + r + "' is not HH:MM-HH:MM");
        int a = minute(r.substring(0, dash), whole);
        int b = minute(r.substring(dash + 1), whole);
        if (b <= a) throw badHours(whole, "'" + r + "' ends before it starts");
        return new Span(a, b);
    }

    private static int minute(String s, String whole) {
        String t = s.strip();
        if (!t.matches("\\d{1,2}:\\d{2}")) throw badHours(whole, "'" + t + "' is not HH:MM");
        int h = Integer.parseInt(t.substring(0, t.indexOf(':')));
        int m = Integer.parseInt(t.substring(t.indexOf(':') + 1));
        if (m > 59 || h > 24 || (h == 24 && m > 0)) throw badHours(whole, "'" + t + "' is not a time of day");
        return h * 60 + m;
    }

    private static DomainException badHours(String text, String why) {
        return DomainException.usage("bad business hours '" + text + "': " + why,
                "e.g. \"mon-fri 09:00-17:00\", \"mon-thu 09:00-12:00,13:00-17:00; fri 09:00-13:00\" or \"24x7\"");
    }

    private static List<String> splitList(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        for (String p : text.split("[,\\s]+")) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    /** The canonical hours text: days with equal hours grouped into ranges, e.g. "mon-fri 09:00-17:00". */
    private static String normaliseHours(Map<DayOfWeek, List<Span>> week) {
        boolean allDay = week.size() == 7;
        for (List<Span> s : week.values()) allDay &= s.size() == 1 && s.get(0).fromMinute == 0 && s.get(0).toMinute == 24 * 60;
        if (allDay) return "24x7";
        List<String> clauses = new ArrayList<>();
        int i = 0;
        while (i < 7) {
            List<Span> spans = week.get(DayOfWeek.of(i + 1));
            if (spans == null) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < 7 && spans.equals(week.get(DayOfWeek.of(j + 2)))) j++;
            String days = i == j ? DAYS.get(i) : DAYS.get(i) + "-" + DAYS.get(j);
            List<String> ranges = new ArrayList<>();
            for (Span s : spans) ranges.add(hhmm(s.fromMinute) + "-" + hhmm(s.toMinute));
            clauses.add(days + " " + String.join(",", ranges));
            i = j + 1;
        }
        return String.join("; ", clauses);
    }

    private static String hhmm(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    private static String formatHolidays(Set<LocalDate> dates, Set<MonthDay> yearly) {
        List<String> out = new ArrayList<>();
        for (MonthDay m : yearly) out.add(m.toString());
        for (LocalDate d : dates) out.add(d.toString());
        return String.join(",", out);
    }

    @Override
    public String toString() {
        return name + " (" + zone + ", " + hoursText + (holidaysText.isEmpty() ? "" : ", holidays " + holidaysText) + ")";
    }
}
