package tix.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import tix.app.Archive;
import tix.domain.Event;
import tix.domain.Message;
import tix.domain.Tags;
import tix.domain.Ticket;

/**
 * The bulk load (tix import) on an engine other than SQLite, PostgreSQL: the statements of SQLite's loader, bound in
 * batches ({@link PreparedStatement#addBatch}) that go to the server a thousand rows or a few megabytes of text at a
 * time, so an import costs a round trip per batch rather than per row, and memory holds one batch whatever the size
 * of the file. The engine's {@link SqlDialect#bulkLoad} statements start it (on PostgreSQL: the search triggers stand
 * aside, and {@link #searchRow} writes each ticket's row once; the links are checked at commit).
 *
 * <p>A batch that fails is rolled back to the savepoint before it and written again one row at a time, so a taken id
 * is reported as SQLite's loader reports it: which id, and the file's row it came from. Everything is in the caller's
 * transaction: an import that fails or is killed leaves nothing.
 */
final class BatchLoader implements Archive.Loader {
    /** Rows (of every statement) held before they are sent. */
    private static final int ROWS = 1000;
    /** Characters of text (message bodies, mostly) held before they are sent. */
    private static final long CHARS = 4L << 20;

    private final Sql sql;
    private final Connection connection;
    private final List<Batch> batches = new ArrayList<>();
    private final Batch ticket;
    private final Batch tag;
    private final Batch tagName;
    private final Batch field;
    private final Batch message;
    private final Batch event;
    private final Batch search;
    private final List<Runnable> afterSend = new ArrayList<>();
    private long row;
    private int rows;
    private long chars;

    BatchLoader(Sql sql) {
        this.sql = sql;
        for (String s : sql.dialect().bulkLoad()) sql.update(s);
        // in the order they are sent: a message's ticket is written before it
        ticket = batch(SqliteArchive.TICKET);
        tag = batch(SqliteArchive.TAG);
        tagName = batch(SqliteArchive.TAG_NAME);
        field = batch(SqliteArchive.FIELD);
        message = batch(SqliteArchive.MESSAGE);
        event = batch(SqliteArchive.EVENT);
        search = batch(SqliteArchive.SEARCH);
        try {
            connection = ticket.statement.getConnection();
        } catch (SQLException e) {
            throw sql.translate(e);
        }
    }

    private Batch batch(String text) {
        Batch b = new Batch(sql.own(text));
        batches.add(b);
        return b;
    }

    @Override
    public void at(long row) {
        this.row = row;
    }

    @Override
    public void ticket(Ticket d, Archive.Schedule s) {
        ticket.add(new Row("ticket", String.valueOf(d.id()), row, p -> SqliteArchive.bindTicket(p, d, s)), d.title().length());
        for (String t : d.tags()) {
            String key = Tags.key(t);
            tag.add(new Row(null, null, row, p -> {
                p.setLong(1, d.id());
                p.setString(2, t);
                p.setString(3, key);
            }), 0);
            tagName.add(new Row(null, null, row, p -> {
                p.setString(1, key);
                p.setString(2, t);
            }), 0);
        }
        for (var f : d.fields().entrySet()) {
            field.add(new Row(null, null, row, p -> {
                p.setLong(1, d.id());
                p.setString(2, f.getKey());
                p.setString(3, f.getValue());
            }), f.getValue().length());
        }
        sendIfFull();
    }

    @Override
    public void message(Message m) {
        message.add(new Row("message", String.valueOf(m.id()), row, p -> SqliteArchive.bindMessage(p, m)) {
            @Override
            Archive.Taken taken(String constraint) {
                // the other unique key of messages: the RFC 5322 Message-ID (messages_message_id_key)
                if (m.messageId() != null && constraint != null && constraint.contains("message_id")) {
                    return new Archive.Taken("Message-ID", m.messageId(), row);
                }
                return super.taken(constraint);
            }
        }, m.body().length());
        sendIfFull();
    }

    @Override
    public void event(Event e) {
        event.add(new Row("event", String.valueOf(e.id()), row, p -> SqliteArchive.bindEvent(p, e)),
                (e.oldValue() == null ? 0 : e.oldValue().length()) + (e.newValue() == null ? 0 : e.newValue().length()));
        sendIfFull();
    }

    @Override
    public void searchRow(long ticketId, String title, String bodies) {
        search.add(new Row(null, null, row, p -> {
            p.setLong(1, ticketId);
            p.setString(2, title);
            p.setString(3, bodies);
        }), title.length() + bodies.length());
        sendIfFull();
    }

    @Override
    public void after(Runnable work) {
        afterSend.add(work);
    }

    @Override
    public int dropDanglingLinks(long from, long to) {
        send();
        return SqliteArchive.dropDanglingLinks(sql, from, to);
    }

    @Override
    public void finish() {
        send();
        try (Statement st = connection.createStatement()) {
            for (String done : sql.dialect().bulkLoadDone()) st.execute(done);
        } catch (SQLException e) {
            throw sql.translate(e);
        }
        // the links are checked now, before the commit (an error here names the constraint, not a commit failure)
        sql.update("SET CONSTRAINTS ALL IMMEDIATE");
    }

    @Override
    public void close() {
        for (Batch b : batches) {
            try {
                b.statement.close();
            } catch (SQLException ignored) {
                // a statement we are done with
            }
        }
    }

    private void sendIfFull() {
        if (rows >= ROWS || chars >= CHARS) send();
    }

    /** Sends every batch, in order (a failure is found row by row, see the class comment), then the work waiting for it. */
    private void send() {
        sendBatches();
        if (afterSend.isEmpty()) return;
        List<Runnable> due = new ArrayList<>(afterSend);
        afterSend.clear();
        for (Runnable work : due) work.run();
    }

    private void sendBatches() {
        if (rows == 0) return;
        // the transaction is the store's (BEGIN ... COMMIT on the connection), so the savepoint is SQL too
        boolean saved = false;
        try (Statement st = connection.createStatement()) {
            st.execute("SAVEPOINT tix_batch");
            saved = true;
            for (Batch b : batches) b.statement.executeBatch();
            st.execute("RELEASE SAVEPOINT tix_batch");
        } catch (SQLException e) {
            if (!saved) throw sql.translate(e);
            try (Statement st = connection.createStatement()) {
                st.execute("ROLLBACK TO SAVEPOINT tix_batch");
                for (Batch b : batches) b.statement.clearBatch();
                for (Batch b : batches) {
                    for (Row r : b.rows) {
                        r.binder.bind(b.statement);
                        try {
                            b.statement.executeUpdate();
                        } catch (SQLException x) {
                            String constraint = sql.dialect().violatedConstraint(x);
                            if (constraint != null && r.what != null) throw r.taken(constraint);
                            throw x;
                        }
                    }
                }
                // every row went in one at a time: the batch failed for a reason that has passed
            } catch (SQLException x) {
                throw sql.translate(x);
            }
        } finally {
            for (Batch b : batches) b.rows.clear();
            rows = 0;
            chars = 0;
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement p) throws SQLException;
    }

    /** One row held in a batch, with what to say if its id is taken. */
    private static class Row {
        final String what;
        final String id;
        final long fileRow;
        final Binder binder;

        Row(String what, String id, long fileRow, Binder binder) {
            this.what = what;
            this.id = id;
            this.fileRow = fileRow;
            this.binder = binder;
        }

        Archive.Taken taken(String constraint) {
            return new Archive.Taken(what, id, fileRow);
        }
    }

    private final class Batch {
        final PreparedStatement statement;
        final List<Row> rows = new ArrayList<>();

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void add(Row r, long text) {
            try {
                r.binder.bind(statement);
                statement.addBatch();
            } catch (SQLException e) {
                throw sql.translate(e);
            }
            rows.add(r);
            BatchLoader.this.rows++;
            chars += text;
        }
    }
}
