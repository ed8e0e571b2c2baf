package tix.store.sqlite;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import tix.app.Accounts;
import tix.app.Activity;
import tix.app.Agents;
import tix.app.Archive;
import tix.app.ContactBook;
import tix.app.Docs;
import tix.app.Events;
import tix.app.KnownIssues;
import tix.app.Macros;
import tix.app.MailStore;
import tix.app.Messages;
import tix.app.Outbox;
import tix.app.Queues;
import tix.app.Reports;
import tix.app.Routes;
import tix.app.Settings;
import tix.app.TagSets;
import tix.app.Teams;
import tix.app.Tickets;
import tix.app.Tiers;
import tix.app.TimeStore;
import tix.app.Tx;

/** The repositories of one transaction, all over the same connection. */
final class SqliteTx implements Tx {
    private final Sql sql;
    /** Values kept for the transaction ({@link #memo}); dropped when reference data is written. */
    private final Map<Class<?>, Object> memos = new HashMap<>();
    /** {@link Sql#referenceWrites()} when {@link #memos} was last valid. */
    private long memosMadeAt;

    SqliteTx(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Tickets tickets() {
        return new SqliteTickets(sql);
    }

    @Override
    public Messages messages() {
        return new SqliteMessages(sql);
    }

    @Override
    public Events events() {
        return new SqliteEvents(sql);
    }

    @Override
    public Agents agents() {
        return new SqliteDirectory(sql);
    }

    @Override
    public tix.app.RoleStore roles() {
        return new SqliteRoles(sql);
    }

    @Override
    public Teams teams() {
        return new SqliteDirectory(sql);
    }

    @Override
    public ContactBook contacts() {
        return new SqliteDirectory(sql);
    }

    @Override
    public Accounts accounts() {
        return new SqliteDirectory(sql);
    }

    @Override
    public Queues queues() {
        return new SqliteDirectory(sql);
    }

    @Override
    public Tiers tiers() {
        return new SqliteDirectory(sql);
    }

    @Override
    public tix.app.Watchers watchers() {
        return new SqliteWatchers(sql);
    }

    @Override
    public tix.app.Notices notices() {
        return new SqliteNotices(sql);
    }

    @Override
    public Macros macros() {
        return new SqliteDesk(sql);
    }

    @Override
    public KnownIssues knownIssues() {
        return new SqliteDesk(sql);
    }

    @Override
    public tix.app.Fields fields() {
        return new SqliteFields(sql);
    }

    @Override
    public TagSets tagSets() {
        return new SqliteDesk(sql);
    }

    @Override
    public Routes routes() {
        return new SqliteDesk(sql);
    }

    @Override
    public Outbox outbox() {
        return new SqliteOutbox(sql);
    }

    @Override
    public Settings settings() {
        return new SqliteSettings(sql);
    }

    @Override
    public Reports reports() {
        return new SqliteReports(sql);
    }

    @Override
    public Activity activity() {
        return new SqliteActivity(sql);
    }

    @Override
    public Docs docs() {
        return new SqliteDocs(sql);
    }

    @Override
    public MailStore mail() {
        return new SqliteMailStore(sql);
    }

    @Override
    public tix.app.Conversations conversations() {
        return new SqliteConversations(sql);
    }

    @Override
    public Archive archive() {
        return new SqliteArchive(sql);
    }

    @Override
    public TimeStore time() {
        return new SqliteTime(sql);
    }

    /** For the store's own tests. */
    Sql sql() {
        return sql;
    }

    @Override
    public <T> T memo(Class<T> kind, Supplier<T> make) {
        if (memosMadeAt != sql.referenceWrites()) {
            memos.clear();
            memosMadeAt = sql.referenceWrites();
        }
        Object kept = memos.get(kind);
        if (kept == null) {
            kept = make.get();
            memos.put(kind, kept);
        }
        return kind.cast(kept);
    }
}
