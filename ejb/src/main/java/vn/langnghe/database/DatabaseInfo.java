package vn.langnghe.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** What database the application runs on, and whether it answers. */
@ApplicationScoped
public class DatabaseInfo {
    @Resource(lookup = "jdbc/langnghe")
    DataSource dataSource;

    /** The product name as the JDBC driver reports it, e.g. "H2" or "PostgreSQL". */
    public String kind() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        }
    }

    /** Runs a trivial query within the given seconds; throws when the database does not answer. */
    public void ping(int timeoutSeconds) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(timeoutSeconds);
            s.execute("SELECT 1");
        }
    }
}
