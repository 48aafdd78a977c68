package vn.langnghe.audit;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What the audit page asks for: any of account (exact), unit (exact), action (exact, or a prefix when it
 * ends with {@code .} or {@code *}, e.g. {@code account.}), outcome, and a range of days in city time
 * (both ends included). Empty fields do not filter. {@link #where(List)} writes the SQL condition with
 * placeholders only: no filter value ever becomes SQL text.
 */
public record AuditFilter(String account, String unit, String action, Outcome outcome, LocalDate from, LocalDate to)
        implements Serializable {
    /** Days and hours of the trail are Ho Chi Minh City's. */
    public static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");

    public AuditFilter {
        account = blankToNull(account);
        unit = blankToNull(unit);
        action = blankToNull(action);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the end of the period is before its start");
        }
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public AuditFilter withAccount(String other) {
        return new AuditFilter(other, unit, action, outcome, from, to);
    }

    public AuditFilter withAction(String other) {
        return new AuditFilter(account, unit, other, outcome, from, to);
    }

    public AuditFilter withPeriod(LocalDate start, LocalDate end) {
        return new AuditFilter(account, unit, action, outcome, start, end);
    }

    /** Whether {@link #action()} is a prefix ({@code account.} or {@code account*}) rather than one action. */
    public boolean actionIsPrefix() {
        return action != null && (action.endsWith(".") || action.endsWith("*"));
    }

    /** The first instant of the period (midnight in the city), or null. */
    public OffsetDateTime start() {
        return from == null ? null : from.atStartOfDay(CITY).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The first instant after the period (the next midnight in the city), or null. */
    public OffsetDateTime end() {
        return to == null ? null : to.plusDays(1).atStartOfDay(CITY).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** {@code WHERE ...} (or an empty string) over audit_events; adds the values for its placeholders to {@code params}. */
    public String where(List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (account != null) {
            conditions.add("actor = ?");
            params.add(account);
        }
        if (unit != null) {
            conditions.add("unit_code = ?");
            params.add(unit);
        }
        if (action != null) {
            if (actionIsPrefix()) {
                String prefix = action.endsWith("*") ? action.substring(0, action.length() - 1) : action;
                conditions.add("action LIKE ? ESCAPE '\\'");
                params.add(likeEscaped(prefix) + "%");
            } else {
                conditions.add("action = ?");
                params.add(action);
            }
        }
        if (outcome != null) {
            conditions.add("outcome = ?");
            params.add(outcome.code());
        }
        if (from != null) {
            conditions.add("occurred_at >= ?");
            params.add(start());
        }
        if (to != null) {
            conditions.add("occurred_at < ?");
            params.add(end());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The filters in words, for the detail of an {@code audit.export} event. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        append(b, "account", account);
        append(b, "unit", unit);
        append(b, "action", action);
        append(b, "outcome", outcome == null ? null : outcome.code());
        append(b, "from", from == null ? null : from.toString());
        append(b, "to", to == null ? null : to.toString());
        return b.length() == 0 ? "no filter" : b.toString();
    }

    private static void append(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append(b.length() == 0 ? "" : " ").append(name).append('=').append(value);
        }
    }

    static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
