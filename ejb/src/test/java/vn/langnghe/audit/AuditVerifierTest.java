package vn.langnghe.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.langnghe.audit.AuditTrails.execute;
import static vn.langnghe.audit.AuditTrails.verify;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each kind of tampering is found and the first broken row named (in-memory H2: no trigger there). */
class AuditVerifierTest {
    private DataSource ds;

    @BeforeEach
    void fiveEvents() throws SQLException {
        ds = AuditTrails.migratedH2();
        AuditAppender appender = new AuditAppender(ds);
        appender.append(AuditTrails.events("lan", 2));
        appender.append(AuditTrails.events("minh", 3));
    }

    @Test
    void anUntouchedTrailHolds() throws SQLException {
        AuditVerifier.Result result = verify(ds);
        assertTrue(result.intact(), () -> result.firstBreak().orElseThrow().toString());
        assertEquals(5, result.verifiedUpTo());
    }

    @Test
    void aChangedFieldIsFound() throws SQLException {
        execute(ds, "UPDATE audit_events SET actor = 'someone-else' WHERE seq = 3");
        assertBreak(ChainBreak.Kind.CHANGED, 3);
    }

    @Test
    void aChangedTimeOrOutcomeIsFound() throws SQLException {
        execute(ds, "UPDATE audit_events SET outcome = 'denied' WHERE seq = 4");
        assertBreak(ChainBreak.Kind.CHANGED, 4);
    }

    @Test
    void aDeletedRowIsFound() throws SQLException {
        execute(ds, "DELETE FROM audit_events WHERE seq = 2");
        ChainBreak b = assertBreak(ChainBreak.Kind.DELETED, 2);
        assertTrue(b.message().contains("seq 2 is missing"), b.message());
    }

    @Test
    void rowsDeletedAtTheEndAreFound() throws SQLException {
        execute(ds, "DELETE FROM audit_events WHERE seq >= 4");
        assertBreak(ChainBreak.Kind.DELETED, 4);
    }

    @Test
    void aRowInsertedIntoTheMiddleIsFound() throws SQLException {
        execute(ds, "UPDATE audit_events SET seq = seq + 100 WHERE seq >= 3",
                "UPDATE audit_events SET seq = seq - 99 WHERE seq >= 103",
                "INSERT INTO audit_events (id, occurred_at, actor, action, outcome, seq, hash)"
                        + " VALUES (999999, CURRENT_TIMESTAMP, 'forger', 'login', 'ok', 3, '" + "ab".repeat(32) + "')");
        ChainBreak b = assertBreak(ChainBreak.Kind.INSERTED, 3);
        assertEquals(999999L, b.id(), "names the inserted row");
    }

    @Test
    void aRowAppendedWithoutTheChainIsFound() throws SQLException {
        execute(ds, "INSERT INTO audit_events (id, occurred_at, actor, action, outcome, seq, hash)"
                + " VALUES (999999, CURRENT_TIMESTAMP, 'forger', 'login', 'ok', 6, '" + "ab".repeat(32) + "')");
        assertBreak(ChainBreak.Kind.INSERTED, 6);
    }

    @Test
    void aRowOutsideTheChainIsFound() throws SQLException {
        execute(ds, "INSERT INTO audit_events (id, occurred_at, actor, action) VALUES (999999, CURRENT_TIMESTAMP, 'forger', 'login')");
        assertEquals(ChainBreak.Kind.INSERTED, verify(ds).firstBreak().orElseThrow().kind());
    }

    @Test
    void swappedRowsAreFound() throws SQLException {
        execute(ds, "UPDATE audit_events SET seq = -1 WHERE seq = 2",
                "UPDATE audit_events SET seq = 2 WHERE seq = 3",
                "UPDATE audit_events SET seq = 3 WHERE seq = -1");
        assertBreak(ChainBreak.Kind.REORDERED, 2);
    }

    @Test
    void theChainGoesOnAfterRowsFromBeforeIt() throws SQLException {
        DataSource old = AuditTrails.migratedH2();
        // a row written before V6 (no seq, no hash), counted by the head as the migration does
        execute(old, "INSERT INTO audit_events (id, occurred_at, actor, action) VALUES (1, CURRENT_TIMESTAMP, 'admin', 'login')",
                "UPDATE audit_chain_head SET unchained_rows = 1");
        new AuditAppender(old).append(AuditTrails.events("lan", 2));
        assertTrue(verify(old).intact());
        execute(old, "DELETE FROM audit_events WHERE seq IS NULL");
        assertEquals(ChainBreak.Kind.DELETED, verify(old).firstBreak().orElseThrow().kind());
    }

    private ChainBreak assertBreak(ChainBreak.Kind kind, long seq) throws SQLException {
        AuditVerifier.Result result = verify(ds);
        ChainBreak b = result.firstBreak().orElseThrow(() -> new AssertionError("tampering not found"));
        assertEquals(kind, b.kind(), b::toString);
        assertEquals(seq, b.seq(), b::toString);
        assertEquals(seq - 1, result.verifiedUpTo(), "everything before the break holds");
        if (b.id() != null) {
            assertEquals(idAt(seq), b.id(), "names the row at that place");
        }
        return b;
    }

    private long idAt(long seq) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM audit_events WHERE seq = " + seq)) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }
}
