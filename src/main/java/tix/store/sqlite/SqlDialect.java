package tix.store.sqlite;

import java.sql.SQLException;
import tix.domain.DomainException;

/**
 * What differs between the engines the repositories of this package run on. The repositories write SQLite's SQL; an
 * engine whose SQL differs rewrites the few forms that do not carry over ({@link #rewrite}), runs its own full-text
 * search ({@link #search}) and says its errors in tix's words ({@link #translate}). SQLite itself rewrites nothing.
 */
public interface SqlDialect {
    /** The statement to prepare for SQLite's {@code sql}; called once per distinct statement (they are cached). */
    String rewrite(String sql);

    /** Whether an INSERT returns its new id with {@code RETURNING id} (else SQLite's {@code last_insert_rowid()}). */
    boolean returningId();

    /** An error of this engine as tix says it (busy, read-only, damaged ...). */
    DomainException translate(SQLException e);

    /**
     * The constraint a unique violation ({@code SQLSTATE 23505}) broke, by name, or null when the engine does not say
     * (SQLite's errors are read by their result codes instead).
     */
    default String violatedConstraint(SQLException e) {
        return null;
    }

    /**
     * Statements that start a bulk load in the current transaction (PostgreSQL: its search triggers stand aside, the
     * ticket links are checked at commit); SQLite's own loader does this with pragmas instead.
     */
    default java.util.List<String> bulkLoad() {
        return java.util.List.of();
    }

    /**
     * Statements that end a bulk load whose rows carried their own ids (PostgreSQL: every id sequence moves past the
     * highest id, so the next ticket, message or event continues the numbering); SQLite needs none.
     */
    default java.util.List<String> bulkLoadDone() {
        return java.util.List.of();
    }

    /** Full-text search of this engine, or null for SQLite's FTS5 (written in the repositories themselves). */
    default Search search() {
        return null;
    }

    /**
     * Full-text search statements. Their arguments are the terms (words or phrases), then what each one says. Tickets
     * are ranked among the newest matches only, at most a window of them (the ids of SqliteTickets.search).
     */
    interface Search {
        /**
         * Ticket ids: of the newest {@code window} matches, those whose title holds every term first, then by relevance
         * (a title weighs five bodies), then by id. Arguments: the terms, the window, the limit.
         */
        String tickets(int terms);

        /**
         * A one-row query run in the search's transaction before it ranks: the memory its sort of the window's
         * documents needs, for this transaction only.
         */
        String room();

        /** Docs with {@code columns} (of {@code docs d}), every term ({@code any}: one of them), by relevance. */
        String docs(String columns, int terms, boolean any);
    }
}
