package tix.store.sqlite;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tix.app.RoleStore;
import tix.domain.Right;

final class SqliteRoles implements RoleStore {
    private final Sql sql;

    SqliteRoles(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, Set<Right>> customRoles() {
        Map<String, Set<Right>> out = new LinkedHashMap<>();
        for (String name : sql.query("SELECT name FROM roles ORDER BY name", rs -> rs.getString(1))) {
            out.put(name, EnumSet.noneOf(Right.class));
        }
        sql.each("SELECT role, right_name FROM role_rights", rs -> {
            Set<Right> rights = out.get(rs.getString(1));
            String name = rs.getString(2);
            for (Right r : Right.values()) if (r.wire().equals(name) && rights != null) rights.add(r);
        });
        return out;
    }

    @Override
    public void saveRole(String name, Set<Right> rights) {
        sql.update("INSERT INTO roles(name) VALUES (?) ON CONFLICT(name) DO NOTHING", name);
        sql.update("DELETE FROM role_rights WHERE role = ?", name);
        for (Right r : rights) sql.update("INSERT INTO role_rights(role, right_name) VALUES (?, ?)", name, r.wire());
    }

    @Override
    public Set<String> membersOnlyQueues() {
        return new HashSet<>(sql.query("SELECT name FROM queues WHERE members_only = 1", rs -> rs.getString(1)));
    }

    @Override
    public void setMembersOnly(String queue, boolean membersOnly) {
        sql.update("UPDATE queues SET members_only = ? WHERE name = ?", membersOnly ? 1 : 0, queue);
        sql.referenceChanged();
    }

    @Override
    public List<String> queueMembers(String queue) {
        return sql.query("SELECT agent FROM queue_members WHERE queue = ? ORDER BY agent", rs -> rs.getString(1), queue);
    }

    @Override
    public Set<String> queuesOf(String login) {
        return new HashSet<>(sql.query("SELECT queue FROM queue_members WHERE agent = ?", rs -> rs.getString(1), login));
    }

    @Override
    public void addQueueMember(String queue, String login) {
        sql.update("INSERT INTO queue_members(queue, agent) VALUES (?, ?) ON CONFLICT DO NOTHING", queue, login);
    }

    @Override
    public boolean removeQueueMember(String queue, String login) {
        return sql.update("DELETE FROM queue_members WHERE queue = ? AND agent = ?", queue, login) > 0;
    }
}
