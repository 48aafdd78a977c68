package vn.langnghe.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * How drain workers share the outbox, in SQL on a JDBC connection whose transaction the caller owns.
 * A worker claims a batch before it takes it: the oldest waiting rows whose claim is free or expired
 * get its claim token ({@code claimed_by}) and a lease ({@code claimed_until}) in one conditional
 * UPDATE, and are read back by that token. Finishing deletes only the rows still held under the
 * token, and a failure counts the attempt and frees the row only while the token holds it: a worker
 * whose lease ran out, and whose rows another worker took over, changes nothing of theirs. So no row is
 * drained by two workers at once, on one node or several, and the rows of a node that died are taken
 * over when their lease ends. The lease is counted by the database's clock, so the nodes' clocks
 * do not matter.
 *
 * <p>Claiming differs per database only for speed, never for safety: both forms re-check in the
 * UPDATE itself that each row is still free, so two claimers racing for a row cannot both get it.
 */
public final class OutboxClaims {
    /** An item that failed this often to be analysed is left for an admin instead of blocking the queue. */
    public static final int MAX_ATTEMPTS = 5;
    /** The length of the {@code last_error} column. */
    static final int MAX_ERROR_LENGTH = 1000;

    /** A row nobody holds: never claimed, freed, or its claim's lease has passed. */
    private static final String FREE = "(claimed_until IS NULL OR claimed_until < CURRENT_TIMESTAMP)";
    private static final String WAITING = "attempts < ? AND " + FREE;
    private static final String CLAIM = "UPDATE outbox SET claimed_by = ?, "
            + "claimed_until = CURRENT_TIMESTAMP + CAST(? AS INTEGER) * INTERVAL '1' SECOND WHERE ";
    /** The oldest free rows; rows another transaction is claiming or deleting right now are skipped, not waited for. */
    private static final String OLDEST_FREE = "SELECT id FROM outbox WHERE " + WAITING
            + " ORDER BY id FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED";

    private final int leaseSeconds;

    /** @param leaseSeconds how long a claim holds its rows; longer than a batch ever takes */
    public OutboxClaims(int leaseSeconds) {
        if (leaseSeconds < 1) {
            throw new IllegalArgumentException("claim lease must be at least one second: " + leaseSeconds);
        }
        this.leaseSeconds = leaseSeconds;
    }

    /**
     * Claims up to {@code limit} of the oldest waiting rows that nobody holds under {@code token}, which
     * must be new (a token names one batch), and returns them in id order; empty when none is free.
     */
    public ClaimedBatch claim(Connection c, String token, int limit) throws SQLException {
        if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            claimOldest(c, token, limit);
        } else {
            claimChosen(c, token, limit);
        }
        return new ClaimedBatch(token, readBack(c, token));
    }

    /**
     * PostgreSQL: one statement. The ids are an array computed once (an InitPlan), then found through
     * the primary key; written as {@code id IN (sub-query)} the planner chose a hash join over the whole
     * table (EXPLAIN on 200,000 rows).
     */
    private void claimOldest(Connection c, String token, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(CLAIM + "id = ANY(ARRAY(" + OLDEST_FREE + ")) AND " + FREE)) {
            s.setString(1, token);
            s.setInt(2, leaseSeconds);
            s.setInt(3, MAX_ATTEMPTS);
            s.setInt(4, limit);
            s.executeUpdate();
        }
    }

    /**
     * H2 (and any other database): the oldest free ids first, locked as they are read (rows another
     * claim holds are skipped), then one UPDATE of exactly those ids. H2 runs the one-statement form,
     * its sub-query in the UPDATE's WHERE, in 1 to 3 s per claim of 1,000 rows; a list of ids is a few
     * index look-ups. Only the rows this claim already locked are updated: an UPDATE of the id range
     * they span also reached rows a concurrent claim had locked and skipped, and the two claims then
     * waited for each other (H2 reported a deadlock).
     */
    private void claimChosen(Connection c, String token, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>(limit);
        try (PreparedStatement s = c.prepareStatement(OLDEST_FREE)) {
            s.setInt(1, MAX_ATTEMPTS);
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        String list = "?,".repeat(ids.size() - 1) + "?";
        try (PreparedStatement s = c.prepareStatement(CLAIM + "id IN (" + list + ") AND " + WAITING)) {
            s.setString(1, token);
            s.setInt(2, leaseSeconds);
            for (int k = 0; k < ids.size(); k++) {
                s.setLong(3 + k, ids.get(k));
            }
            s.setInt(3 + ids.size(), MAX_ATTEMPTS);
            s.executeUpdate();
        }
    }

    private static List<ClaimedBatch.Row> readBack(Connection c, String token) throws SQLException {
        List<ClaimedBatch.Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, item_id, source_name, payload, fetched_at FROM outbox WHERE claimed_by = ? ORDER BY id")) {
            s.setString(1, token);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ClaimedBatch.Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return rows;
    }

    /** Deletes the batch's rows that its token still holds (not those freed by a failure or taken over). */
    public int finish(Connection c, ClaimedBatch batch) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM outbox WHERE claimed_by = ?")) {
            s.setString(1, batch.token());
            return s.executeUpdate();
        }
    }

    /**
     * Counts a failed attempt on one row of the batch and frees it for the next claim; false when the
     * batch no longer holds it (its lease ran out and another worker has it now).
     */
    public boolean failed(Connection c, ClaimedBatch batch, long rowId, String error) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET attempts = attempts + 1, last_error = ?, "
                + "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?")) {
            s.setString(1, error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH));
            s.setLong(2, rowId);
            s.setString(3, batch.token());
            return s.executeUpdate() == 1;
        }
    }

    /** Frees the rows the batch still holds, without counting an attempt; returns how many. */
    public int release(Connection c, ClaimedBatch batch) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ?")) {
            s.setString(1, batch.token());
            return s.executeUpdate();
        }
    }

    /** Rows a drain will still take, held or not; those kept aside after {@value #MAX_ATTEMPTS} failures are not counted. */
    public long waiting(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM outbox WHERE attempts < ?")) {
            s.setInt(1, MAX_ATTEMPTS);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
