package tix.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tix.domain.Right;
import tix.domain.Rules;
import tix.domain.Ticket;
import tix.domain.TimeRules;

/** `tix backup`, `tix restore`, `tix check`: the desk's file as a whole. */
public final class MaintenanceService {
    private final Session session;

    public MaintenanceService(Session session) {
        this.session = session;
    }

    /** A consistent copy to the new file {@code to}; any agent of the desk may take one (it is their desk's data). */
    public void backup(Path to) {
        session.store().read(tx -> session.actor(tx));
        session.store().backupTo(to);
    }

    /** Replaces the desk with a backup: admin only, the backup checked first. */
    public void restore(Path from) {
        session.store().read(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            return null;
        });
        session.store().restoreFrom(from);
    }

    /** What a check found: the problems (empty when sound) and how many tickets it looked at. */
    public record Report(List<String> problems, long tickets) {
    }

    /**
     * The file's integrity and foreign keys, the values and ownership the schema promises, and tix's own rule that
     * every live ticket's stored next-rule time is no later than its rules say (a later one is a sweep that never
     * comes).
     */
    public Report check() {
        List<String> problems = new ArrayList<>(session.store().verify());
        Instant now = session.now();
        long tickets = session.store().read(tx -> {
            Timekeeper keeper = tx.timekeeper();
            long n = 0;
            for (TimeStore.Scheduled s : tx.time().schedules()) {
                n++;
                Ticket t;
                try {
                    t = tx.tickets().find(s.id()).orElse(null);
                } catch (RuntimeException e) {
                    problems.add("ticket #" + s.id() + " cannot be read: " + e.getMessage());
                    continue;
                }
                if (t == null) continue;
                Instant at = t.updatedAt().isAfter(now) ? t.updatedAt() : now;
                List<tix.domain.Event> history = tx.events().forTicket(t.id());
                Instant due = TimeRules.nextDue(keeper.config(), keeper.facts(t, keeper.sla(t, history, at), history), at);
                if (due != null && (s.nextDueAt() == null || s.nextDueAt().isAfter(due))) {
                    problems.add("ticket #" + t.id() + ": its next time rule is due at " + due + " but the sweep "
                            + "will look at it " + (s.nextDueAt() == null ? "never" : "only at " + s.nextDueAt()));
                }
            }
            return n;
        });
        return new Report(problems, tickets);
    }
}
