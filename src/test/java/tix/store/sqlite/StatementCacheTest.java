package tix.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tix.app.Timekeeper;
import tix.domain.DomainException;

/**
 * The store keeps its prepared statements and one timekeeper per transaction (a sweep that moves 10,000 tickets spent
 * most of its time preparing statements and re-reading the settings). Kept state must never change an answer.
 */
class StatementCacheTest {
    @TempDir
    Path dir;

    @Test
    void aStatementRunByItsOwnRowMapperAndAfterAFailureStillAnswers() {
        try (SqliteStore store = new SqliteStore(dir.resolve("t.db"))) {
            List<String> pairs = store.write(tx -> {
                Sql sql = ((SqliteTx) tx).sql();
                sql.update("INSERT INTO teams(name) VALUES (?)", "billing");
                sql.update("INSERT INTO teams(name) VALUES (?)", "product");
                // the same statement again while its first result set is still open
                String q = "SELECT name FROM teams WHERE name >= ? ORDER BY name";
                return sql.query(q, rs -> rs.getString(1) + "/" + sql.query(q, r -> r.getString(1), rs.getString(1)), "a");
            });
            assertEquals(List.of("billing/[billing, oncall, product]", "oncall/[oncall, product]", "product/[product]"),
                    pairs, "init's team oncall is there too");

            DomainException dup = assertThrows(DomainException.class, () -> store.write(tx ->
                    ((SqliteTx) tx).sql().update("INSERT INTO agents(login, name, role, created_at) VALUES (?,?,?,?)",
                            "tix", "again", "admin", 0L) + ((SqliteTx) tx).sql().update(
                            "INSERT INTO agents(login, name, role, created_at) VALUES (?,?,?,?)", "tix", "again", "admin", 0L)));
            assertEquals(DomainException.Reason.INTERNAL, dup.reason());
            // the failed insert rolled back; the same SQL with other values works afterwards
            long agents = store.write(tx -> {
                Sql sql = ((SqliteTx) tx).sql();
                sql.update("INSERT INTO agents(login, name, role, created_at) VALUES (?,?,?,?)", "ana", "Ana", "agent", 0L);
                return sql.count("SELECT count(*) FROM agents");
            });
            assertEquals(1, agents);
        }
    }

    @Test
    void theTimekeeperIsReadAgainAfterTheTransactionWritesItsSettings() {
        try (SqliteStore store = new SqliteStore(dir.resolve("t.db"))) {
            store.write(tx -> {
                Timekeeper first = tx.timekeeper();
                assertSame(first, tx.timekeeper(), "kept while nothing it reads changes");
                tx.tickets();
                assertEquals(Duration.ofDays(3), first.config().remindAfter().amount());
                tx.settings().set("pending.reminder_after", "5d");
                Timekeeper second = tx.timekeeper();
                assertNotSame(first, second);
                assertEquals(Duration.ofDays(5), second.config().remindAfter().amount());
                return null;
            });
            assertEquals(Duration.ofDays(5), store.read(tx -> tx.timekeeper().config().remindAfter().amount()));
        }
    }
}
