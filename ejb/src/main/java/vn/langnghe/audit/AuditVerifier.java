package vn.langnghe.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Walks the chain in seq order, recomputes every hash and names the first row where the trail was
 * tampered with. Plain JDBC, read-only, in one snapshot (so appends by a running platform neither hide
 * nor fake a break); the command line runs it as {@code bin/langnghe audit verify}.
 */
public class AuditVerifier {
    private static final String ROWS = "SELECT id, seq, occurred_at, actor, unit_code, action, target, client_address,"
            + " outcome, detail, hash FROM audit_events WHERE seq IS NOT NULL ORDER BY seq";

    /** What a walk found: the last seq whose row (and every row before it) holds, its hash, the first break. */
    public record Result(long verifiedUpTo, String lastHash, Optional<ChainBreak> firstBreak) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    private record Head(long seq, String hash, long unchainedRows) {
    }

    public Result verify(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        // one snapshot for the head and all rows: REPEATABLE READ is a snapshot on PostgreSQL, on H2 2.x
        // only SERIALIZABLE reads every table as of the transaction's start
        c.setAutoCommit(false);
        c.setTransactionIsolation("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())
                ? Connection.TRANSACTION_REPEATABLE_READ : Connection.TRANSACTION_SERIALIZABLE);
        try {
            return walk(c);
        } finally {
            c.rollback();
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
    }

    private static Result walk(Connection c) throws SQLException {
        Head head = head(c);
        long expected = 1;
        String previous = AuditChain.GENESIS;
        try (PreparedStatement rows = c.prepareStatement(ROWS)) {
            rows.setFetchSize(1000);
            try (ResultSet rs = rows.executeQuery()) {
                StoredRow row = next(rs);
                while (row != null) {
                    if (row.seq() > expected) {
                        return broken(expected, previous, new ChainBreak(ChainBreak.Kind.DELETED, expected, null,
                                missing(expected, row.seq() - 1) + ": the chain jumps from seq " + (expected - 1)
                                        + " to seq " + row.seq() + " (id " + row.id() + ")"));
                    }
                    if (!row.follows(previous, expected)) {
                        return broken(expected, previous, diagnose(previous, expected, row, next(rs), head));
                    }
                    previous = row.hash();
                    expected++;
                    row = next(rs);
                }
            }
        }
        long last = expected - 1;
        if (head.seq() > last) {
            return broken(expected, previous, new ChainBreak(ChainBreak.Kind.DELETED, expected, null,
                    missing(expected, head.seq()) + " at the end of the chain (the head is at seq " + head.seq() + ")"));
        }
        if (!head.hash().equals(previous)) {
            return broken(expected, previous, new ChainBreak(ChainBreak.Kind.CHANGED, last, null,
                    "the head's hash differs from the hash of the last row"));
        }
        long unchained = unchainedRows(c);
        if (unchained != head.unchainedRows()) {
            return broken(expected, previous, new ChainBreak(
                    unchained < head.unchainedRows() ? ChainBreak.Kind.DELETED : ChainBreak.Kind.INSERTED, null, null,
                    head.unchainedRows() + " rows from before the chain were expected, " + unchained + " are there"));
        }
        return new Result(last, previous, Optional.empty());
    }

    /**
     * Says what probably happened at a row whose hash does not follow, from the row after it: if that
     * one follows from the last good hash, this row was slipped in (or swapped with it); if it follows
     * from this row's stored hash, only this row's fields changed.
     */
    private static ChainBreak diagnose(String previous, long seq, StoredRow row, StoredRow after, Head head) {
        if (after != null && after.follows(previous, seq)) {
            if (row.follows(after.hash(), seq + 1)) {
                return new ChainBreak(ChainBreak.Kind.REORDERED, seq, row.id(),
                        "the rows at seq " + seq + " and " + (seq + 1) + " have swapped places");
            }
            return new ChainBreak(ChainBreak.Kind.INSERTED, seq, row.id(),
                    "this row is not in the chain: the row after it follows directly from seq " + (seq - 1));
        }
        if (after != null && after.follows(row.hash(), seq + 1)) {
            return new ChainBreak(ChainBreak.Kind.CHANGED, seq, row.id(), "the row's fields no longer give its hash");
        }
        if (after == null && seq > head.seq()) {
            return new ChainBreak(ChainBreak.Kind.INSERTED, seq, row.id(),
                    "a row after the end of the chain (the head is at seq " + head.seq() + ")");
        }
        return new ChainBreak(ChainBreak.Kind.CHANGED, seq, row.id(),
                "the row's hash does not follow from seq " + (seq - 1) + " (changed, or rows renumbered)");
    }

    private static Result broken(long expected, String previous, ChainBreak why) {
        return new Result(expected - 1, previous, Optional.of(why));
    }

    private static String missing(long from, long to) {
        return from == to ? "seq " + from + " is missing" : "seq " + from + " to " + to + " are missing";
    }

    private static Head head(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, hash, unchained_rows FROM audit_chain_head WHERE id = 1")) {
            if (!rs.next()) {
                throw new SQLException("audit_chain_head has no row: the V6 migration did not run");
            }
            return new Head(rs.getLong(1), rs.getString(2), rs.getLong(3));
        }
    }

    private static long unchainedRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_events WHERE seq IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static StoredRow next(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return null;
        }
        return new StoredRow(rs.getLong("id"), rs.getLong("seq"), record(rs), rs.getString("hash"));
    }

    /** The event a row holds, or null when a field holds what no appended event can (a changed row). */
    private static AuditRecord record(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
        Outcome outcome = Outcome.fromCode(rs.getString("outcome"));
        try {
            return at == null || outcome == null ? null : new AuditRecord(at.toInstant(), rs.getString("actor"),
                    rs.getString("unit_code"), rs.getString("action"), rs.getString("target"),
                    rs.getString("client_address"), outcome, rs.getString("detail"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record StoredRow(long id, long seq, AuditRecord record, String hash) {
        boolean follows(String previousHash, long position) {
            return record != null && AuditChain.hash(previousHash, position, record).equals(hash);
        }
    }
}
