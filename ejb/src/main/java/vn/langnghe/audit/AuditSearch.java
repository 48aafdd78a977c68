package vn.langnghe.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the trail for people, newest first, over plain JDBC. Every filter column has an index ending
 * with the time (V1, V10), so a page is an index range scan even over millions of rows.
 */
public final class AuditSearch {
    static final String COLUMNS = "SELECT id, occurred_at, actor, unit_code, action, target, client_address, outcome, detail"
            + " FROM audit_events";
    private static final String NEWEST_FIRST = " ORDER BY occurred_at DESC, id DESC";

    private AuditSearch() {
    }

    public static long count(Connection c, AuditFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_events" + filter.where(params))) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static List<AuditEntry> page(Connection c, AuditFilter filter, int offset, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = COLUMNS + filter.where(params) + NEWEST_FIRST + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        params.add(Math.max(0, offset));
        params.add(Math.max(1, limit));
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(entry(rs));
                }
            }
        }
        return out;
    }

    /**
     * Hands at most {@code max} rows to {@code sink}, newest first, without holding them: PostgreSQL
     * streams with a cursor only outside auto-commit, so the connection is switched for the read.
     * Returns how many rows were handed over.
     */
    public static long forEach(Connection c, AuditFilter filter, long max, Consumer<AuditEntry> sink) throws SQLException {
        List<Object> params = new ArrayList<>();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        long n = 0;
        try (PreparedStatement s = c.prepareStatement(COLUMNS + filter.where(params) + NEWEST_FIRST)) {
            bind(s, params);
            s.setFetchSize(500);
            s.setMaxRows((int) Math.min(Integer.MAX_VALUE, max));
            try (ResultSet rs = s.executeQuery()) {
                while (n < max && rs.next()) {
                    sink.accept(entry(rs));
                    n++;
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
        return n;
    }

    /** Up to {@code limit} distinct accounts starting with {@code prefix} (case as typed), for the page's picker. */
    public static List<String> accounts(Connection c, String prefix, int limit) throws SQLException {
        return distinct(c, "actor", prefix, limit);
    }

    public static List<String> units(Connection c, String prefix, int limit) throws SQLException {
        return distinct(c, "unit_code", prefix, limit);
    }

    // the column is one of two constants above, never user input
    private static List<String> distinct(Connection c, String column, String prefix, int limit) throws SQLException {
        String sql = "SELECT DISTINCT " + column + " FROM audit_events WHERE " + column + " LIKE ? ESCAPE '\\'"
                + " ORDER BY " + column + " FETCH FIRST ? ROWS ONLY";
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, AuditFilter.likeEscaped(prefix == null ? "" : prefix.strip()) + "%");
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
        return new AuditEntry(rs.getLong(1), at.toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Outcome.fromCode(rs.getString(8)), rs.getString(9));
    }
}
