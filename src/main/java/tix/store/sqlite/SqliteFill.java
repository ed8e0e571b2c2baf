package tix.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tix.app.Archive;
import tix.app.Store;
import tix.domain.Event;
import tix.domain.Message;
import tix.domain.Tags;
import tix.domain.Ticket;

/**
 * A new desk filled in one go ({@code tix demo --tickets N}, {@link Store#fill}): millions of rows in one transaction,
 * as fast as SQLite takes them.
 *
 * <ul>
 * <li><b>No journal while filling</b> ({@code journal_mode=OFF}, {@code synchronous=OFF}): every page is written once,
 * to the file, instead of to the WAL and then again by the checkpoint. This is safe only because the file is new and
 * nobody else has it: a fill that fails or is killed leaves a file its caller deletes (the demo writes to
 * {@code desk.db.part} and renames it when complete). Afterwards the file is back in WAL mode, like every desk.</li>
 * <li><b>Secondary indexes built once at the end</b>: the indexes of tickets, messages, events and tags (a million
 * tickets' random statuses, requesters and SLA times; fifteen million events by action and time) are dropped for the
 * fill and made again by {@code CREATE INDEX}, which sorts each once instead of inserting into it at random.</li>
 * <li><b>The search index written once per ticket</b>: the per-message triggers stand aside (the loader's
 * {@link Archive.Loader#searchRow} writes the ticket's row) and are put back before the commit.</li>
 * <li><b>Many rows per statement</b>: each table's rows go in multi-row {@code INSERT ... VALUES (...), (...)}
 * statements, prepared once, so the per-statement cost of the driver (a native call to step, reset and check) is paid
 * once per hundred rows.</li>
 * <li><b>No foreign-key checks while filling</b> ({@code foreign_keys=OFF}): a message's statement may go before its
 * ticket's (each table is sent when its own statement is full), and with the checks on, every ticket inserted while
 * such a reference is outstanding would make SQLite look for its children in a table that has no index yet. The
 * filler gives rows that refer to rows it gives ({@code tix check} runs {@code foreign_key_check} on the result, and
 * the demo's tests do).</li>
 * </ul>
 * The whole schema, triggers and indexes included, is as migrations left it when the fill commits.
 */
final class SqliteFill {
    /** The tables whose secondary indexes are built after the fill. */
    private static final List<String> TABLES = List.of("tickets", "messages", "events", "ticket_tags", "ticket_fields");

    private SqliteFill() {
    }

    /**
     * Runs {@code work} with a loader in one write transaction of {@code write}, with the journal off and the bulk
     * tables' indexes and search triggers set aside until its end.
     */
    static <R> R fill(Connection c, Sql sql, int cacheMiB, Function<Archive.Loader, R> work,
                      Function<Store.Work<R>, R> write) {
        long cacheBefore = sql.count("PRAGMA cache_size");
        long heapBefore = sql.count("PRAGMA soft_heap_limit");
        pragma(c, sql, "PRAGMA journal_mode=OFF");
        pragma(c, sql, "PRAGMA synchronous=OFF");
        pragma(c, sql, "PRAGMA foreign_keys=OFF");
        pragma(c, sql, "PRAGMA cache_size = " + (-1024L * cacheMiB));
        // all SQLite's memory (page cache, the index sorter, the search index's pending terms) kept near the cache's size
        pragma(c, sql, "PRAGMA soft_heap_limit = " + (1L << 20) * (cacheMiB + cacheMiB / 2));
        try {
            return write.apply(tx -> {
                List<String> restore = new ArrayList<>();
                for (String table : TABLES) {
                    restore.addAll(sql.query("SELECT name || char(0) || sql FROM sqlite_master WHERE type = 'index' "
                            + "AND sql IS NOT NULL AND tbl_name = ? ORDER BY name", rs -> rs.getString(1), table));
                }
                int indexes = restore.size();
                restore.addAll(sql.query("SELECT name || char(0) || sql FROM sqlite_master WHERE type = 'trigger' "
                        + "AND tbl_name IN ('tickets', 'messages') AND sql LIKE '%AFTER INSERT%' AND sql LIKE '%ticket_fts%' "
                        + "ORDER BY name", rs -> rs.getString(1)));
                for (int i = 0; i < restore.size(); i++) {
                    String s = restore.get(i);
                    run(c, sql, (i < indexes ? "DROP INDEX " : "DROP TRIGGER ") + s.substring(0, s.indexOf('\0')));
                }
                R result;
                try (Loader load = new Loader(sql)) {
                    result = work.apply(load);
                    load.finish();
                }
                for (String s : restore) run(c, sql, s.substring(s.indexOf('\0') + 1));
                return result;
            });
        } finally {
            pragma(c, sql, "PRAGMA foreign_keys=ON");
            pragma(c, sql, "PRAGMA cache_size = " + cacheBefore);
            pragma(c, sql, "PRAGMA soft_heap_limit = " + heapBefore);
            pragma(c, sql, "PRAGMA synchronous=NORMAL");
            pragma(c, sql, "PRAGMA journal_mode=WAL");
        }
    }

    private static void pragma(Connection c, Sql sql, String text) {
        run(c, sql, text);
    }

    private static void run(Connection c, Sql sql, String text) {
        try (Statement st = c.createStatement()) {
            st.execute(text);
        } catch (SQLException e) {
            throw sql.translate(e);
        }
    }

    /** Rows of one table gathered into multi-row INSERTs of {@code per} rows; the last, shorter one prepared once. */
    private static final class Insert implements AutoCloseable {
        private final Sql sql;
        private final String head;
        private final int cols;
        private final int per;
        private final PreparedStatement full;
        private final Object[] values;
        private int rows;
        private int at;

        Insert(Sql sql, String table, String columns, int per) {
            this(sql, "INSERT", table, columns, per);
        }

        Insert(Sql sql, String verb, String table, String columns, int per) {
            this.sql = sql;
            this.head = verb + " INTO " + table + "(" + columns + ") VALUES ";
            this.cols = columns.split(",").length;
            this.per = per;
            this.values = new Object[cols * per];
            this.full = sql.own(text(per));
        }

        private String text(int n) {
            String one = "(" + "?,".repeat(cols - 1) + "?)";
            StringBuilder sb = new StringBuilder(head.length() + n * (one.length() + 1));
            sb.append(head);
            for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : ",").append(one);
            return sb.toString();
        }

        Insert put(Object v) {
            values[at++] = v;
            return this;
        }

        Insert put(Instant v) {
            values[at++] = v == null ? null : v.toEpochMilli();
            return this;
        }

        /** Ends a row (every column put); sends the statement when it is full. */
        void row() {
            if (++rows == per) send();
        }

        void send() {
            if (rows == 0) return;
            PreparedStatement p = rows == per ? full : sql.own(text(rows));
            try {
                for (int i = 0; i < at; i++) {
                    Object v = values[i];
                    if (v == null) p.setNull(i + 1, java.sql.Types.NULL);
                    else if (v instanceof Long) p.setLong(i + 1, (Long) v);
                    else if (v instanceof Integer) p.setInt(i + 1, (Integer) v);
                    else p.setString(i + 1, (String) v);
                }
                p.executeUpdate();
            } catch (SQLException e) {
                throw sql.translate(e);
            } finally {
                if (p != full) close(p);
                Arrays.fill(values, 0, at, null);
                rows = 0;
                at = 0;
            }
        }

        @Override
        public void close() {
            close(full);
        }

        private static void close(PreparedStatement p) {
            try {
                p.close();
            } catch (SQLException ignored) {
                // a statement we are done with
            }
        }
    }

    /** The loader of a fill: rows in multi-row statements, sent when full and at {@link #finish}. */
    private static final class Loader implements Archive.Loader {
        private final Sql sql;
        private final Insert ticket;
        private final Insert tag;
        private final Insert tagName;
        private final Insert field;
        private final Insert message;
        private final Insert event;
        private final Insert search;
        private final List<Insert> all;
        private final Set<String> tagNames = new HashSet<>();

        Loader(Sql sql) {
            this.sql = sql;
            // the columns of SqliteArchive.TICKET, MESSAGE, EVENT, TAG, TAG_NAME, FIELD and SEARCH
            ticket = new Insert(sql, "tickets", "id,title,status,priority,channel,queue,tier,team,assignee,sticky,"
                    + "requester_id,due_at,status_until,created_at,updated_at,version,status_changed_at,tier_entered_at,"
                    + "last_reply_at,last_customer_at,split_from,merged_into,follow_up_of,known_issue,sla_colour,"
                    + "next_due_at,sla_breach_at,reminded_at,grown_at", 64);
            tag = new Insert(sql, "INSERT OR IGNORE", "ticket_tags", "ticket_id,tag,tag_key", 200);
            tagName = new Insert(sql, "INSERT OR IGNORE", "tag_names", "tag_key,display", 1);
            field = new Insert(sql, "ticket_fields", "ticket_id,name,value", 200);
            message = new Insert(sql, "messages", "id,ticket_id,kind,author,body,created_at,message_id,to_addrs,cc_addrs", 200);
            event = new Insert(sql, "events", "id,ticket_id,at,actor,action,field,old,new", 250);
            search = new Insert(sql, "ticket_fts", "rowid,title,body", 100);
            all = List.of(ticket, tag, tagName, field, message, event, search);
        }

        @Override
        public void ticket(Ticket d, Archive.Schedule s) {
            ticket.put(d.id()).put(d.title()).put(d.status().wire()).put(d.priority()).put(d.channel().wire())
                    .put(d.queue()).put(d.tier()).put(d.team()).put(d.assignee()).put(d.sticky() ? 1 : 0)
                    .put(d.requesterId()).put(d.dueAt()).put(d.statusUntil()).put(d.createdAt()).put(d.updatedAt())
                    .put(d.version()).put(d.statusChangedAt()).put(d.tierEnteredAt()).put(d.lastReplyAt())
                    .put(d.lastCustomerAt()).put(d.splitFrom()).put(d.mergedInto()).put(d.followUpOf())
                    .put(d.knownIssue()).put(d.slaColour()).put(s.nextDueAt()).put(s.slaBreachAt()).put(s.remindedAt())
                    .put(s.grownAt()).row();
            for (String t : d.tags()) {
                String key = Tags.key(t);
                tag.put(d.id()).put(t).put(key).row();
                if (tagNames.add(key)) tagName.put(key).put(t).row();
            }
            for (var f : d.fields().entrySet()) field.put(d.id()).put(f.getKey()).put(f.getValue()).row();
        }

        @Override
        public void message(Message m) {
            message.put(m.id()).put(m.ticketId()).put(m.kind().wire()).put(m.author()).put(m.body()).put(m.createdAt())
                    .put(m.messageId()).put(SqliteMessages.join(m.to())).put(SqliteMessages.join(m.cc())).row();
        }

        @Override
        public void event(Event e) {
            event.put(e.id()).put(e.ticketId()).put(e.at()).put(e.actor()).put(e.action()).put(e.field())
                    .put(e.oldValue()).put(e.newValue()).row();
        }

        @Override
        public void searchRow(long ticketId, String title, String bodies) {
            search.put(ticketId).put(title).put(bodies).row();
        }

        @Override
        public int dropDanglingLinks(long from, long to) {
            finish();
            return SqliteArchive.dropDanglingLinks(sql, from, to);
        }

        @Override
        public void finish() {
            for (Insert i : all) i.send();
        }

        @Override
        public void close() {
            for (Insert i : all) i.close();
        }
    }
}
