package tix.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import tix.app.Messages;
import tix.domain.Message;
import tix.domain.MessageKind;

final class SqliteMessages implements Messages {
    private static final String COLUMNS = "id, ticket_id, kind, author, body, created_at, message_id";
    private final Sql sql;

    SqliteMessages(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Message insert(Message m) {
        long id = sql.insert("INSERT INTO messages(ticket_id, kind, author, body, created_at, message_id) "
                + "VALUES (?, ?, ?, ?, ?, ?)", m.ticketId(), m.kind().wire(), m.author(), m.body(), m.createdAt(),
                m.messageId());
        return new Message(id, m.ticketId(), m.kind(), m.author(), m.body(), m.createdAt(), m.messageId());
    }

    @Override
    public List<Message> forTicket(long ticketId) {
        return sql.query("SELECT " + COLUMNS + " FROM messages WHERE ticket_id = ? ORDER BY created_at, id",
                SqliteMessages::map, ticketId);
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
                rs.getString("message_id"));
    }
}
