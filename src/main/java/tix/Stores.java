package tix;

import java.nio.file.Path;
import tix.app.Store;
import tix.cli.StoreFactory;
import tix.store.pg.PgStore;
import tix.store.sqlite.SqliteStore;

/** The real engines: a file is a SQLite desk, a postgresql:// URL a PostgreSQL one (its driver loaded only then). */
public final class Stores implements StoreFactory {
    @Override
    public Store apply(Path path) {
        return new SqliteStore(path);
    }

    @Override
    public Store url(String url, String password, boolean mayCreate) {
        return new PgStore(url, password, mayCreate);
    }
}
