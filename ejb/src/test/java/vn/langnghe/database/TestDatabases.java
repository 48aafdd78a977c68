package vn.langnghe.database;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Empty databases for migration tests: an H2 file database, or a fresh schema on the PostgreSQL at
 * {@code LANGNGHE_IT_PG_URL} (default 127.0.0.1:5432/test), dropped on close; the test is skipped when
 * no PostgreSQL answers.
 */
final class TestDatabases {
    private TestDatabases() {
    }

    /** A database and what it takes to throw it away. */
    record Empty(DataSource dataSource, String schema, AutoCloseable dropper) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            dropper.close();
        }
    }

    static Empty h2() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:" + Files.createTempDirectory("langnghe-h2").resolve("db"));
        ds.setUser("langnghe");
        ds.setPassword("langnghe");
        return new Empty(ds, null, () -> { });
    }

    static Empty postgres() throws SQLException {
        String url = System.getenv().getOrDefault("LANGNGHE_IT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("LANGNGHE_IT_PG_USER", "postgres");
        String schema = "langnghe_it_" + Long.toHexString(System.nanoTime());
        try {
            execute(url, user, "CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL not reachable at " + url + ": " + e.getMessage());
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(user);
        ds.setCurrentSchema(schema);
        return new Empty(ds, schema, () -> execute(url, user, "DROP SCHEMA " + schema + " CASCADE"));
    }

    private static void execute(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
