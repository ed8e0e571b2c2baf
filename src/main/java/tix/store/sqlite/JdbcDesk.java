package tix.store.sqlite;

import java.sql.Connection;

/** A store of either engine seen from {@link DeskCopy}: its connection (migrated, in no transaction) and its engine. */
public interface JdbcDesk {
    Connection connectionForCopy();

    /** Whether the connection is PostgreSQL's (else SQLite's). */
    boolean postgres();

    /** The database as messages name it. */
    String where();
}
