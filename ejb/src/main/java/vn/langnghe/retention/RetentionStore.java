package vn.langnghe.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The retention tables of V9 in plain JDBC: the admins' override, the purge lease and the purge
 * records. Each call is its own short transaction (the connection commits by itself), so a purge's
 * record and progress are visible to the page, and survive a crash, while the purge runs.
 */
public final class RetentionStore {
    private static final String COLUMNS = "id, started_at, finished_at, trigger_kind, actor, node, days, cutoff, "
            + "oldest_purged, newest_purged, solr_found, solr_deleted, outbox_deleted, duration_ms, outcome, error";
    static final int MAX_ERROR = 1000;

    private final DataSource dataSource;

    public RetentionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The admins' override, or empty when the configured age applies. */
    public Optional<RetentionSetting> adminSetting() {
        return call("read the retention setting", c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT days, changed_by, changed_at FROM retention_setting WHERE id = 1")) {
                if (!r.next() || r.getObject(1) == null) {
                    return Optional.empty();
                }
                return Optional.of(new RetentionSetting(r.getInt(1), RetentionSetting.Origin.ADMIN, r.getString(2),
                        instant(r, 3)));
            }
        });
    }

    public void saveAdminDays(int days, String actor, Instant at) {
        call("save the retention setting", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE retention_setting SET days = ?, changed_by = ?, changed_at = ? WHERE id = 1")) {
                s.setInt(1, days);
                s.setString(2, actor);
                s.setObject(3, utc(at));
                return s.executeUpdate();
            }
        });
    }

    /**
     * Takes the purge lease for {@code seconds} when nobody holds it (or its holder's lease has passed: the
     * node died); true when this holder has it now. One conditional UPDATE: two nodes cannot both win.
     */
    public boolean takeLease(String holder, int seconds) {
        return call("take the purge lease", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE retention_setting SET lease_holder = ?, "
                    + "lease_until = CURRENT_TIMESTAMP + CAST(? AS INTEGER) * INTERVAL '1' SECOND "
                    + "WHERE id = 1 AND (lease_until IS NULL OR lease_until < CURRENT_TIMESTAMP)")) {
                s.setString(1, holder);
                s.setInt(2, seconds);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Extends a lease its holder still has; false when it was lost (it ran out and another node took it). */
    public boolean renewLease(String holder, int seconds) {
        return call("renew the purge lease", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE retention_setting SET "
                    + "lease_until = CURRENT_TIMESTAMP + CAST(? AS INTEGER) * INTERVAL '1' SECOND "
                    + "WHERE id = 1 AND lease_holder = ?")) {
                s.setInt(1, seconds);
                s.setString(2, holder);
                return s.executeUpdate() == 1;
            }
        });
    }

    public void releaseLease(String holder) {
        call("release the purge lease", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE retention_setting SET lease_holder = NULL, lease_until = NULL WHERE id = 1 AND lease_holder = ?")) {
                s.setString(1, holder);
                return s.executeUpdate();
            }
        });
    }

    /** Purges left 'running' by a node that died; called by the holder of the lease, so none of them still runs. */
    public int markInterrupted() {
        return call("close interrupted purges", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE retention_purges SET outcome = ?, error = ? WHERE outcome = ?")) {
                s.setString(1, PurgeRecord.INTERRUPTED);
                s.setString(2, "the node stopped before the purge finished; the next purge removed the rest");
                s.setString(3, PurgeRecord.RUNNING);
                return s.executeUpdate();
            }
        });
    }

    /** A purge up to this cutoff already finished: the timer of another node (or an earlier firing) did it. */
    public boolean doneFor(Instant cutoff) {
        return call("look for an earlier purge", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM retention_purges WHERE cutoff = ? AND outcome = ?")) {
                s.setObject(1, utc(cutoff));
                s.setString(2, PurgeRecord.OK);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1) > 0;
                }
            }
        });
    }

    public long start(Instant at, String trigger, String actor, String node, int days, Instant cutoff) {
        return call("record the purge", c -> {
            long id;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT nextval('retention_purge_seq')")) {
                r.next();
                id = r.getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO retention_purges (id, started_at, trigger_kind, "
                    + "actor, node, days, cutoff, solr_found, solr_deleted, outbox_deleted, outcome) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)")) {
                s.setLong(1, id);
                s.setObject(2, utc(at));
                s.setString(3, trigger);
                s.setString(4, actor);
                s.setString(5, node);
                s.setInt(6, days);
                s.setObject(7, utc(cutoff));
                s.setString(8, PurgeRecord.RUNNING);
                s.executeUpdate();
            }
            return id;
        });
    }

    /** The counts so far (and the period covered so far) of a running purge. */
    public void progress(long id, PurgeCounts counts) {
        update(id, counts, PurgeRecord.RUNNING, null, null, null);
    }

    public void finish(long id, PurgeCounts counts, String outcome, String error, Instant at, long durationMs) {
        update(id, counts, outcome, error, at, durationMs);
    }

    private void update(long id, PurgeCounts n, String outcome, String error, Instant finishedAt, Long durationMs) {
        call("update the purge record", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE retention_purges SET oldest_purged = ?, newest_purged = ?, "
                    + "solr_found = ?, solr_deleted = ?, outbox_deleted = ?, outcome = ?, error = ?, finished_at = ?, "
                    + "duration_ms = ? WHERE id = ?")) {
                s.setObject(1, n.oldest() == null ? null : utc(n.oldest()));
                s.setObject(2, n.newest() == null ? null : utc(n.newest()));
                s.setLong(3, n.solrFound());
                s.setLong(4, n.solrDeleted());
                s.setLong(5, n.outboxDeleted());
                s.setString(6, outcome);
                s.setString(7, error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR)));
                s.setObject(8, finishedAt == null ? null : utc(finishedAt));
                if (durationMs == null) {
                    s.setNull(9, java.sql.Types.BIGINT);
                } else {
                    s.setLong(9, durationMs);
                }
                s.setLong(10, id);
                return s.executeUpdate();
            }
        });
    }

    public Optional<PurgeRecord> find(long id) {
        List<PurgeRecord> found = select("WHERE id = ?", List.of(id), 0, 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** A purge that runs now (on any node), if one does. */
    public Optional<PurgeRecord> running() {
        List<PurgeRecord> found = select("WHERE outcome = ?", List.of(PurgeRecord.RUNNING), 0, 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Newest first. */
    public List<PurgeRecord> page(int first, int size) {
        return select("", List.of(), first, size);
    }

    public long count() {
        return call("count the purge records", c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM retention_purges")) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private List<PurgeRecord> select(String where, List<Object> args, int first, int size) {
        return call("read the purge records", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM retention_purges " + where
                    + " ORDER BY started_at DESC, id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
                int i = 1;
                for (Object a : args) {
                    s.setObject(i++, a);
                }
                s.setInt(i++, Math.max(0, first));
                s.setInt(i, Math.max(1, size));
                List<PurgeRecord> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long duration = r.getLong(14);
                        boolean noDuration = r.wasNull();
                        out.add(new PurgeRecord(r.getLong(1), instant(r, 2), instant(r, 3), r.getString(4), r.getString(5),
                                r.getString(6), r.getInt(7), instant(r, 8), instant(r, 9), instant(r, 10), r.getLong(11),
                                r.getLong(12), r.getLong(13), noDuration ? null : duration, r.getString(15), r.getString(16)));
                    }
                }
                return out;
            }
        });
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private <T> T call(String what, SqlCall<T> body) {
        try (Connection c = dataSource.getConnection()) {
            return body.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Retention: could not " + what + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface SqlCall<T> {
        T run(Connection c) throws SQLException;
    }
}
