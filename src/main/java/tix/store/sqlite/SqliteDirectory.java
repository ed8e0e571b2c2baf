package tix.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import tix.domain.Account;
import tix.domain.Agent;
import tix.domain.Contact;
import tix.domain.Queue;
import tix.domain.Role;

final class SqliteDirectory implements tix.app.Agents, tix.app.Teams, tix.app.ContactBook, tix.app.Accounts,
        tix.app.Queues, tix.app.Tiers {
    private static final String CONTACT = "SELECT c.id, c.email, c.name, a.name AS account, c.undeliverable "
            + "FROM contacts c LEFT JOIN accounts a ON a.id = c.account_id";
    private static final String QUEUE = "SELECT name, address, default_priority, default_tier, calendar, "
            + "priority_growth, auto_close_days, follow_up, auto_response, priority_growth_new FROM queues";
    private final Sql sql;

    SqliteDirectory(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Agent> agent(String login) {
        return sql.one("SELECT * FROM agents WHERE login = ?", this::mapAgent, login);
    }

    @Override
    public List<Agent> agents() {
        return sql.query("SELECT * FROM agents ORDER BY login", this::mapAgent);
    }

    @Override
    public long agentCount() {
        return sql.count("SELECT count(*) FROM agents");
    }

    @Override
    public void saveAgent(Agent a, boolean isNew) {
        if (isNew) {
            sql.update("INSERT INTO agents(login, name, description, signature, role, created_at, email, notify, "
                    + "notify_on) VALUES (?,?,?,?,?,?,?,?,?)", a.login(), a.name(), a.description(), a.signature(),
                    a.role().wire(), a.createdAt(), a.email(), notifyPreset(a), notifyList(a));
        } else {
            sql.update("UPDATE agents SET name = ?, description = ?, signature = ?, role = ?, email = ?, notify = ?, "
                    + "notify_on = ? WHERE login = ?", a.name(), a.description(), a.signature(), a.role().wire(), a.email(),
                    notifyPreset(a), notifyList(a), a.login());
        }
    }

    /** A preset is kept in {@code notify}; a list of events in {@code notify_on} (with {@code notify} left at the default). */
    private static String notifyPreset(Agent a) {
        return Agent.NOTIFY.contains(a.notifications()) ? a.notifications() : "assigned";
    }

    private static String notifyList(Agent a) {
        return Agent.NOTIFY.contains(a.notifications()) ? null : a.notifications();
    }

    private Agent mapAgent(ResultSet rs) throws SQLException {
        String login = rs.getString("login");
        List<String> teams = sql.query("SELECT team FROM team_members WHERE agent = ? ORDER BY team",
                r -> r.getString(1), login);
        return new Agent(login, rs.getString("name"), rs.getString("description"), rs.getString("signature"),
                Role.parse(rs.getString("role")), teams, Sql.instant(rs, "created_at"), rs.getString("email"),
                rs.getString("notify_on") != null ? rs.getString("notify_on") : rs.getString("notify"));
    }

    @Override
    public boolean teamExists(String team) {
        return sql.count("SELECT count(*) FROM teams WHERE name = ?", team) > 0;
    }

    @Override
    public List<String> teams() {
        return sql.query("SELECT name FROM teams ORDER BY name", rs -> rs.getString(1));
    }

    @Override
    public void addTeam(String team) {
        sql.update("INSERT OR IGNORE INTO teams(name) VALUES (?)", team);
    }

    @Override
    public void setTeamMembers(String login, List<String> teams) {
        sql.update("DELETE FROM team_members WHERE agent = ?", login);
        for (String t : teams) {
            addTeam(t);
            sql.update("INSERT INTO team_members(team, agent) VALUES (?, ?)", t, login);
        }
    }

    @Override
    public Optional<Contact> contact(long id) {
        return sql.one(CONTACT + " WHERE c.id = ?", SqliteDirectory::mapContact, id);
    }

    @Override
    public java.util.Map<Long, Contact> contacts(java.util.Collection<Long> ids) {
        java.util.Map<Long, Contact> out = new java.util.HashMap<>();
        for (Contact c : in(CONTACT + " WHERE c.id IN ", ids, SqliteDirectory::mapContact)) out.put(c.id(), c);
        return out;
    }

    @Override
    public java.util.Map<String, Account> accounts(java.util.Collection<String> names) {
        java.util.Map<String, Account> out = new java.util.HashMap<>();
        String select = "SELECT id, name, plan, status FROM accounts WHERE name IN ";
        for (Account a : in(select, names, SqliteDirectory::mapAccount)) out.put(a.name(), a);
        return out;
    }

    /** The rows of {@code select} ending in "x IN " for each distinct key, 500 keys a query. */
    private <K, T> List<T> in(String select, java.util.Collection<K> keys, Sql.RowMapper<T> mapper) {
        List<T> out = new java.util.ArrayList<>();
        List<K> all = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(keys));
        for (int from = 0; from < all.size(); from += 500) {
            List<K> some = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(some.size(), "?"));
            out.addAll(sql.query(select + "(" + marks + ")", mapper, some.toArray()));
        }
        return out;
    }

    @Override
    public Optional<Contact> contactByEmail(String email) {
        return sql.one(CONTACT + " WHERE c.email = ?", SqliteDirectory::mapContact, email);
    }

    @Override
    public Contact contact(String email, String name) {
        Optional<Contact> found = contactByEmail(email);
        if (found.isEmpty()) {
            long id = sql.insert("INSERT INTO contacts(email, name) VALUES (?, ?)", email, name);
            return contact(id).orElseThrow();
        }
        if (name != null && !name.equals(found.get().name())) {
            sql.update("UPDATE contacts SET name = ? WHERE id = ?", name, found.get().id());
            return contact(found.get().id()).orElseThrow();
        }
        return found.get();
    }

    @Override
    public void setContactAccount(long contactId, Long accountId) {
        sql.update("UPDATE contacts SET account_id = ? WHERE id = ?", accountId, contactId);
    }

    private static Contact mapContact(ResultSet rs) throws SQLException {
        return new Contact(rs.getLong("id"), rs.getString("email"), rs.getString("name"), rs.getString("account"),
                rs.getInt("undeliverable") != 0);
    }

    @Override
    public Optional<Account> account(String name) {
        return sql.one("SELECT id, name, plan, status FROM accounts WHERE name = ?", SqliteDirectory::mapAccount, name);
    }

    @Override
    public Account saveAccount(String name, String plan, String status) {
        sql.update("INSERT INTO accounts(name, plan, status) VALUES (?, ?, ?) "
                + "ON CONFLICT(name) DO UPDATE SET plan = excluded.plan, status = excluded.status", name, plan, status);
        return account(name).orElseThrow();
    }

    @Override
    public List<Account> accounts() {
        return sql.query("SELECT id, name, plan, status FROM accounts ORDER BY name", SqliteDirectory::mapAccount);
    }

    private static Account mapAccount(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("name"), rs.getString("plan"), rs.getString("status"));
    }

    @Override
    public Optional<Queue> queue(String name) {
        return sql.one(QUEUE + " WHERE name = ?", SqliteDirectory::mapQueue, name);
    }

    @Override
    public List<Queue> queues() {
        return sql.query(QUEUE + " ORDER BY name", SqliteDirectory::mapQueue);
    }

    private static Queue mapQueue(ResultSet rs) throws SQLException {
        return new Queue(rs.getString("name"), rs.getString("address"), rs.getInt("default_priority"),
                rs.getString("default_tier"), rs.getString("calendar"), rs.getInt("priority_growth") != 0,
                rs.getInt("auto_close_days"), rs.getString("follow_up"), rs.getInt("auto_response") != 0,
                rs.getInt("priority_growth_new") != 0);
    }

    @Override
    public List<String> tiers() {
        return sql.query("SELECT name FROM tiers ORDER BY position", rs -> rs.getString(1));
    }

    @Override
    public String queueZone(String queue) {
        return sql.one("SELECT c.zone FROM queues q JOIN calendars c ON c.name = q.calendar WHERE q.name = ?",
                rs -> rs.getString(1), queue).orElse("UTC");
    }

    // ---------------------------------------------------------------- administration

    @Override
    public void saveQueue(Queue q, boolean isNew) {
        if (isNew) {
            sql.update("INSERT INTO queues(name, address, default_priority, default_tier, calendar, priority_growth, "
                            + "auto_close_days, follow_up, auto_response, priority_growth_new) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    q.name(), q.address(), q.defaultPriority(), q.defaultTier(), q.calendar(), q.priorityGrowth(),
                    q.autoCloseDays(), q.followUp(), q.autoResponse(), q.priorityGrowthNew());
        } else {
            sql.update("UPDATE queues SET address = ?, default_priority = ?, default_tier = ?, calendar = ?, "
                            + "priority_growth = ?, auto_close_days = ?, follow_up = ?, auto_response = ?, priority_growth_new = ? "
                            + "WHERE name = ?",
                    q.address(), q.defaultPriority(), q.defaultTier(), q.calendar(), q.priorityGrowth(),
                    q.autoCloseDays(), q.followUp(), q.autoResponse(), q.priorityGrowthNew(), q.name());
        }
        sql.referenceChanged();
    }

    @Override
    public void deleteQueue(String name) {
        sql.update("DELETE FROM queue_addresses WHERE queue = ?", name);
        sql.update("DELETE FROM queues WHERE name = ?", name);
        sql.referenceChanged();
    }

    @Override
    public List<String> queueAddresses(String queue) {
        return sql.query("SELECT address FROM queue_addresses WHERE queue = ? ORDER BY rowid", rs -> rs.getString(1), queue);
    }

    @Override
    public Optional<String> queueOfAddress(String address) {
        return sql.one("SELECT queue FROM queue_addresses WHERE address = ?", rs -> rs.getString(1), address);
    }

    @Override
    public void setQueueAddresses(String queue, List<String> addresses) {
        sql.update("DELETE FROM queue_addresses WHERE queue = ?", queue);
        for (String a : addresses) sql.update("INSERT INTO queue_addresses(address, queue) VALUES (?, ?)", a, queue);
    }

    @Override
    public boolean calendarExists(String name) {
        return sql.count("SELECT count(*) FROM calendars WHERE name = ?", name) > 0;
    }

    @Override
    public List<String> teamMembers(String team) {
        return sql.query("SELECT agent FROM team_members WHERE team = ? ORDER BY agent", rs -> rs.getString(1), team);
    }

    @Override
    public void addTeamMember(String team, String login) {
        sql.update("INSERT OR IGNORE INTO team_members(team, agent) VALUES (?, ?)", team, login);
    }

    @Override
    public void removeTeamMember(String team, String login) {
        sql.update("DELETE FROM team_members WHERE team = ? AND agent = ?", team, login);
    }

    @Override
    public void removeTeam(String team) {
        sql.update("DELETE FROM teams WHERE name = ?", team);
    }

    @Override
    public java.util.Map<String, String> tierCalendars() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        sql.query("SELECT name, calendar FROM tiers ORDER BY position", rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    @Override
    public String tierTeam(String tier) {
        List<String> team = sql.query("SELECT team FROM tiers WHERE name = ? AND team IS NOT NULL", rs -> rs.getString(1), tier);
        return team.isEmpty() ? null : team.get(0);
    }

    @Override
    public void setTierTeam(String tier, String team) {
        sql.update("UPDATE tiers SET team = ? WHERE name = ?", team, tier);
        sql.referenceChanged();
    }

    @Override
    public void insertTier(String name, String after, String calendar) {
        long position;
        if (after == null) {
            position = sql.count("SELECT coalesce(max(position), -1) + 1 FROM tiers");
        } else {
            position = sql.count("SELECT position FROM tiers WHERE name = ?", after) + 1;
            // two steps, so the UNIQUE(position) never sees two equal positions mid-statement
            sql.update("UPDATE tiers SET position = -(position + 1) WHERE position >= ?", position);
            sql.update("UPDATE tiers SET position = -position WHERE position < 0");
        }
        sql.update("INSERT INTO tiers(name, position, calendar) VALUES (?, ?, ?)", name, position, calendar);
        sql.referenceChanged();
    }

    @Override
    public List<String> accountEmails(long accountId) {
        return sql.query("SELECT email FROM contacts WHERE account_id = ? ORDER BY email", rs -> rs.getString(1), accountId);
    }

    @Override
    public long accountTickets(long accountId) {
        return sql.count("SELECT count(*) FROM tickets t JOIN contacts c ON c.id = t.requester_id WHERE c.account_id = ?",
                accountId);
    }
}
