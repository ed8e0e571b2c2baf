package tix.store.sqlite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tix.app.Settings;

final class SqliteSettings implements Settings {
    private final Sql sql;

    SqliteSettings(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<String> get(String key) {
        return sql.one("SELECT value FROM settings WHERE key = ?", rs -> rs.getString(1), key);
    }

    @Override
    public void set(String key, String value) {
        sql.update("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                key, value);
        sql.referenceChanged();
    }

    @Override
    public void remove(String key) {
        sql.update("DELETE FROM settings WHERE key = ?", key);
        sql.referenceChanged();
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : sql.query("SELECT key, value FROM settings ORDER BY key",
                rs -> Map.entry(rs.getString(1), rs.getString(2)))) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }
}
