package vn.langnghe.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The V5 units seed on H2 and PostgreSQL: on an empty database, and on one that an earlier version has
 * started (its admins' unit and demo ward made by {@code AccountBootstrap}).
 */
class UnitsSeedIT {

    @Test
    void seedsAnEmptyH2Database() throws Exception {
        try (ThrowAwayDatabase db = ThrowAwayDatabase.h2File()) {
            checkFreshSeed(db.dataSource());
        }
    }

    @Test
    void seedsAnEmptyPostgreSqlSchema() throws Exception {
        try (ThrowAwayDatabase db = ThrowAwayDatabase.postgreSqlSchema()) {
            checkFreshSeed(db.dataSource());
        }
    }

    @Test
    void upgradesAnH2DatabaseOfAnEarlierVersion() throws Exception {
        try (ThrowAwayDatabase db = ThrowAwayDatabase.h2File()) {
            checkUpgrade(db.dataSource());
        }
    }

    @Test
    void upgradesAPostgreSqlSchemaOfAnEarlierVersion() throws Exception {
        try (ThrowAwayDatabase db = ThrowAwayDatabase.postgreSqlSchema()) {
            checkUpgrade(db.dataSource());
        }
    }

    private static void checkFreshSeed(DataSource ds) throws SQLException {
        DatabaseMigrator.migrate(ds, UnitsSeedIT.class.getClassLoader());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            Map<String, Long> byKind = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("SELECT kind, COUNT(*) FROM units GROUP BY kind")) {
                while (rs.next()) {
                    byKind.put(rs.getString(1), rs.getLong(2));
                }
            }
            assertEquals(Map.of("ADMIN", 1L, "DEPARTMENT", 7L, "DISTRICT", 24L, "WARD", 168L), byKind);
            assertEquals(168L, count(s, "SELECT COUNT(*) FROM units w JOIN units a ON w.parent_id = a.id"
                    + " WHERE w.kind = 'WARD' AND a.kind = 'DISTRICT' AND w.scope_areas = a.scope_areas"),
                    "every local unit is grouped under the area it sees");
            try (ResultSet rs = s.executeQuery("SELECT u.name, u.scope_areas, u.scope_wards, u.scope_topics, a.code"
                    + " FROM units u JOIN units a ON u.parent_id = a.id WHERE u.code = 'ward-26740'")) {
                assertTrue(rs.next());
                assertEquals("UBND phường Sài Gòn|q1|26740|null|area-q1", rs.getString(1) + "|" + rs.getString(2)
                        + "|" + rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getString(5));
            }
            assertEquals(1L, count(s, "SELECT COUNT(*) FROM units WHERE code = 'so-y-te' AND scope_topics = 'health'"));
            // the block EclipseLink reserves from the next sequence value lies above every seeded id
            long max = count(s, "SELECT MAX(id) FROM units");
            assertTrue(nextUnitId(s) - 49 > max, "sequence above the seeded ids " + max);
        }
    }

    private static void checkUpgrade(DataSource ds) throws SQLException {
        Flyway.configure(UnitsSeedIT.class.getClassLoader()).dataSource(ds)
                .locations("classpath:db/migration").target("3").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            long admins = nextUnitId(s);
            long ward = nextUnitId(s);
            s.executeUpdate("INSERT INTO units (id, code, name, kind) VALUES (" + admins
                    + ", 'city-admin', 'Ban quản trị Lắng Nghe', 'ADMIN')");
            s.executeUpdate("INSERT INTO units (id, code, name, kind, scope_areas) VALUES (" + ward
                    + ", 'ubnd-phuong-sai-gon', 'UBND phường Sài Gòn', 'WARD', 'q1')");
            s.executeUpdate("INSERT INTO accounts (id, username, password_hash, unit_id, enabled, created_at) VALUES"
                    + " (1, 'admin', 'h', " + admins + ", TRUE, CURRENT_TIMESTAMP),"
                    + " (2, 'phantich.q1', 'h', " + ward + ", TRUE, CURRENT_TIMESTAMP)");
        }
        DatabaseMigrator.migrate(ds, UnitsSeedIT.class.getClassLoader());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertEquals(1L, count(s, "SELECT COUNT(*) FROM units WHERE code = 'city-admin'"), "kept, not seeded twice");
            assertEquals(1L, count(s, "SELECT COUNT(*) FROM accounts a JOIN units u ON a.unit_id = u.id"
                    + " WHERE a.username = 'admin' AND u.code = 'city-admin'"));
            assertEquals(1L, count(s, "SELECT COUNT(*) FROM accounts a JOIN units u ON a.unit_id = u.id"
                    + " WHERE a.username = 'phantich.q1' AND u.code = 'ward-26740'"), "the demo analyst moved");
            assertEquals(0L, count(s, "SELECT COUNT(*) FROM units WHERE code = 'ubnd-phuong-sai-gon'"));
            assertEquals(200L, count(s, "SELECT COUNT(*) FROM units"));
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long nextUnitId(Statement s) throws SQLException {
        return count(s, "SELECT nextval('unit_seq')");
    }
}
