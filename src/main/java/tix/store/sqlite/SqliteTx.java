package tix.store.sqlite;

import java.sql.Connection;
import tix.app.Archive;
import tix.app.Desk;
import tix.app.Directory;
import tix.app.Events;
import tix.app.MailStore;
import tix.app.Messages;
import tix.app.Outbox;
import tix.app.Reports;
import tix.app.Settings;
import tix.app.TimeStore;
import tix.app.Tickets;
import tix.app.Tx;

/** The repositories of one transaction, all over the same connection. */
final class SqliteTx implements Tx {
    private final Sql sql;

    SqliteTx(Connection c) {
        this.sql = new Sql(c);
    }

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
    public Directory directory() {
        return new SqliteDirectory(sql);
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
    public Desk desk() {
        return new SqliteDesk(sql);
    }

    @Override
    public Reports reports() {
        return new SqliteReports(sql);
    }

    @Override
    public MailStore mail() {
        return new SqliteMailStore(sql);
    }

    @Override
    public Archive archive() {
        return new SqliteArchive(sql);
    }

    @Override
    public TimeStore time() {
        return new SqliteTime(sql);
    }
}
