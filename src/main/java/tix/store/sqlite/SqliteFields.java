package tix.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import tix.app.Fields;
import tix.domain.CustomField;

/** Custom field definitions; their values are rows of ticket_fields, read and written with the tickets. */
final class SqliteFields implements Fields {
    private static final String FIELD = "SELECT name, type, choices FROM custom_fields";
    private final Sql sql;

    SqliteFields(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<CustomField> fields() {
        return sql.query(FIELD + " ORDER BY position, name", SqliteFields::map);
    }

    @Override
    public Optional<CustomField> field(String name) {
        return sql.one(FIELD + " WHERE name = ?", SqliteFields::map, name);
    }

    @Override
    public void addField(CustomField f) {
        sql.update("INSERT INTO custom_fields(name, type, choices, position) "
                        + "VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM custom_fields))",
                f.name(), f.type().wire(), f.choices().isEmpty() ? null : String.join(",", f.choices()));
        sql.referenceChanged();
    }

    @Override
    public long removeField(String name) {
        long n = uses(name);
        sql.update("DELETE FROM ticket_fields WHERE name = ?", name);
        sql.update("DELETE FROM custom_fields WHERE name = ?", name);
        sql.referenceChanged();
        return n;
    }

    @Override
    public long uses(String name) {
        return sql.count("SELECT count(*) FROM ticket_fields WHERE name = ?", name);
    }

    private static CustomField map(ResultSet rs) throws SQLException {
        String choices = rs.getString("choices");
        return new CustomField(rs.getString("name"), CustomField.Type.parse(rs.getString("type")),
                choices == null ? List.of() : List.of(choices.split(",")));
    }
}
