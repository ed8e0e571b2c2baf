package tix.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import tix.app.Archive;
import tix.app.TicketFilter;
import tix.domain.Event;
import tix.domain.Message;
import tix.domain.Ticket;

final class SqliteArchive implements Archive {
    /** Ids are checked in chunks, well under SQLite's limit on bound parameters. */
    private static final int CHUNK = 500;

    private final Sql sql;

    SqliteArchive(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void forEachTicket(TicketFilter filter, Consumer<Ticket> sink) {
        List<Object> args = new ArrayList<>();
        String select = SqliteTickets.select(filter, args);
        if (select == null) return;
        sql.each(select, rs -> sink.accept(SqliteTickets.map(rs)), args.toArray());
    }

    @Override
    public Extras extras(List<Long> ticketIds, boolean withEvents) {
        java.util.Map<Long, List<Message>> messages = new java.util.HashMap<>(ticketIds.size() * 2);
        java.util.Map<Long, List<Event>> events = new java.util.HashMap<>(withEvents ? ticketIds.size() * 2 : 1);
        java.util.Map<Long, String> to = new java.util.HashMap<>();
        java.util.Set<Long> sides = new java.util.HashSet<>();
        if (ticketIds.isEmpty()) return new Extras(messages, events, to, sides);
        for (Long id : ticketIds) {
            messages.put(id, new ArrayList<>());
            if (withEvents) events.put(id, new ArrayList<>());
        }
        Object[] args = ticketIds.toArray();
        String in = "(" + "?, ".repeat(args.length - 1) + "?)";
        // by position, not by name: an export maps some twenty million columns
        sql.each("SELECT id, ticket_id, kind, author, body, created_at, message_id, to_addrs, cc_addrs, side_id "
                + "FROM messages WHERE ticket_id IN " + in + " ORDER BY ticket_id, created_at, id", rs -> {
                    long ticket = rs.getLong(2);
                    long created = rs.getLong(6);
                    Instant at = rs.wasNull() ? null : Instant.ofEpochMilli(created);
                    String messageId = rs.getString(7);
                    String toAddrs = rs.getString(8);
                    String cc = rs.getString(9);
                    long side = rs.getLong(10);
                    Long sideId = rs.wasNull() ? null : side;
                    messages.get(ticket).add(new Message(rs.getLong(1), ticket, tix.domain.MessageKind.parse(rs.getString(3)),
                            rs.getString(4), rs.getString(5), at, messageId,
                            toAddrs == null ? List.of() : SqliteMessages.split(toAddrs),
                            cc == null ? List.of() : SqliteMessages.split(cc), sideId));
                }, args);
        if (withEvents) {
            sql.each("SELECT id, ticket_id, at, actor, action, field, old, new FROM events WHERE ticket_id IN " + in
                    + " ORDER BY ticket_id, id", rs -> {
                        long ticket = rs.getLong(2);
                        long at = rs.getLong(3);
                        Instant when = rs.wasNull() ? null : Instant.ofEpochMilli(at);
                        events.get(ticket).add(new Event(rs.getLong(1), ticket, when, rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8)));
                    }, args);
        }
        sql.each("SELECT id, to_address FROM tickets WHERE id IN " + in + " AND to_address IS NOT NULL", rs -> {
            String a = rs.getString(2);
            if (!a.isBlank()) to.put(rs.getLong(1), a);
        }, args);
        sql.each("SELECT DISTINCT ticket_id FROM side_conversations WHERE ticket_id IN " + in, rs -> sides.add(rs.getLong(1)), args);
        return new Extras(messages, events, to, sides);
    }

    @Override
    public Loader load(int cacheMiB) {
        // SQLite's load is its own (pragmas, its search triggers dropped); another engine batches the same statements
        return sql.dialect() instanceof SqliteDialect ? new BulkLoader(sql, cacheMiB) : new BatchLoader(sql);
    }

    /** The statements of a bulk load, on either engine (the rows keep their own ids). */
    static final String TICKET = "INSERT INTO tickets(id, title, status, priority, channel, queue, tier, team, assignee, "
            + "sticky, requester_id, due_at, status_until, created_at, updated_at, version, status_changed_at, "
            + "tier_entered_at, last_reply_at, last_customer_at, split_from, merged_into, follow_up_of, "
            + "known_issue, sla_colour, next_due_at, sla_breach_at, reminded_at, grown_at) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    static final String TAG = "INSERT OR IGNORE INTO ticket_tags(ticket_id, tag, tag_key) VALUES (?, ?, ?)";
    static final String TAG_NAME = "INSERT OR IGNORE INTO tag_names(tag_key, display) VALUES (?, ?)";
    static final String FIELD = "INSERT INTO ticket_fields(ticket_id, name, value) VALUES (?, ?, ?)";
    static final String MESSAGE = "INSERT INTO messages(id, ticket_id, kind, author, body, created_at, message_id, "
            + "to_addrs, cc_addrs) VALUES (?,?,?,?,?,?,?,?,?)";
    static final String EVENT = "INSERT INTO events(id, ticket_id, at, actor, action, field, old, new) VALUES (?,?,?,?,?,?,?,?)";
    static final String SEARCH = "INSERT INTO ticket_fts(rowid, title, body) VALUES (?, ?, ?)";

    /** Binds a ticket's row (with its sweep schedule) to {@link #TICKET}. */
    static void bindTicket(PreparedStatement p, Ticket d, Schedule s) throws SQLException {
        p.setLong(1, d.id());
        p.setString(2, d.title());
        p.setString(3, d.status().wire());
        p.setInt(4, d.priority());
        p.setString(5, d.channel().wire());
        p.setString(6, d.queue());
        p.setString(7, d.tier());
        p.setString(8, d.team());
        p.setString(9, d.assignee());
        p.setInt(10, d.sticky() ? 1 : 0);
        p.setLong(11, d.requesterId());
        time(p, 12, d.dueAt());
        time(p, 13, d.statusUntil());
        time(p, 14, d.createdAt());
        time(p, 15, d.updatedAt());
        p.setLong(16, d.version());
        time(p, 17, d.statusChangedAt());
        time(p, 18, d.tierEnteredAt());
        time(p, 19, d.lastReplyAt());
        time(p, 20, d.lastCustomerAt());
        number(p, 21, d.splitFrom());
        number(p, 22, d.mergedInto());
        number(p, 23, d.followUpOf());
        number(p, 24, d.knownIssue());
        p.setString(25, d.slaColour());
        time(p, 26, s.nextDueAt());
        time(p, 27, s.slaBreachAt());
        time(p, 28, s.remindedAt());
        time(p, 29, s.grownAt());
    }

    static void bindMessage(PreparedStatement p, Message m) throws SQLException {
        p.setLong(1, m.id());
        p.setLong(2, m.ticketId());
        p.setString(3, m.kind().wire());
        p.setString(4, m.author());
        p.setString(5, m.body());
        time(p, 6, m.createdAt());
        p.setString(7, m.messageId());
        p.setString(8, SqliteMessages.join(m.to()));
        p.setString(9, SqliteMessages.join(m.cc()));
    }

    static void bindEvent(PreparedStatement p, Event e) throws SQLException {
        p.setLong(1, e.id());
        p.setLong(2, e.ticketId());
        time(p, 3, e.at());
        p.setString(4, e.actor());
        p.setString(5, e.action());
        p.setString(6, e.field());
        p.setString(7, e.oldValue());
        p.setString(8, e.newValue());
    }

    static void time(PreparedStatement p, int i, Instant v) throws SQLException {
        if (v == null) p.setNull(i, Types.BIGINT);
        else p.setLong(i, v.toEpochMilli());
    }

    static void number(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) p.setNull(i, Types.BIGINT);
        else p.setLong(i, v);
    }

    /**
     * Prepared statements bound by index, and the search triggers of migration 001 (`tickets_fts_insert`,
     * `messages_fts_insert`, or whatever AFTER INSERT triggers on tickets and messages write ticket_fts now) dropped
     * for the load: the message trigger rebuilds the ticket's whole search row for each message, so a ticket with
     * twenty messages was indexed twenty times. {@link #searchRow} writes the same row once. DDL is part of the
     * transaction: a load that rolls back (or is killed) leaves the triggers as they were.
     */
    /** Clears the links of loaded tickets [from, to] that point to no ticket (both loaders); how many were cleared. */
    static int dropDanglingLinks(Sql sql, long from, long to) {
        int n = 0;
        for (String link : List.of("split_from", "merged_into", "follow_up_of")) {
            n += sql.update("UPDATE tickets SET " + link + " = NULL WHERE id BETWEEN ? AND ? AND " + link
                    + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM tickets o WHERE o.id = tickets." + link + ")", from, to);
        }
        return n;
    }

    private static final class BulkLoader implements Loader {
        private final Sql sql;
        private final List<String> triggers = new ArrayList<>();
        private final PreparedStatement ticket;
        private final PreparedStatement tag;
        private final PreparedStatement field;
        private final PreparedStatement tagName;
        private final PreparedStatement message;
        private final PreparedStatement event;
        private final PreparedStatement search;
        private boolean finished;
        /** sqlite-jdbc's generated-keys lookup, off for the load: it prepares and runs a query after every INSERT. */
        private final SQLiteConnectionConfig config;
        private final boolean generatedKeys;

        private final long cacheBefore;
        /** Tag keys whose tag_names row this load has written (or found written): a desk has few distinct tags. */
        private final java.util.Set<String> tagNamesSent = new java.util.HashSet<>();
        private static final int TAG_NAMES_KEPT = 10_000;

        BulkLoader(Sql sql, int cacheMiB) {
            this.sql = sql;
            sql.update("PRAGMA defer_foreign_keys = ON");
            cacheBefore = sql.count("PRAGMA cache_size");
            sql.update("PRAGMA cache_size = " + (-1024L * cacheMiB));
            triggers.addAll(sql.query("SELECT name || char(0) || sql FROM sqlite_master WHERE type = 'trigger' "
                    + "AND tbl_name IN ('tickets', 'messages') AND sql LIKE '%AFTER INSERT%' AND sql LIKE '%ticket_fts%' "
                    + "ORDER BY name", rs -> rs.getString(1)));
            for (String t : triggers) ddl("DROP TRIGGER " + t.substring(0, t.indexOf('\0')));
            ticket = sql.own(TICKET);
            tag = sql.own(TAG);
            tagName = sql.own(TAG_NAME);
            field = sql.own(FIELD);
            message = sql.own(MESSAGE);
            event = sql.own(EVENT);
            search = sql.own(SEARCH);
            try {
                config = ticket.getConnection().unwrap(SQLiteConnection.class).getConnectionConfig();
            } catch (SQLException e) {
                throw sql.translate(e);
            }
            generatedKeys = config.isGetGeneratedKeys();
            config.setGetGeneratedKeys(false);
        }

        private void ddl(String text) {
            try (PreparedStatement ps = sql.own(text)) {
                ps.executeUpdate();
            } catch (SQLException e) {
                throw sql.translate(e);
            }
        }

        @Override
        public void ticket(Ticket d, Schedule s) {
            try {
                PreparedStatement p = ticket;
                bindTicket(p, d, s);
                run(p, "ticket", String.valueOf(d.id()));
                for (String t : d.tags()) {
                    String key = tix.domain.Tags.key(t);
                    tag.setLong(1, d.id());
                    tag.setString(2, t);
                    tag.setString(3, key);
                    tag.executeUpdate();
                    // INSERT OR IGNORE: the first display of a key stays, so a key sent once in this load is sent once
                    if (tagNamesSent.size() < TAG_NAMES_KEPT && !tagNamesSent.add(key)) continue;
                    tagName.setString(1, key);
                    tagName.setString(2, t);
                    tagName.executeUpdate();
                }
                for (var f : d.fields().entrySet()) {
                    field.setLong(1, d.id());
                    field.setString(2, f.getKey());
                    field.setString(3, f.getValue());
                    field.executeUpdate();
                }
            } catch (SQLException e) {
                throw sql.translate(e);
            }
        }

        @Override
        public void message(Message m) {
            try {
                PreparedStatement p = message;
                bindMessage(p, m);
                try {
                    p.executeUpdate();
                } catch (SQLException e) {
                    if (code(e) == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE && m.messageId() != null) {
                        throw new Taken("Message-ID", m.messageId());
                    }
                    if (code(e) == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY) throw new Taken("message", String.valueOf(m.id()));
                    throw e;
                }
            } catch (SQLException e) {
                throw sql.translate(e);
            }
        }

        @Override
        public void event(Event e) {
            try {
                PreparedStatement p = event;
                bindEvent(p, e);
                run(p, "event", String.valueOf(e.id()));
            } catch (SQLException x) {
                throw sql.translate(x);
            }
        }

        @Override
        public void searchRow(long ticketId, String title, String bodies) {
            try {
                search.setLong(1, ticketId);
                search.setString(2, title);
                search.setString(3, bodies);
                search.executeUpdate();
            } catch (SQLException e) {
                throw sql.translate(e);
            }
        }

        @Override
        public int dropDanglingLinks(long from, long to) {
            return SqliteArchive.dropDanglingLinks(sql, from, to);
        }

        @Override
        public void finish() {
            if (finished) return;
            finished = true;
            for (String t : triggers) ddl(t.substring(t.indexOf('\0') + 1));
        }

        @Override
        public void close() {
            config.setGetGeneratedKeys(generatedKeys);
            try {
                sql.update("PRAGMA cache_size = " + cacheBefore);
            } catch (RuntimeException ignored) {
                // the connection is closing anyway
            }
            for (PreparedStatement p : List.of(ticket, tag, tagName, field, message, event, search)) {
                try {
                    p.close();
                } catch (SQLException ignored) {
                    // a statement we are done with
                }
            }
        }

        private static void run(PreparedStatement p, String what, String id) throws SQLException {
            try {
                p.executeUpdate();
            } catch (SQLException e) {
                if (code(e) == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY) throw new Taken(what, id);
                throw e;
            }
        }

        private static SQLiteErrorCode code(SQLException e) {
            return e instanceof SQLiteException ? ((SQLiteException) e).getResultCode() : null;
        }

    }

    @Override
    public List<Long> takenTicketIds(Collection<Long> ids) {
        return taken("SELECT id FROM tickets WHERE id IN ", ids, rs -> rs.getLong(1));
    }

    @Override
    public List<Long> takenMessageIds(Collection<Long> ids) {
        return taken("SELECT id FROM messages WHERE id IN ", ids, rs -> rs.getLong(1));
    }

    @Override
    public List<Long> takenEventIds(Collection<Long> ids) {
        return taken("SELECT id FROM events WHERE id IN ", ids, rs -> rs.getLong(1));
    }

    @Override
    public List<String> takenMailIds(Collection<String> messageIds) {
        return taken("SELECT message_id FROM messages WHERE message_id IN ", messageIds, rs -> rs.getString(1));
    }

    private <T> List<T> taken(String select, Collection<?> values, Sql.RowMapper<T> mapper) {
        List<Object> all = new ArrayList<>(values);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<Object> part = all.subList(i, Math.min(all.size(), i + CHUNK));
            out.addAll(sql.query(select + "(" + String.join(", ", Collections.nCopies(part.size(), "?")) + ")",
                    mapper, part.toArray()));
        }
        return out;
    }
}
