package tix.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tix.domain.Durations.Span;

/**
 * The time rules of SPEC §3 as pure functions: for each rule, the instant it fires for a ticket (or null). A rule
 * fires in a sweep at {@code now} exactly when its instant is at or before {@code now}, and the earliest instant of
 * all rules is what the ticket stores as {@code next_due_at}: one definition serves both, so a ticket the sweep reads
 * is a ticket on which something fires. Each rule's firing removes its own condition (status, tier or mark changes),
 * so no rule fires twice for the same cause. Timers count from the reply or status change that started them, never
 * from {@code updated_at}.
 */
public final class TimeRules {
    private TimeRules() {
        throw new AssertionError();
    }

    /** The rules, in the order the sweep reports them. */
    public enum Rule {
        ESCALATE("escalate"), PRIORITY("priority"), REMINDER("reminder"), RESOLVE("resolve"), WAITING("waiting"),
        HOLD("hold"), CLOSE("close"), SLA("sla");

        private final String wire;

        Rule(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    /**
     * The desk-wide settings (config keys in {@link #KEYS}); a null span switches its rule off. Each span carries the
     * clock it counts on (issue 13): an amount in {@code bh}/{@code bd} is business time; one in plain units counts
     * the rule's clock, which is {@code new.escalate_clock} and {@code open.priority_growth_clock} for the two rules
     * that have one (default business, as before) and wall-clock time for the others. Per-queue settings (priority
     * growth, auto-close days, calendar) come with the facts.
     */
    public record Config(Span escalateAfter, Span growthEvery, int growthMax, Span remindAfter,
                         Span resolveAfter, Span waitingAfter) {
        public static Config defaults() {
            return from(Map.of());
        }

        /** Reads the settings; missing keys take their defaults, bad values are usage errors naming the key. */
        public static Config from(Map<String, String> settings) {
            return new Config(span(settings, "new.escalate_after", clock(settings, "new.escalate_clock")),
                    span(settings, "open.priority_growth_every", clock(settings, "open.priority_growth_clock")),
                    number(settings, "open.priority_growth_max"), span(settings, "pending.reminder_after", false),
                    span(settings, "pending.resolve_after", false), span(settings, "waiting.reopen_after", false));
        }
    }

    /** Config keys, their defaults and what they mean. */
    public static final Map<String, String[]> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("new.escalate_after", new String[] {"1h", "time a new ticket may stay unattended (nobody took it) before it is escalated one tier, on new.escalate_clock (off: never)"});
        KEYS.put("new.escalate_clock", new String[] {"business", "how new.escalate_after counts when given in plain units: business (the queue's hours) or wall"});
        KEYS.put("open.priority_growth_every", new String[] {"1h", "time per priority step of an unanswered new or open ticket, on open.priority_growth_clock (per queue: --[no-]priority-growth[-new])"});
        KEYS.put("open.priority_growth_clock", new String[] {"business", "how open.priority_growth_every counts when given in plain units: business or wall"});
        KEYS.put("open.priority_growth_max", new String[] {"99", "priority growth stops here"});
        KEYS.put("pending.reminder_after", new String[] {"3d", "silence after which a pending ticket's requester gets one reminder (sent in business hours; bh/bd units: business time)"});
        KEYS.put("pending.resolve_after", new String[] {"3d", "silence after the reminder after which the ticket is resolved (bh/bd units: business time)"});
        KEYS.put("waiting.reopen_after", new String[] {"10d", "time a waiting ticket (without --days/--until) waits before it is open again (bh/bd units: business time)"});
        KEYS.put("attach.max_size", new String[] {"10MB", "the most all files attached to one reply, note or new ticket may weigh together (--attach)"});
    }

    /** Checks one value for a key this class knows; other keys are not checked. Returns the canonical text. */
    public static String check(String key, String value) {
        if (!KEYS.containsKey(key)) return value;
        Map<String, String> one = Map.of(key, value);
        switch (key) {
            case "attach.max_size": return Sizes.format(Sizes.parse(value)).replace(" bytes", "");
            case "open.priority_growth_max": return String.valueOf(number(one, key));
            case "new.escalate_clock": case "open.priority_growth_clock": return clock(one, key) ? "business" : "wall";
            case "new.escalate_after": case "open.priority_growth_every": {
                // plain units keep their plain text: what they count follows the rule's clock key
                Span d = span(one, key, true);
                return d == null ? "off" : Durations.namesBusiness(value) ? Durations.formatBusinessUnits(d.amount())
                        : Durations.formatBusiness(d.amount());
            }
            default: {
                Span d = span(one, key, false);
                return d == null ? "off" : d.business() ? Durations.formatBusinessUnits(d.amount())
                        : Durations.formatCalendar(d.amount());
            }
        }
    }

    private static String value(Map<String, String> s, String key) {
        String v = s.get(key);
        return v == null ? KEYS.get(key)[0] : v.strip();
    }

    private static boolean off(String v) {
        return v.equalsIgnoreCase("off") || v.equalsIgnoreCase("never") || v.equals("-1");
    }

    private static int number(Map<String, String> s, String key) {
        String v = value(s, key);
        try {
            return Priority.check(Integer.parseInt(v));
        } catch (NumberFormatException | DomainException e) {
            throw DomainException.usage("bad value '" + v + "' for " + key, "a priority 1-99");
        }
    }

    /** A clock key: true for business, false for wall. */
    private static boolean clock(Map<String, String> s, String key) {
        String v = value(s, key).toLowerCase(java.util.Locale.ROOT);
        if (v.equals("business")) return true;
        if (v.equals("wall")) return false;
        throw DomainException.usage("bad value '" + v + "' for " + key, "business or wall");
    }

    /** A duration key: business units (bh, bd) count business time, plain units count {@code plainBusiness}'s clock. */
    private static Span span(Map<String, String> s, String key, boolean plainBusiness) {
        String v = value(s, key);
        if (off(v)) return null;
        Duration d;
        try {
            d = Durations.business(v);
        } catch (DomainException e) {
            throw DomainException.usage("bad value '" + v + "' for " + key, "a duration like 1bh, 90m, 3d, 1bd, or off");
        }
        boolean stepping = key.equals("new.escalate_after") || key.equals("open.priority_growth_every");
        if (d.isZero() && stepping) throw DomainException.usage(key + " must be positive", "or 'off'");
        return new Span(d, plainBusiness || Durations.namesBusiness(v));
    }

    /**
     * What the rules need to know about one ticket besides the ticket: its queue's calendar and per-queue settings
     * (the priority growth step, 0 when off, and whether new tickets grow too), the tier above its own that a timer
     * may escalate to (null: none), the sweep's marks, the SLA clock at the evaluation instant, and whether an agent
     * attended the new ticket by taking it ({@link #taken}).
     */
    public record Facts(Ticket ticket, BusinessCalendar calendar, int growthStep, int autoCloseDays, String nextTier,
                        Instant remindedAt, Instant grownAt, SlaClock.State sla, boolean growNew, boolean attended) {
    }

    /**
     * Whether an agent attended the ticket in its current status by taking it: an assignment to the agent who made
     * it (`take`, or `assign --to` oneself), at or after the status began. An assignment by someone else (routing, a
     * lead) is not attending. {@code history}: the ticket's events.
     */
    public static boolean taken(Ticket t, List<Event> history) {
        for (Event e : history) {
            if (e.kind() == EventAction.ASSIGNED && "assignee".equals(e.field()) && e.newValue() != null
                    && e.newValue().equals(e.actor()) && !e.at().isBefore(t.statusChangedAt())) {
                return true;
            }
        }
        return false;
    }

    /** One rule with the instant it fires. */
    public record Due(Rule rule, Instant at) {
    }

    /** Every rule that applies to the ticket, each with its instant (the order of {@link Rule}). */
    public static List<Due> schedule(Config c, Facts f, Instant evaluatedAt) {
        Ticket t = f.ticket();
        List<Due> out = new ArrayList<>();
        BusinessCalendar cal = f.calendar();
        switch (t.status()) {
            case NEW:
                // once: only while the ticket is still in the tier it had when it became new, and nobody took it
                if (c.escalateAfter() != null && f.nextTier() != null && !f.attended()
                        && !t.tierEnteredAt().isAfter(t.statusChangedAt())) {
                    out.add(new Due(Rule.ESCALATE, c.escalateAfter().after(cal, t.statusChangedAt())));
                }
                if (f.growNew()) grow(c, f, out);
                break;
            case OPEN:
                grow(c, f, out);
                break;
            case PENDING: {
                Instant since = later(t.statusChangedAt(), t.lastReplyAt());
                boolean reminded = f.remindedAt() != null && !f.remindedAt().isBefore(since);
                if (!reminded && c.remindAfter() != null) {
                    // only inside business hours: one due at night goes out at the next business minute
                    Instant at = cal.nextOpen(c.remindAfter().after(cal, since));
                    if (!at.isAfter(evaluatedAt) && !cal.isOpen(evaluatedAt)) at = cal.nextOpen(evaluatedAt);
                    out.add(new Due(Rule.REMINDER, at));
                } else if (reminded && c.resolveAfter() != null) {
                    out.add(new Due(Rule.RESOLVE, c.resolveAfter().after(cal, f.remindedAt())));
                } else if (!reminded && c.resolveAfter() != null) {
                    // reminders switched off: resolve after both silences
                    out.add(new Due(Rule.RESOLVE, c.resolveAfter().after(cal, since)));
                }
                break;
            }
            case WAITING:
                if (t.statusUntil() != null) {
                    out.add(new Due(Rule.WAITING, t.statusUntil()));
                } else if (c.waitingAfter() != null) {
                    out.add(new Due(Rule.WAITING, c.waitingAfter().after(cal, later(t.statusChangedAt(), t.lastReplyAt()))));
                }
                break;
            case HOLD:
                if (t.statusUntil() != null) out.add(new Due(Rule.HOLD, t.statusUntil()));
                break;
            case RESOLVED:
                if (f.autoCloseDays() >= 0) {
                    out.add(new Due(Rule.CLOSE, t.statusChangedAt().plus(Duration.ofDays(f.autoCloseDays()))));
                }
                break;
            default:
                break;
        }
        SlaClock.State sla = f.sla();
        if (sla != null && !sla.colour().equals(t.slaColour())) {
            out.add(new Due(Rule.SLA, evaluatedAt));
        } else if (sla != null && sla.nextChange() != null) {
            out.add(new Due(Rule.SLA, sla.nextChange()));
        }
        return out;
    }

    /** Unanswered-priority growth: one step per span of the rule's clock, up to the maximum. */
    private static void grow(Config c, Facts f, List<Due> out) {
        Ticket t = f.ticket();
        if (c.growthEvery() != null && f.growthStep() > 0 && t.priority() < c.growthMax() && t.unanswered()) {
            out.add(new Due(Rule.PRIORITY, c.growthEvery().after(f.calendar(), growthFrom(t, f.grownAt()))));
        }
    }

    /** The earliest instant of {@link #schedule}, or null when no rule will ever fire as things stand. */
    public static Instant nextDue(Config c, Facts f, Instant evaluatedAt) {
        Instant min = null;
        for (Due d : schedule(c, f, evaluatedAt)) if (min == null || d.at().isBefore(min)) min = d.at();
        return min;
    }

    /** Where unanswered-priority growth counts from: the later of becoming open, the customer's turn, the last step. */
    public static Instant growthFrom(Ticket t, Instant grownAt) {
        Instant since = t.lastReplyAt() == null ? t.createdAt()
                : (t.lastCustomerAt() != null && t.lastCustomerAt().isAfter(t.lastReplyAt()) ? t.lastCustomerAt() : t.lastReplyAt());
        return later(later(t.statusChangedAt(), since), grownAt);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.isAfter(a) ? b : a;
    }
}
