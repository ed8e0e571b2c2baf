package tix.cli;

import java.nio.file.Path;
import java.util.function.Function;
import tix.app.Store;

/**
 * Opens desks: a file (SQLite) through {@link #apply}, a PostgreSQL database through {@link #url}. Main wires the
 * real one; a plain {@code Function<Path, Store>} (tests, tools) opens files only.
 */
public interface StoreFactory extends Function<Path, Store> {
    /**
     * The desk at the PostgreSQL {@code url}, logging in with {@code password} (null: the URL's, or none). Unless
     * {@code mayCreate}, an empty database is refused as a missing desk is (exit 3).
     */
    Store url(String url, String password, boolean mayCreate);

    /** Whether {@code location} (--db, TIX_DB, the config file's db) is a PostgreSQL URL rather than a file. */
    static boolean isUrl(String location) {
        return location != null && (location.startsWith("postgresql://") || location.startsWith("postgres://"));
    }

    /** {@code url} with any password in it replaced by ***. */
    static String redact(String url) {
        return url.replaceFirst("^(postgres(?:ql)?://[^:@/]*):[^@/]*@", "$1:***@");
    }
}
