package vn.langnghe.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Searches and exports per unit (or per account) per day, counted by the database (GROUP BY), never by
 * loading rows. Days are the city's: the database takes the calendar fields of each time at
 * Asia/Ho_Chi_Minh ({@code EXTRACT ... AT TIME ZONE}, which H2 and PostgreSQL both read that way; a
 * plain CAST to DATE would use the session's time zone on H2). Only events that ended {@code ok} count.
 */
public final class AuditUsage {
    /** The row count of an export: its detail begins {@code rows=N}. Anything else counts 0 rows. */
    private static final String ROWS_TEXT = "SUBSTRING(detail FROM 6 FOR POSITION(' ' IN detail || ' ') - 6)";
    private static final String EXPORTED_ROWS = "CASE WHEN action = 'export' AND detail LIKE 'rows=%'"
            + " AND LENGTH(" + ROWS_TEXT + ") BETWEEN 1 AND 15 AND LTRIM(" + ROWS_TEXT + ", '0123456789') = ''"
            + " THEN CAST(" + ROWS_TEXT + " AS BIGINT) ELSE 0 END";
    private static final String CITY_TIME = "(occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')";
    private static final String DAY = "EXTRACT(YEAR FROM " + CITY_TIME + "), EXTRACT(MONTH FROM " + CITY_TIME + "),"
            + " EXTRACT(DAY FROM " + CITY_TIME + ")";

    /** One unit's (or account's) searches and exports on one day. */
    public record Day(String key, LocalDate day, long searches, long exports, long exportedRows) {
    }

    private AuditUsage() {
    }

    /** Per unit per day over the filter's period, narrowed by its account and unit (its action and outcome do not apply). */
    public static List<Day> perUnit(Connection c, AuditFilter filter) throws SQLException {
        return grouped(c, "unit_code", filter);
    }

    /** Per account per day: the export rule's input. */
    public static List<Day> perAccount(Connection c, AuditFilter filter) throws SQLException {
        return grouped(c, "actor", filter);
    }

    // the column is one of two constants above
    private static List<Day> grouped(Connection c, String column, AuditFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        AuditFilter usage = new AuditFilter(filter.account(), filter.unit(), null, null, filter.from(), filter.to());
        String where = usage.where(params);
        String sql = "SELECT " + column + ", " + DAY + ", action, COUNT(*), SUM(" + EXPORTED_ROWS + ") FROM audit_events"
                + (where.isEmpty() ? " WHERE" : where + " AND") + " action IN ('search', 'export') AND outcome = 'ok'"
                + " GROUP BY " + column + ", " + DAY + ", action";
        Map<String, long[]> days = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            AuditSearch.bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1) == null ? "" : rs.getString(1);
                    LocalDate day = LocalDate.of(rs.getInt(2), rs.getInt(3), rs.getInt(4));
                    long[] v = days.computeIfAbsent(key + '\n' + day, k -> new long[3]);
                    if ("search".equals(rs.getString(5))) {
                        v[0] += rs.getLong(6);
                    } else {
                        v[1] += rs.getLong(6);
                        v[2] += rs.getLong(7);
                    }
                }
            }
        }
        List<Day> out = new ArrayList<>();
        days.forEach((k, v) -> {
            int cut = k.lastIndexOf('\n');
            out.add(new Day(k.substring(0, cut), LocalDate.parse(k.substring(cut + 1)), v[0], v[1], v[2]));
        });
        out.sort(java.util.Comparator.comparing(Day::day).thenComparing(Day::key));
        return out;
    }
}
