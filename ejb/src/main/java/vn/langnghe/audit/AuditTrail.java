package vn.langnghe.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit page's view of the trail: rows, usage, flags, CSV and the chain's check. Read-only JDBC
 * outside any transaction (the chain's own appends are {@link AuditWriter}'s). Before reading, it
 * waits briefly for the queue, so the page shows what was just done.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditTrail {
    /** Sign-ins loaded for the sign-in rules at most; beyond that the page says the flags are partial. */
    static final int MAX_SIGN_INS = 50_000;

    @Resource(lookup = "jdbc/langnghe")
    DataSource dataSource;

    @Inject
    AuditWriter writer;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "langnghe.audit.export-max-rows", defaultValue = "100000")
    long exportMaxRows;

    @Inject
    @ConfigProperty(name = "langnghe.audit.flag.export-factor", defaultValue = "5")
    double exportFactor;

    @Inject
    @ConfigProperty(name = "langnghe.audit.flag.export-rows-floor", defaultValue = "1000")
    long exportRowsFloor;

    @Inject
    @ConfigProperty(name = "langnghe.audit.flag.export-count-floor", defaultValue = "20")
    long exportCountFloor;

    @Inject
    @ConfigProperty(name = "langnghe.audit.flag.history-days", defaultValue = "30")
    int historyDays;

    @Inject
    @ConfigProperty(name = "langnghe.audit.flag.day-start-hour", defaultValue = "6")
    int dayStartHour;

    @Inject
    @ConfigProperty(name = "langnghe.audit.flag.day-end-hour", defaultValue = "22")
    int dayEndHour;

    @Inject
    @ConfigProperty(name = "langnghe.audit.flag.own-hours-min-sign-ins", defaultValue = "20")
    int ownHoursMinSignIns;

    @Inject
    @ConfigProperty(name = "langnghe.audit.flag.failure-window-minutes", defaultValue = "15")
    int failureWindowMinutes;

    @Inject
    @ConfigProperty(name = "langnghe.audit.flag.failures-per-account", defaultValue = "5")
    int failuresPerAccount;

    @Inject
    @ConfigProperty(name = "langnghe.audit.flag.failures-per-address", defaultValue = "10")
    int failuresPerAddress;

    /** What the flags found, and whether the sign-ins behind them were cut at {@link #MAX_SIGN_INS}. */
    public record Flags(List<UnusualFlag> flags, boolean partial) {
    }

    public long count(AuditFilter filter) {
        settle();
        return read(c -> AuditSearch.count(c, filter));
    }

    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return read(c -> AuditSearch.page(c, filter, offset, limit));
    }

    public List<AuditUsage.Day> usagePerUnit(AuditFilter filter) {
        return read(c -> AuditUsage.perUnit(c, filter));
    }

    public List<String> accounts(String prefix) {
        return read(c -> AuditSearch.accounts(c, prefix, 20));
    }

    public List<String> units(String prefix) {
        return read(c -> AuditSearch.units(c, prefix, 20));
    }

    public long exportMaxRows() {
        return exportMaxRows;
    }

    public UnusualThresholds thresholds() {
        return new UnusualThresholds(exportFactor, exportRowsFloor, exportCountFloor, historyDays, dayStartHour,
                dayEndHour, ownHoursMinSignIns, Duration.ofMinutes(failureWindowMinutes), failuresPerAccount,
                failuresPerAddress);
    }

    /**
     * The flags over the filter's period (the last 7 days when it has none), for its account and unit:
     * export volume, sign-in hours, failed sign-ins; newest first.
     */
    public Flags flags(AuditFilter filter) {
        settle();
        UnusualThresholds t = thresholds();
        LocalDate to = filter.to() != null ? filter.to() : LocalDate.now(AuditFilter.CITY);
        LocalDate from = filter.from() != null ? filter.from() : to.minusDays(6);
        AuditFilter period = new AuditFilter(filter.account(), filter.unit(), null, null, from, to);
        AuditFilter withHistory = period.withPeriod(from.minusDays(t.historyDays()), to);
        UnusualActivity rules = new UnusualActivity(t);
        return read(c -> {
            List<UnusualFlag> flags = new ArrayList<>();
            for (UnusualFlag f : rules.exportVolume(AuditUsage.perAccount(c, withHistory), from, to)) {
                LocalDate day = f.at().atZone(AuditFilter.CITY).toLocalDate();
                List<AuditEntry> rows = AuditSearch.page(c, new AuditFilter(f.subject(), null, "export", null, day, day),
                        0, UnusualActivity.ROWS_PER_FLAG);
                flags.add(new UnusualFlag(f.kind(), f.subject(), f.at(), f.args(), rows));
            }
            List<AuditEntry> signIns = new ArrayList<>();
            long n = AuditSearch.forEach(c, new AuditFilter(withHistory.account(), withHistory.unit(), "login", Outcome.OK,
                    withHistory.from(), to), MAX_SIGN_INS, signIns::add);
            flags.addAll(rules.oddHours(signIns, period.start().toInstant()));
            List<AuditEntry> failures = new ArrayList<>();
            long m = AuditSearch.forEach(c, new AuditFilter(period.account(), period.unit(), "login", Outcome.DENIED,
                    from, to), MAX_SIGN_INS, failures::add);
            flags.addAll(rules.failedSignIns(failures));
            flags.sort(Comparator.comparing(UnusualFlag::at).reversed());
            return new Flags(flags, n >= MAX_SIGN_INS || m >= MAX_SIGN_INS);
        });
    }

    /**
     * Writes the filtered log as CSV to {@code out} (UTF-8 with BOM), at most the cap, and records the
     * export as {@code audit.export}. Callers check {@link #count} against {@link #exportMaxRows()} first
     * to tell the user; here the cap only guards against rows added meanwhile.
     */
    public long exportCsv(AuditFilter filter, String actor, String unit, OutputStream out) {
        settle();
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        AuditCsv csv = new AuditCsv(w);
        long written;
        try {
            written = read(c -> AuditSearch.forEach(c, filter, exportMaxRows + 1, e -> {
                // the row after the cap only says that there was more
                csv.row(e);
            }));
        } catch (RuntimeException e) {
            audit.record(AuditEvent.of(actor, "audit.export").unit(unit).outcome(Outcome.FAILED)
                    .detail("rows=0 " + filter.describe() + " failed: " + e.getClass().getSimpleName()));
            throw e;
        }
        if (written > exportMaxRows) {
            csv.truncated(exportMaxRows);
            written = exportMaxRows;
        }
        csv.flush();
        audit.record(AuditEvent.of(actor, "audit.export").unit(unit).detail("rows=" + written + " " + filter.describe()));
        return written;
    }

    /** Walks the whole chain now ("Kiểm tra chuỗi"). */
    public AuditVerifier.Result verifyChain() {
        settle();
        return read(c -> new AuditVerifier().verify(c));
    }

    /** The time of the newest row, for the page's "up to" line; null for an empty trail. */
    public java.time.Instant newest() {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT MAX(occurred_at) FROM audit_events");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                java.time.OffsetDateTime at = rs.getObject(1, java.time.OffsetDateTime.class);
                return at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC).toInstant();
            }
        });
    }

    private void settle() {
        try {
            writer.awaitWritten(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface Read<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T read(Read<T> read) {
        try (Connection c = dataSource.getConnection()) {
            return read.apply(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the audit trail could not be read: " + e.getMessage(), e);
        }
    }
}
