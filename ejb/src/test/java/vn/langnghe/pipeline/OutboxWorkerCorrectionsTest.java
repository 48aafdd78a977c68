package vn.langnghe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import vn.langnghe.analysis.Analyzer;
import vn.langnghe.database.DatabaseMigrator;
import vn.langnghe.harvest.OutboxRows;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.index.IndexingException;

/**
 * A batch is never indexed without the analysts' corrections: when they cannot be read, the worker gives
 * the rows back at once (no attempt counted: the items are not at fault) and reports it like a Solr refusal.
 */
class OutboxWorkerCorrectionsTest {
    @Test
    void unreadableCorrectionsGiveTheBatchBack() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:worker-corrections;DB_CLOSE_DELAY=-1");
        h2.setUser("langnghe");
        DatabaseMigrator.migrate(h2, getClass().getClassLoader());
        try (Connection c = h2.getConnection()) {
            OutboxRows.insert(c, 100, 7, "feed", List.of(HarvestedItem.builder("feed", "a").kind("post").text("Kẹt xe quận 1")
                    .createdAt(Instant.parse("2026-12-01T00:00:00Z")).build()), Instant.now());
        }
        PostAssembler assembler = new PostAssembler(new Analyzer());
        OutboxWorker worker = new OutboxWorker("w/0", new JdbcOutbox(h2, new OutboxClaims(60)), 10, () -> assembler,
                new DuplicateGroups(), null, posts -> {
                    throw new IllegalStateException("connection refused");
                });
        IndexingException e = assertThrows(IndexingException.class, worker::drainBatch);
        assertTrue(e.getMessage().startsWith("the analysts' corrections could not be read"), e.getMessage());
        try (Connection c = h2.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT claimed_by, attempts FROM outbox WHERE id = 100")) {
            assertTrue(r.next(), "the row is still waiting");
            assertEquals(null, r.getString(1), "released, not held until the lease ends");
            assertEquals(0, r.getInt(2));
        }
    }
}
