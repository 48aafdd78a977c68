package vn.langnghe.web.pages;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.langnghe.audit.AuditFilter;
import vn.langnghe.audit.Outcome;

/**
 * The audit page's filters as the URL carries them ({@code account, unit, action, outcome, from, to};
 * dates as {@code yyyy-MM-dd}), shared by the page and the CSV download so both read the same rows.
 * A value that does not parse is named in {@link #problems()} (as message keys) and left out of the
 * filter; the typed text stays, so nothing the user entered is lost.
 */
public final class AuditParams implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Without dates the page shows the last week (city days, today included). */
    static final int DEFAULT_DAYS = 7;

    String account;
    String unit;
    String action;
    String outcome;
    String from;
    String to;

    static AuditParams of(Map<String, String> values) {
        AuditParams p = new AuditParams();
        p.account = values.get("account");
        p.unit = values.get("unit");
        p.action = values.get("action");
        p.outcome = values.get("outcome");
        p.from = values.get("from");
        p.to = values.get("to");
        return p;
    }

    /** The filter these values give (a period is always set: the last week by default). */
    AuditFilter filter(LocalDate today) {
        LocalDate end = date(to);
        LocalDate start = date(from);
        if (end == null) {
            end = start != null && start.isAfter(today) ? start : today;
        }
        if (start == null || start.isAfter(end)) {
            start = end.minusDays(DEFAULT_DAYS - 1);
        }
        return new AuditFilter(account, unit, action, outcome(), start, end);
    }

    /** Message keys of values that could not be used. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        if (blank(from) == null ^ date(from) == null) {
            out.add("audit.error.from");
        }
        if (blank(to) == null ^ date(to) == null) {
            out.add("audit.error.to");
        }
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (start != null && end != null && end.isBefore(start)) {
            out.add("audit.error.period");
        }
        if (blank(outcome) != null && outcome() == null) {
            out.add("audit.error.outcome");
        }
        return out;
    }

    Outcome outcome() {
        String o = blank(outcome);
        return o == null ? null : Outcome.fromCode(o);
    }

    /** {@code account=..&unit=..} of the non-empty values, URL-encoded. */
    String query() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("account", account);
        values.put("unit", unit);
        values.put("action", action);
        values.put("outcome", outcome);
        values.put("from", from);
        values.put("to", to);
        return values.entrySet().stream().filter(e -> blank(e.getValue()) != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static LocalDate date(String s) {
        String v = blank(s);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
