package tix.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import tix.app.Messages;
import tix.domain.Message;
import tix.domain.MessageKind;

final class SqliteMessages implements Messages {
    private static final String COLUMNS = "id, ticket_id, kind, author, body, created_at, message_id, to_addrs, cc_addrs, side_id";
    private final Sql sql;

    SqliteMessages(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Message insert(Message m) {
        long id = sql.insert("INSERT INTO messages(ticket_id, kind, author, body, created_at, message_id, to_addrs, "
                + "cc_addrs, side_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", m.ticketId(), m.kind().wire(), m.author(),
                m.body(), m.createdAt(), m.messageId(), join(m.to()), join(m.cc()), m.sideId());
        return new Message(id, m.ticketId(), m.kind(), m.author(), m.body(), m.createdAt(), m.messageId(), m.to(),
                m.cc(), m.sideId());
    }

    @Override
    public List<Message> forTicket(long ticketId) {
        return sql.query("SELECT " + COLUMNS + " FROM messages WHERE ticket_id = ? ORDER BY created_at, id",
                SqliteMessages::map, ticketId);
    }

    /** Ids bound per query; the last chunk repeats its last id, so one statement serves every chunk. */
    private static final int CHUNK = 256;
    private static final String FOR_TICKETS = "SELECT " + COLUMNS + " FROM messages WHERE ticket_id IN ("
            + "?, ".repeat(CHUNK - 1) + "?) ORDER BY ticket_id, created_at, id";

    @Override
    public java.util.Map<Long, List<Message>> forTickets(java.util.Collection<Long> ticketIds) {
        java.util.Map<Long, List<Message>> out = new java.util.HashMap<>(ticketIds.size() * 2);
        List<Long> ids = new java.util.ArrayList<>(ticketIds.size());
        for (Long id : ticketIds) if (out.putIfAbsent(id, new java.util.ArrayList<>()) == null) ids.add(id);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            Object[] args = new Object[CHUNK];
            for (int i = 0; i < CHUNK; i++) args[i] = ids.get(Math.min(from + i, ids.size() - 1));
            sql.each(FOR_TICKETS, rs -> {
                Message m = map(rs);
                out.get(m.ticketId()).add(m);
            }, args);
        }
        return out;
    }

    @Override
    public Optional<Message> find(long messageId) {
        return sql.one("SELECT " + COLUMNS + " FROM messages WHERE id = ?", SqliteMessages::map, messageId);
    }

    @Override
    public Optional<Message> findByMessageId(String rfcMessageId) {
        return sql.one("SELECT " + COLUMNS + " FROM messages WHERE message_id = ?", SqliteMessages::map, rfcMessageId);
    }

    @Override
    public void move(long messageId, long toTicket) {
        sql.update("UPDATE messages SET ticket_id = ? WHERE id = ?", toTicket, messageId);
    }

    @Override
    public int moveAll(long fromTicket, long toTicket) {
        return sql.update("UPDATE messages SET ticket_id = ? WHERE ticket_id = ?", toTicket, fromTicket);
    }

    static Message map(ResultSet rs) throws SQLException {
        return new Message(rs.getLong("id"), rs.getLong("ticket_id"), MessageKind.parse(rs.getString("kind")),
                rs.getString("author"), rs.getString("body"), Sql.instant(rs, "created_at"),
                rs.getString("message_id"), split(rs.getString("to_addrs")), split(rs.getString("cc_addrs")),
                Sql.nullableLong(rs, "side_id"));
    }

    @Override
    public void setAddresses(long messageId, List<String> to, List<String> cc) {
        sql.update("UPDATE messages SET to_addrs = ?, cc_addrs = ? WHERE id = ?", join(to), join(cc), messageId);
    }

    /** Addresses are stored comma-separated (an address never holds a bare comma once parsed). */
    static String join(List<String> addresses) {
        return addresses == null || addresses.isEmpty() ? null : String.join(",", addresses);
    }

    static List<String> split(String stored) {
        if (stored == null || stored.isBlank()) return List.of();
        List<String> out = new java.util.ArrayList<>();
        for (String a : stored.split(",")) if (!a.isBlank()) out.add(a.strip());
        return out;
    }
}
