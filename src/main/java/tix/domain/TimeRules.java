package tix.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * The desk-wide settings (config keys in {@link #KEYS}); a null duration switches its rule off. Per-queue
     * settings (priority growth step, auto-close days, calendar) come with the facts.
     */
    public record Config(Duration escalateAfter, Duration growthEvery, int growthMax, Duration remindAfter,
                         Duration resolveAfter, Duration waitingAfter) {
        public static Config defaults() {
            return from(Map.of());
        }

        /** Reads the settings; missing keys take their defaults, bad values are usage errors naming the key. */
        public static Config from(Map<String, String> settings) {
            return new Config(business(settings, "new.escalate_after"), business(settings, "open.priority_growth_every"),
                    number(settings, "open.priority_growth_max"), calendar(settings, "pending.reminder_after"),
                    calendar(settings, "pending.resolve_after"), calendar(settings, "waiting.reopen_after"));
        }
    }

    /** Config keys, their defaults and what they mean. */
    public static final Map<String, String[]> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("new.escalate_after", new String[] {"1bh", "business time a new ticket may stay unattended before it is escalated one tier (off: never)"});
        KEYS.put("open.priority_growth_every", new String[] {"1bh", "business time per priority step of an unanswered open ticket (the step is the queue's priority_growth; 0 there switches it off)"});
        KEYS.put("open.priority_growth_max", new String[] {"99", "priority growth stops here"});
        KEYS.put("pending.reminder_after", new String[] {"3d", "silence after which a pending ticket's requester gets one reminder (sent in business hours)"});
        KEYS.put("pending.resolve_after", new String[] {"3d", "silence after the reminder after which the ticket is resolved"});
        KEYS.put("waiting.reopen_after", new String[] {"10d", "time a waiting ticket (without --days/--until) waits before it is open again"});
    }

    /** Checks one value for a key this class knows; other keys are not checked. Returns the canonical text. */
    public static String check(String key, String value) {
        if (!KEYS.containsKey(key)) return value;
        Map<String, String> one = Map.of(key, value);
        switch (key) {
            case "open.priority_growth_max": return String.valueOf(number(one, key));
            case "new.escalate_after": case "open.priority_growth_every": {
                Duration d = business(one, key);
                return d == null ? "off" : Durations.formatBusiness(d);
            }
            default: {
                Duration d = calendar(one, key);
                return d == null ? "off" : Durations.formatCalendar(d);
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

    private static Duration business(Map<String, String> s, String key) {
        String v = value(s, key);
        if (off(v)) return null;
        try {
            Duration d = Durations.business(v);
            if (d.isZero()) throw DomainException.usage(key + " must be positive", "or 'off'");
            return d;
        } catch (DomainException e) {
            throw DomainException.usage("bad value '" + v + "' for " + key, "a business duration like 1bh, 90m, 1bd, or off");
        }
    }

    private static Duration calendar(Map<String, String> s, String key) {
        String v = value(s, key);
        if (off(v)) return null;
        try {
            return Durations.calendar(v);
        } catch (DomainException e) {
            throw DomainException.usage("bad value '" + v + "' for " + key, "a duration like 3d, 12h, 90m, or off");
        }
    }

    private static int number(Map<String, String> s, String key) {
        String v = value(s, key);
        try {
            return Priority.check(Integer.parseInt(v));
        } catch (NumberFormatException | DomainException e) {
            throw DomainException.usage("bad value '" + v + "' for " + key, "a priority 1-99");
        }
    }

    /**
     * What the rules need to know about one ticket besides the ticket: its queue's calendar and per-queue settings,
     * the tier above its own that a timer may escalate to (null: none), the sweep's marks, and the SLA clock at the
     * evaluation instant.
     */
    public record Facts(Ticket ticket, BusinessCalendar calendar, int growthStep, int autoCloseDays, String nextTier,
                        Instant remindedAt, Instant grownAt, SlaClock.State sla) {
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
                // once: only while the ticket is still in the tier it had when it became new
                if (c.escalateAfter() != null && f.nextTier() != null && !t.tierEnteredAt().isAfter(t.statusChangedAt())) {
                    out.add(new Due(Rule.ESCALATE, cal.add(t.statusChangedAt(), c.escalateAfter())));
                }
                break;
            case OPEN:
                if (c.growthEvery() != null && f.growthStep() > 0 && t.priority() < c.growthMax() && t.unanswered()) {
                    out.add(new Due(Rule.PRIORITY, cal.add(growthFrom(t, f.grownAt()), c.growthEvery())));
                }
                break;
            case PENDING: {
                Instant since = later(t.statusChangedAt(), t.lastReplyAt());
                boolean reminded = f.remindedAt() != null && !f.remindedAt().isBefore(since);
                if (!reminded && c.remindAfter() != null) {
                    // only inside business hours: one due at night goes out at the next business minute
                    Instant at = cal.nextOpen(since.plus(c.remindAfter()));
                    if (!at.isAfter(evaluatedAt) && !cal.isOpen(evaluatedAt)) at = cal.nextOpen(evaluatedAt);
                    out.add(new Due(Rule.REMINDER, at));
                } else if (reminded && c.resolveAfter() != null) {
                    out.add(new Due(Rule.RESOLVE, f.remindedAt().plus(c.resolveAfter())));
                } else if (!reminded && c.resolveAfter() != null) {
                    // reminders switched off: resolve after both silences
                    out.add(new Due(Rule.RESOLVE, since.plus(c.resolveAfter())));
                }
                break;
            }
            case WAITING:
                if (t.statusUntil() != null) {
                    out.add(new Due(Rule.WAITING, t.statusUntil()));
                } else if (c.waitingAfter() != null) {
                    out.add(new Due(Rule.WAITING, later(t.statusChangedAt(), t.lastReplyAt()).plus(c.waitingAfter())));
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
