package tix.store.sqlite;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import tix.app.Tx;

/**
 * The repositories of this package over a connection of another engine (PostgreSQL), whose differences its
 * {@link SqlDialect} carries. One per connection: it keeps the connection's prepared statements. The engine's store
 * owns the connection and the transactions; this gives each transaction its ports.
 */
public final class Repositories implements AutoCloseable {
    private final Sql sql;

    public Repositories(Connection connection, SqlDialect dialect) {
        this.sql = new Sql(connection, dialect);
    }

    /** The ports of the transaction the store has just begun on the connection. */
    public Tx tx() {
        return new SqliteTx(sql);
    }

    /** Rows the schema should never hold (the same checks as {@code tix check} makes on SQLite): one line each. */
    public List<String> invariantProblems() {
        List<String> problems = new ArrayList<>();
        for (String[] check : SqliteStore.INVARIANTS) {
            problems.addAll(sql.query(check[1], rs -> String.format(check[0], rs.getObject(1))));
        }
        return problems;
    }

    /** Closes the kept statements (the store closes the connection after). */
    @Override
    public void close() {
        sql.close();
    }
}
