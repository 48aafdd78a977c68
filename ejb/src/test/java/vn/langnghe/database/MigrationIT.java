package vn.langnghe.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The migrations, run from an empty database on H2 (the embedded default) and on PostgreSQL (production
 * and CI; a throw-away {@link PostgresTestSchema}, skipped only when no PostgreSQL answers).
 */
class MigrationIT {
    private static final Set<String> TABLES = Set.of("units", "accounts", "account_roles", "audit_events",
            "audit_chain_head", "sources", "outbox", "saved_queries", "corrections");

    @Test
    void migratesAnEmptyH2FileDatabase() throws Exception {
        try (ThrowAwayDatabase db = ThrowAwayDatabase.h2File()) {
            checkMigrations(db.dataSource(), db.schema());
        }
    }

    @Test
    void migratesAnEmptyPostgreSqlSchema() throws Exception {
        try (PostgresTestSchema schema = PostgresTestSchema.create()) {
            checkMigrations(schema.dataSource(), schema.name());
        }
    }

    private static void checkMigrations(DataSource ds, String schema) throws SQLException {
        MigrateResult first = DatabaseMigrator.migrate(ds, MigrationIT.class.getClassLoader());
        assertTrue(first.migrationsExecuted >= 1, "migrations applied on an empty database");
        assertTrue(first.success);

        Set<String> tables = new TreeSet<>();
        try (Connection c = ds.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        assertTrue(tables.containsAll(TABLES), "tables: " + tables);

        // The schema works as the entities expect: sequences, keys and constraints.
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            long unitId = nextId(s, "unit_seq");
            long accountId = nextId(s, "account_seq");
            s.executeUpdate("INSERT INTO units (id, code, name, kind) VALUES (" + unitId + ", 'q1', 'Quận 1', 'DISTRICT')");
            s.executeUpdate("INSERT INTO accounts (id, username, password_hash, unit_id, enabled, created_at) VALUES ("
                    + accountId + ", 'a', 'h', " + unitId + ", TRUE, CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO account_roles (account_id, role) VALUES (" + accountId + ", 'ANALYST')");
            // V7: an account as an earlier version wrote it starts unlocked, without failures, keeping its password
            try (ResultSet rs = s.executeQuery("SELECT failed_sign_ins, locked_until, must_change_password,"
                    + " password_changed_at FROM accounts WHERE id = " + accountId)) {
                assertTrue(rs.next());
                assertEquals(0, rs.getInt(1));
                assertEquals(null, rs.getObject(2));
                assertEquals(false, rs.getBoolean(3));
                assertEquals(null, rs.getObject(4));
            }
            s.executeUpdate("UPDATE accounts SET failed_sign_ins = 6, locked_until = CURRENT_TIMESTAMP,"
                    + " must_change_password = TRUE WHERE id = " + accountId);
            try (ResultSet rs = s.executeQuery("SELECT name FROM units WHERE code = 'q1'")) {
                assertTrue(rs.next());
                assertEquals("Quận 1", rs.getString(1), "Vietnamese text survives the round trip");
            }
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO units (id, code, name, kind) VALUES (" + (unitId + 1) + ", 'q1', 'dup', 'DISTRICT')"),
                    "unit codes are unique");
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO accounts (id, username, password_hash, unit_id, enabled, created_at) VALUES ("
                            + (accountId + 1) + ", 'b', 'h', 999999, TRUE, CURRENT_TIMESTAMP)"),
                    "accounts need an existing unit");
            // V11, V12: the visibility and the corrected field are one of the known words
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO saved_queries (id, name, owner, owner_unit, "
                    + "visibility, url_state, created_at, updated_at) VALUES (" + nextId(s, "saved_query_seq")
                    + ", 'n', 'a', 'u', 'public', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), "no public saved queries");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO corrections (id, post_id, field, new_value, "
                    + "corrected_by, corrected_at) VALUES (" + nextId(s, "correction_seq")
                    + ", 'x:1', 'author_name', 'v', 'a', CURRENT_TIMESTAMP)"), "authors cannot be corrected");
        }

        MigrateResult again = DatabaseMigrator.migrate(ds, MigrationIT.class.getClassLoader());
        assertEquals(0, again.migrationsExecuted, "a second start applies nothing");
    }

    private static long nextId(Statement s, String sequence) throws SQLException {
        boolean postgres = s.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL");
        String sql = postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
