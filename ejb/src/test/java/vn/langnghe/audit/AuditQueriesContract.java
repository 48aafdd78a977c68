package vn.langnghe.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The audit page's queries on a migrated database (H2 in {@link AuditQueriesTest}, PostgreSQL in
 * {@link AuditQueriesIT}): filters, paging newest first, counts, usage per unit per city day computed by
 * the database, export row counts from details, the pickers, streaming.
 */
final class AuditQueriesContract {
    static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    private AuditQueriesContract() {
    }

    private static AuditRecord at(LocalDateTime cityTime, String actor, String unit, String action, Outcome outcome, String detail) {
        Instant when = cityTime.atZone(AuditFilter.CITY).toInstant();
        return new AuditRecord(when, actor, unit, action, null, "10.0.0.1", outcome, detail);
    }

    static void run(DataSource ds) throws SQLException {
        List<AuditRecord> rows = new ArrayList<>();
        rows.add(at(DAY.atTime(0, 0), "lan", "q1", "search", Outcome.OK, "kẹt xe"));           // first second of the day
        rows.add(at(DAY.minusDays(1).atTime(23, 59, 59), "lan", "q1", "search", Outcome.OK, "late"));
        rows.add(at(DAY.atTime(7, 0), "lan", "q1", "export", Outcome.OK, "rows=1200 query=ngập"));
        rows.add(at(DAY.atTime(7, 5), "lan", "q1", "export", Outcome.OK, "rows=300"));
        rows.add(at(DAY.atTime(7, 6), "lan", "q1", "export", Outcome.OK, "rows=abc hostile"));  // counts, 0 rows
        rows.add(at(DAY.atTime(7, 7), "lan", "q1", "export", Outcome.FAILED, "rows=999"));      // not ok: not usage
        rows.add(at(DAY.atTime(8, 0), "minh", "q3", "search", Outcome.OK, "=1+1"));
        rows.add(at(DAY.atTime(23, 59), "minh", "q3", "export", Outcome.OK, "rows=5"));
        rows.add(at(DAY.atTime(9, 0), "admin", "sgov", "account.create", Outcome.OK, null));
        rows.add(at(DAY.atTime(9, 1), "admin", "sgov", "account.disable", Outcome.OK, null));
        rows.add(at(DAY.atTime(9, 2), "admin", "sgov", "accounting", Outcome.OK, null));
        rows.add(at(DAY.atTime(9, 3), "ke-gian", null, "login", Outcome.DENIED, "unknown account"));
        new AuditAppender(ds).append(rows);

        try (Connection c = ds.getConnection()) {
            assertEquals(12, AuditSearch.count(c, AuditFilter.none()));
            List<AuditEntry> newest = AuditSearch.page(c, AuditFilter.none(), 0, 3);
            assertEquals(List.of("export", "login", "accounting"), newest.stream().map(AuditEntry::action).toList(),
                    "newest first");
            assertEquals(List.of("account.disable", "account.create"),
                    AuditSearch.page(c, AuditFilter.none(), 3, 2).stream().map(AuditEntry::action).toList(), "the next page");

            assertEquals(6, AuditSearch.count(c, AuditFilter.none().withAccount("lan")));
            assertEquals(0, AuditSearch.count(c, AuditFilter.none().withAccount("LAN")), "accounts are exact");
            assertEquals(2, AuditSearch.count(c, AuditFilter.none().withAction("account.")), "prefix, and not 'accounting'");
            assertEquals(2, AuditSearch.count(c, AuditFilter.none().withAction("account.*")));
            assertEquals(1, AuditSearch.count(c, new AuditFilter(null, null, null, Outcome.DENIED, null, null)));
            assertEquals(2, AuditSearch.count(c, new AuditFilter(null, "q3", null, null, null, null)));
            assertEquals(11, AuditSearch.count(c, AuditFilter.none().withPeriod(DAY, DAY)), "the day before's 23:59:59 is out");
            assertEquals(1, AuditSearch.count(c, AuditFilter.none().withPeriod(DAY.minusDays(1), DAY.minusDays(1))));
            AuditEntry first = AuditSearch.page(c, AuditFilter.none().withPeriod(DAY.minusDays(1), DAY.minusDays(1)), 0, 5).get(0);
            assertEquals("late", first.detail());
            assertEquals(Outcome.OK, first.outcome());
            assertEquals("10.0.0.1", first.clientAddress());

            List<AuditUsage.Day> usage = AuditUsage.perUnit(c, AuditFilter.none().withPeriod(DAY.minusDays(1), DAY));
            assertEquals(List.of(
                    new AuditUsage.Day("q1", DAY.minusDays(1), 1, 0, 0),
                    new AuditUsage.Day("q1", DAY, 1, 3, 1500),
                    new AuditUsage.Day("q3", DAY, 1, 1, 5)), usage);
            assertEquals(List.of(new AuditUsage.Day("q3", DAY, 1, 1, 5)),
                    AuditUsage.perUnit(c, new AuditFilter(null, "q3", "login", null, DAY, DAY)), "action does not narrow usage");
            assertEquals(List.of(new AuditUsage.Day("lan", DAY, 1, 3, 1500)),
                    AuditUsage.perAccount(c, new AuditFilter("lan", null, null, null, DAY, DAY)));

            assertEquals(List.of("admin"), AuditSearch.accounts(c, "ad", 20));
            assertEquals(List.of("admin", "ke-gian"), AuditSearch.accounts(c, "", 2), "in order, at most the limit");
            assertEquals(List.of(), AuditSearch.accounts(c, "%", 20), "LIKE characters are text");
            assertEquals(List.of("q1", "q3"), AuditSearch.units(c, "q", 20));

            List<AuditEntry> streamed = new ArrayList<>();
            assertEquals(5, AuditSearch.forEach(c, AuditFilter.none().withAction("export"), 10, streamed::add));
            assertEquals(5, streamed.size());
            assertEquals(2, AuditSearch.forEach(c, AuditFilter.none(), 2, e -> { }), "stops at the cap");
            assertTrue(c.getAutoCommit(), "the connection is handed back as it came");
        }
    }
}
