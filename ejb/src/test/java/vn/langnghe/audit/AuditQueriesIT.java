package vn.langnghe.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.langnghe.database.ThrowAwayDatabase;

/**
 * {@link AuditQueriesContract} on PostgreSQL (a throw-away schema; skipped only when none answers), and
 * the plan of the page's query: the V10 index serves a unit's newest rows without a sort.
 */
class AuditQueriesIT {
    @Test
    void queriesOnPostgreSql() throws Exception {
        try (ThrowAwayDatabase db = ThrowAwayDatabase.postgreSqlSchema().migrated()) {
            assertEquals("PostgreSQL", product(db));
            AuditQueriesContract.run(db.dataSource());
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("SET enable_seqscan = off");
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = s.executeQuery("EXPLAIN SELECT * FROM audit_events WHERE unit_code = 'q1'"
                        + " ORDER BY occurred_at DESC, id DESC FETCH FIRST 25 ROWS ONLY")) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                org.junit.jupiter.api.Assertions.assertTrue(plan.toString().contains("audit_events_unit_at"), plan.toString());
            }
        }
    }

    private static String product(ThrowAwayDatabase db) throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        }
    }
}
