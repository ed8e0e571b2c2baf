package tix.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tix.domain.BusinessCalendar;
import tix.domain.DomainException;
import tix.domain.Right;
import tix.domain.Rules;

/** `calendar list|show|add|set`: business calendars of queues and tiers (SPEC §4). */
public final class CalendarService {
    private final Session session;

    public CalendarService(Session session) {
        this.session = session;
    }

    /** A calendar with the queues and tiers that use it. */
    public record Entry(BusinessCalendar calendar, List<String> usedBy) {
    }

    public List<Entry> list() {
        return session.store().read(tx -> {
            List<Entry> out = new ArrayList<>();
            for (BusinessCalendar c : tx.time().calendars()) out.add(new Entry(c, tx.time().calendarUsers(c.name())));
            return out;
        });
    }

    public Entry show(String name) {
        return session.store().read(tx -> new Entry(require(tx, name), tx.time().calendarUsers(name)));
    }

    /** What `calendar add` is given: the zone, the working hours and the holidays. */
    public record NewCalendar(String zone, String hours, String holidays) {
    }

    public Entry add(String name, NewCalendar r) {
        String zone = r.zone();
        String hours = r.hours();
        String holidays = r.holidays();
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw DomainException.usage("bad calendar name '" + name + "'", "letters, digits, . _ -");
        }
        BusinessCalendar c = BusinessCalendar.of(name, zone == null ? "UTC" : zone,
                hours == null ? "mon-fri 09:00-17:00" : hours, holidays == null ? "" : holidays);
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            if (tx.time().calendar(name).isPresent()) {
                throw DomainException.conflict("calendar '" + name + "' exists", "use 'tix calendar set " + name + "'");
            }
            tx.time().saveCalendar(c, true);
            return new Entry(c, List.of());
        });
    }

    /** What `calendar set` changes: zone, hours and holidays (null: unchanged), holidays added and removed. */
    public record CalendarChange(String zone, String hours, String holidays, List<String> addHolidays, List<String> removeHolidays) {
    }

    /** Changes what is given; {@code addHolidays} and {@code removeHolidays} edit the holiday list in place. */
    public Entry set(String name, CalendarChange r) {
        String zone = r.zone();
        String hours = r.hours();
        String holidays = r.holidays();
        List<String> addHolidays = r.addHolidays();
        List<String> removeHolidays = r.removeHolidays();
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            BusinessCalendar old = require(tx, name);
            Set<String> days = new LinkedHashSet<>();
            String base = holidays != null ? holidays : old.holidays();
            for (String h : base.split("[,\\s]+")) if (!h.isBlank()) days.add(h.strip());
            if (addHolidays != null) for (String h : addHolidays) if (!h.isBlank()) days.add(h.strip());
            if (removeHolidays != null) {
                for (String h : removeHolidays) {
                    if (!days.remove(h.strip())) {
                        throw DomainException.notFound("'" + h + "' is not a holiday of " + name, "see 'tix calendar show " + name + "'");
                    }
                }
            }
            BusinessCalendar c = BusinessCalendar.of(name, zone != null ? zone : old.zone().getId(),
                    hours != null ? hours : old.hours(), String.join(",", days));
            tx.time().saveCalendar(c, false);
            tx.time().reconsider(session.now(), null, name);
            return new Entry(c, tx.time().calendarUsers(name));
        });
    }

    private static BusinessCalendar require(Tx tx, String name) {
        return tx.time().calendar(name).orElseThrow(() -> DomainException.notFound(
                "calendar '" + name + "' not found", "see 'tix calendar list'"));
    }
}
