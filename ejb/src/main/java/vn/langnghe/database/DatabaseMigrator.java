package vn.langnghe.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else uses the database. Every other startup bean that
 * touches the database declares {@code @DependsOn("DatabaseMigrator")}.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "jdbc/langnghe")
    DataSource dataSource;

    // not named migrate(): the container finds lifecycle callbacks by name and would hit the overload
    @PostConstruct
    void migrateOnStartup() {
        MigrateResult result = migrate(dataSource, DatabaseMigrator.class.getClassLoader());
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    /** The one migration entry point, used by the application and by the migration tests. */
    public static MigrateResult migrate(DataSource dataSource, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(locations(dataSource))
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /**
     * db/migration holds the SQL that H2 and PostgreSQL share; db/postgresql what only PostgreSQL can do
     * (the audit trail's append-only trigger). Not Flyway's {vendor} placeholder: every vendor would then
     * need a folder, and an empty folder does not survive packaging while missing locations fail.
     */
    static String[] locations(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())
                    ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                    : new String[] {"classpath:db/migration"};
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }
}
