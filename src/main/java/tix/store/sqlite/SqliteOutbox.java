package tix.store.sqlite;

import java.util.ArrayList;
import java.util.List;
import tix.app.Outbox;

final class SqliteOutbox implements Outbox {
    private static final String COLUMNS = "id, ticket_id, message_ref, kind, message_id, from_addr, to_addr, subject, "
            + "body, in_reply_to, refs, status, attempts, created_at, sent_at, last_error, cc_addr";
    private final Sql sql;

    SqliteOutbox(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Item enqueue(Item i) {
        long id = sql.insert("INSERT INTO outbox(ticket_id, message_ref, kind, message_id, from_addr, to_addr, cc_addr, "
                        + "subject, body, in_reply_to, refs, status, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                i.ticketId(), i.messageRef(), i.kind(), i.messageId(), i.from(), i.to(), i.cc(), i.subject(), i.body(),
                i.inReplyTo(), i.references(), i.status() == null ? "queued" : i.status(), i.createdAt());
        return select(" WHERE id = ?", List.of(id)).get(0);
    }

    @Override
    public List<Item> list(String status, Long ticketId) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            where.append(" AND status = ?");
            args.add(status);
        }
        if (ticketId != null) {
            where.append(" AND ticket_id = ?");
            args.add(ticketId);
        }
        return select(where.toString(), args);
    }

    @Override
    public boolean markPosted(long id, java.time.Instant at) {
        return sql.update("UPDATE outbox SET status = 'sent', sent_at = ? WHERE id = ? AND status IN ('manual', 'unsure')",
                at, id) == 1;
    }

    private List<Item> select(String where, List<Object> args) {
        return sql.query("SELECT " + COLUMNS + " FROM outbox" + where + " ORDER BY id", rs -> new Item(
                rs.getLong("id"), Sql.nullableLong(rs, "ticket_id"), Sql.nullableLong(rs, "message_ref"),
                rs.getString("kind"), rs.getString("message_id"), rs.getString("from_addr"), rs.getString("to_addr"),
                rs.getString("subject"), rs.getString("body"), rs.getString("in_reply_to"), rs.getString("refs"),
                rs.getString("status"), rs.getInt("attempts"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "sent_at"), rs.getString("last_error"), rs.getString("cc_addr")), args.toArray());
    }
}
