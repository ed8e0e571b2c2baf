package tix.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tix.app.TimeStore;
import tix.domain.BusinessCalendar;
import tix.domain.SlaPolicy;

final class SqliteTime implements TimeStore {
    private static final String POLICY = "SELECT id, tier, priority_band, plan, account_status, green_minutes, "
            + "yellow_minutes FROM sla_policies";
    /** Statuses on which some rule may still fire; closed and suspended tickets are never due. */
    private static final String LIVE = "status NOT IN ('closed', 'suspended')";
    private final Sql sql;

    SqliteTime(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<BusinessCalendar> calendar(String name) {
        return sql.one("SELECT name, zone, hours, holidays FROM calendars WHERE name = ?", SqliteTime::mapCalendar, name);
    }

    @Override
    public List<BusinessCalendar> calendars() {
        return sql.query("SELECT name, zone, hours, holidays FROM calendars ORDER BY name", SqliteTime::mapCalendar);
    }

    private static BusinessCalendar mapCalendar(ResultSet rs) throws SQLException {
        return BusinessCalendar.of(rs.getString("name"), rs.getString("zone"), rs.getString("hours"),
                rs.getString("holidays"));
    }

    @Override
    public void saveCalendar(BusinessCalendar c, boolean isNew) {
        if (isNew) {
            sql.update("INSERT INTO calendars(name, zone, hours, holidays) VALUES (?, ?, ?, ?)", c.name(),
                    c.zone().getId(), c.hours(), c.holidays());
        } else {
            sql.update("UPDATE calendars SET zone = ?, hours = ?, holidays = ? WHERE name = ?", c.zone().getId(),
                    c.hours(), c.holidays(), c.name());
        }
        sql.referenceChanged();
    }

    @Override
    public String tierCalendar(String tier) {
        String c = sql.one("SELECT coalesce(calendar, '') FROM tiers WHERE name = ?", rs -> rs.getString(1), tier).orElse("");
        return c.isEmpty() ? null : c;
    }

    @Override
    public List<String> calendarUsers(String name) {
        return sql.query("SELECT 'queue ' || name FROM queues WHERE calendar = ? "
                + "UNION ALL SELECT 'tier ' || name FROM tiers WHERE calendar = ? ORDER BY 1", rs -> rs.getString(1), name, name);
    }

    @Override
    public List<SlaPolicy> policies() {
        return sql.query(POLICY + " ORDER BY (SELECT position FROM tiers WHERE name = tier), "
                + "coalesce(priority_band, ''), coalesce(plan, ''), coalesce(account_status, ''), id", SqliteTime::mapPolicy);
    }

    @Override
    public Optional<SlaPolicy> policy(long id) {
        return sql.one(POLICY + " WHERE id = ?", SqliteTime::mapPolicy, id);
    }

    private static SlaPolicy mapPolicy(ResultSet rs) throws SQLException {
        return new SlaPolicy(rs.getLong("id"), rs.getString("tier"), rs.getString("priority_band"), rs.getString("plan"),
                rs.getString("account_status"), Duration.ofMinutes(rs.getLong("green_minutes")),
                Duration.ofMinutes(rs.getLong("yellow_minutes")));
    }

    private static final String KEY = "tier = ? AND coalesce(priority_band, '') = coalesce(?, '') "
            + "AND lower(coalesce(plan, '')) = lower(coalesce(?, '')) AND coalesce(account_status, '') = coalesce(?, '')";

    @Override
    public SlaPolicy savePolicy(SlaPolicy p) {
        // plans compare without case; the row keeps the latest spelling given
        int n = sql.update("UPDATE sla_policies SET plan = ?, green_minutes = ?, yellow_minutes = ? WHERE " + KEY,
                p.plan(), p.green().toMinutes(), p.yellow().toMinutes(), p.tier(), p.band(), p.plan(), p.accountStatus());
        if (n == 0) {
            sql.update("INSERT INTO sla_policies(tier, priority_band, plan, account_status, green_minutes, yellow_minutes) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", p.tier(), p.band(), p.plan(), p.accountStatus(), p.green().toMinutes(),
                    p.yellow().toMinutes());
        }
        sql.referenceChanged();
        return sql.one(POLICY + " WHERE " + KEY, SqliteTime::mapPolicy, p.tier(), p.band(), p.plan(), p.accountStatus())
                .orElseThrow();
    }

    @Override
    public boolean removePolicy(String tier, String band, String plan, String accountStatus) {
        sql.referenceChanged();
        return sql.update("DELETE FROM sla_policies WHERE " + KEY, tier, band, plan, accountStatus) > 0;
    }

    @Override
    public boolean removePolicy(long id) {
        sql.referenceChanged();
        return sql.update("DELETE FROM sla_policies WHERE id = ?", id) > 0;
    }

    @Override
    public Marks marks(long ticketId) {
        return sql.one("SELECT reminded_at, grown_at FROM tickets WHERE id = ?",
                rs -> new Marks(Sql.instant(rs, "reminded_at"), Sql.instant(rs, "grown_at")), ticketId)
                .orElse(new Marks(null, null));
    }

    @Override
    public void setReminded(long ticketId, Instant at) {
        sql.update("UPDATE tickets SET reminded_at = ? WHERE id = ?", at, ticketId);
    }

    @Override
    public void setGrown(long ticketId, Instant at) {
        sql.update("UPDATE tickets SET grown_at = ? WHERE id = ?", at, ticketId);
    }

    @Override
    public void setInitialColour(long ticketId, String colour) {
        sql.update("UPDATE tickets SET sla_colour = ? WHERE id = ? AND version = 1", colour, ticketId);
    }

    @Override
    public void setSchedule(long ticketId, Instant nextDueAt, Instant slaBreachAt) {
        sql.update("UPDATE tickets SET next_due_at = ?, sla_breach_at = ? WHERE id = ?", nextDueAt, slaBreachAt, ticketId);
    }

    @Override
    public List<DueTicket> due(Instant now) {
        return sql.query("SELECT id, version FROM tickets WHERE next_due_at <= ? ORDER BY next_due_at, id",
                rs -> new DueTicket(rs.getLong(1), rs.getLong(2)), now);
    }

    @Override
    public int reconsider(Instant now, String tier, String calendar) {
        StringBuilder where = new StringBuilder(" WHERE " + LIVE + " AND (next_due_at IS NULL OR next_due_at > ?)");
        List<Object> args = new java.util.ArrayList<>();
        args.add(now);
        args.add(now);
        if (tier != null) {
            where.append(" AND tier = ?");
            args.add(tier);
        }
        if (calendar != null) {
            where.append(" AND (queue IN (SELECT name FROM queues WHERE calendar = ?) "
                    + "OR tier IN (SELECT name FROM tiers WHERE calendar = ?))");
            args.add(calendar);
            args.add(calendar);
        }
        return sql.update("UPDATE tickets SET next_due_at = ?" + where, args.toArray());
    }

    @Override
    public int reconsiderQueue(Instant now, String queue) {
        return sql.update("UPDATE tickets SET next_due_at = ? WHERE " + LIVE
                + " AND (next_due_at IS NULL OR next_due_at > ?) AND queue = ?", now, now, queue);
    }

    @Override
    public List<Scheduled> schedules() {
        return sql.query("SELECT id, next_due_at FROM tickets WHERE " + LIVE + " ORDER BY id",
                rs -> new Scheduled(rs.getLong(1), Sql.instant(rs, "next_due_at")));
    }
}
