package vn.langnghe.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A schema of its own for one test in the PostgreSQL that integration tests use
 * ({@code LANGNGHE_IT_PG_URL} and {@code LANGNGHE_IT_PG_USER}, else 127.0.0.1:5432/test as postgres with
 * trust authentication), dropped on close. The test is skipped, not failed, only when no PostgreSQL
 * answers there.
 */
public final class PostgresTestSchema implements AutoCloseable {
    private static final String URL = System.getenv().getOrDefault("LANGNGHE_IT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("LANGNGHE_IT_PG_USER", "postgres");

    private final String name;

    private PostgresTestSchema(String name) {
        this.name = name;
    }

    /** Creates {@code langnghe_it_<random>}; aborts the calling test when PostgreSQL cannot be reached. */
    public static PostgresTestSchema create() {
        String name = "langnghe_it_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL not reachable at " + URL + ": " + e.getMessage());
        }
        return new PostgresTestSchema(name);
    }

    public String url() {
        return URL;
    }

    public String user() {
        return USER;
    }

    public String name() {
        return name;
    }

    /** Connections whose unqualified tables are this schema's. */
    public PGSimpleDataSource dataSource() {
        return dataSource(URL, USER, name);
    }

    /** The same for a process that was handed the URL, user and schema name. */
    public static PGSimpleDataSource dataSource(String url, String user, String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(user);
        ds.setCurrentSchema(schema);
        return ds;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + name + " CASCADE");
        }
    }
}
