package tix.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tix.app.Conversations;

final class SqliteConversations implements Conversations {
    private static final String SIDE = "SELECT id, ticket_id, partner, cc, subject, reference, partner_ticket, "
            + "created_by, created_at, updated_at FROM side_conversations";
    private final Sql sql;

    SqliteConversations(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<String> toAddress(long ticketId) {
        return sql.one("SELECT to_address FROM tickets WHERE id = ? AND to_address IS NOT NULL", rs -> rs.getString(1),
                ticketId).filter(a -> !a.isBlank());
    }

    @Override
    public void setToAddress(long ticketId, String address) {
        sql.update("UPDATE tickets SET to_address = ? WHERE id = ?", address, ticketId);
    }

    @Override
    public List<String> queueCc(String queue) {
        return SqliteMessages.split(sql.one("SELECT cc FROM queues WHERE name = ? AND cc IS NOT NULL",
                rs -> rs.getString(1), queue).orElse(null));
    }

    @Override
    public void setQueueCc(String queue, List<String> cc) {
        sql.update("UPDATE queues SET cc = ? WHERE name = ?", SqliteMessages.join(cc), queue);
    }

    @Override
    public Side openSide(long ticketId, String partner, List<String> cc, String subject, String reference, String by,
                         Instant at) {
        long id = sql.insert("INSERT INTO side_conversations(ticket_id, partner, cc, subject, reference, created_by, "
                + "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)", ticketId, partner, SqliteMessages.join(cc),
                subject, reference, by, at, at);
        return side(id).orElseThrow();
    }

    @Override
    public List<Side> sides(long ticketId) {
        return sql.query(SIDE + " WHERE ticket_id = ? ORDER BY id", SqliteConversations::map, ticketId);
    }

    @Override
    public Optional<Side> side(long id) {
        return sql.one(SIDE + " WHERE id = ?", SqliteConversations::map, id);
    }

    @Override
    public Optional<Side> sideForIds(List<String> ids) {
        for (String id : ids) {
            Optional<Side> s = sql.one(SIDE + " WHERE reference = ?", SqliteConversations::map, id);
            if (s.isPresent()) return s;
            s = sql.one(SIDE + " WHERE id = (SELECT side_id FROM messages WHERE message_id = ?)",
                    SqliteConversations::map, id);
            if (s.isPresent()) return s;
        }
        return Optional.empty();
    }

    @Override
    public void addToSide(long sideId, long messageId, Instant at) {
        sql.update("UPDATE messages SET side_id = ? WHERE id = ?", sideId, messageId);
        sql.update("UPDATE side_conversations SET updated_at = ? WHERE id = ?", at, sideId);
    }

    @Override
    public void setPartnerTicket(long sideId, String number) {
        sql.update("UPDATE side_conversations SET partner_ticket = ? WHERE id = ?", number, sideId);
    }

    @Override
    public void setSideCc(long sideId, List<String> cc) {
        sql.update("UPDATE side_conversations SET cc = ? WHERE id = ?", SqliteMessages.join(cc), sideId);
    }

    @Override
    public void restoreSide(Side s) {
        if (side(s.id()).isPresent()) throw new tix.app.Archive.Taken("side conversation", String.valueOf(s.id()));
        if (sql.one(SIDE + " WHERE reference = ?", SqliteConversations::map, s.reference()).isPresent()) {
            throw new tix.app.Archive.Taken("side reference", s.reference());
        }
        sql.update("INSERT INTO side_conversations(id, ticket_id, partner, cc, subject, reference, partner_ticket, "
                + "created_by, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)", s.id(), s.ticketId(), s.partner(),
                SqliteMessages.join(s.cc()), s.subject(), s.reference(), s.partnerTicket(), s.createdBy(),
                s.createdAt(), s.updatedAt());
    }

    @Override
    public void restoreSideMessage(long sideId, long messageId) {
        sql.update("UPDATE messages SET side_id = ? WHERE id = ?", sideId, messageId);
    }

    @Override
    public int sideMessages(long sideId) {
        return sql.one("SELECT count(*) FROM messages WHERE side_id = ?", rs -> rs.getInt(1), sideId).orElse(0);
    }

    private static Side map(ResultSet rs) throws SQLException {
        return new Side(rs.getLong("id"), rs.getLong("ticket_id"), rs.getString("partner"),
                SqliteMessages.split(rs.getString("cc")), rs.getString("subject"), rs.getString("reference"),
                rs.getString("partner_ticket"), rs.getString("created_by"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"));
    }
}
