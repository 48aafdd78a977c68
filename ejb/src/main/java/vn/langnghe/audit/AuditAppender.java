package vn.langnghe.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Appends events to the chain over plain JDBC, a batch per short transaction: lock the head row, give
 * each event the next seq and its hash, insert them, move the head, commit. The head's row lock is
 * what makes concurrent writers (threads, or the nodes of a deployment group) take turns; it is held
 * only for the few statements of one batch, never for a caller's transaction.
 */
public class AuditAppender {
    private static final String INSERT = "INSERT INTO audit_events (id, occurred_at, actor, unit_code, action, target,"
            + " client_address, outcome, detail, seq, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    public AuditAppender(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Appends all of {@code batch} in one transaction, or none of it (the exception says why). */
    public void append(List<AuditRecord> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                appendLocked(c, batch);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static void appendLocked(Connection c, List<AuditRecord> batch) throws SQLException {
        long seq;
        String hash;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")) {
            if (!rs.next()) {
                throw new SQLException("audit_chain_head has no row: the V6 migration did not run");
            }
            seq = rs.getLong(1);
            hash = rs.getString(2);
        }
        String nextId = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())
                ? "SELECT nextval('audit_seq')" : "SELECT NEXT VALUE FOR audit_seq";
        try (PreparedStatement ids = c.prepareStatement(nextId); PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (AuditRecord r : batch) {
                seq++;
                hash = AuditChain.hash(hash, seq, r);
                insert.setLong(1, nextId(ids));
                insert.setObject(2, r.occurredAt().atOffset(ZoneOffset.UTC));
                insert.setString(3, r.actor());
                insert.setString(4, r.unit());
                insert.setString(5, r.action());
                insert.setString(6, r.target());
                insert.setString(7, r.clientAddress());
                insert.setString(8, r.outcome().code());
                insert.setString(9, r.detail());
                insert.setLong(10, seq);
                insert.setString(11, hash);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement head = c.prepareStatement("UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1")) {
            head.setLong(1, seq);
            head.setString(2, hash);
            head.executeUpdate();
        }
    }

    // One sequence value per row: the sequence counts in steps of 50 (V1), but ids only need to be unique.
    private static long nextId(PreparedStatement ids) throws SQLException {
        try (ResultSet rs = ids.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
