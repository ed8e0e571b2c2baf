package tix.store.sqlite;

import java.nio.file.Path;
import java.sql.SQLException;
import tix.domain.DomainException;

/** SQLite: the repositories' SQL as written; errors name the database file. */
final class SqliteDialect implements SqlDialect {
    private final Path path;

    SqliteDialect(Path path) {
        this.path = path;
    }

    @Override
    public String rewrite(String sql) {
        return sql;
    }

    @Override
    public boolean returningId() {
        return false;
    }

    @Override
    public DomainException translate(SQLException e) {
        return SqliteStore.translate(e, path);
    }
}
